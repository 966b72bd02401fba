/**
 * Property tests: the fast paths (floats far from an edge, exact integers) answer as decimal.js
 * does on signed, 30-digit, zero, `.5`-ended, fraction-rate and 6-decimal figures.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { rateAgreesByDecimal, scoreAgreesByDecimal } from './by-decimal.ts';
import { fundsScoreAgrees, rateAgrees } from '../../src/lib/parsing/arithmetic.ts';
import { computeCompletion } from '../../src/lib/parsing/target.ts';
import { fundRowWarnings } from '../../src/lib/parsing/validate-funds.ts';
import { Checks } from '../../src/lib/parsing/glued-checks.ts';
import { Piece } from '../../src/lib/parsing/glued-pieces.ts';

/** A reproducible stream of numbers in [0, 1). */
function random(seed: number): () => number {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** A printed figure: signed or not, 0–30 whole digits, 0–7 decimals, often ending in 5 or 0. */
function figure(next: () => number): string {
	const digits = [1, 2, 3, 6, 9, 12, 20, 30][Math.floor(next() * 8)]!;
	let whole = '';
	for (let k = 0; k < digits; k++) whole += String(Math.floor(next() * 10));
	whole = whole.replace(/^0+(?=\d)/, '') || '0';
	const places = Math.floor(next() * 8);
	let fraction = '';
	for (let k = 0; k < places; k++) fraction += String(Math.floor(next() * 10));
	if (places && next() < 0.3) fraction = fraction.slice(0, -1) + '5';
	const sign = next() < 0.1 ? '-' : '';
	return sign + whole + (fraction ? '.' + fraction : '');
}

/**
 * A rate and the executed amount that puts executed / adjusted exactly at the rate's tolerance
 * edge (0.01 point or half its last digit; × 100 for a fraction), on it or a hair either side.
 */
function rateAtEdge(adjusted: string, next: () => number): [string, string] {
	const places = Math.floor(next() * 5);
	const asFraction = next() < 0.3;
	const printed = new Decimal(Math.floor(next() * 150 * 10 ** places)).dividedBy(10 ** places);
	const rate = (asFraction ? printed.dividedBy(100) : printed).toFixed(
		asFraction ? places + 2 : places
	);
	const half = new Decimal(0.5).times(new Decimal(10).pow(-places));
	const tolerance = Decimal.max(half, '0.01');
	const hair = new Decimal('1e-9').times([-1, 0, 1][Math.floor(next() * 3)]!);
	const delta = tolerance.plus(hair).times([-1, 0, 1][Math.floor(next() * 3)]!);
	const executed = new Decimal(adjusted).times(printed.plus(delta)).dividedBy(100);
	return [rate, executed.toDecimalPlaces(12).toFixed()];
}

/** Amount pairs: executed a share of adjusted (so rates are near 0–150 %), sometimes zero. */
function amounts(next: () => number): [string, string] {
	const adjusted = next() < 0.05 ? '0' : figure(next);
	const share = new Decimal(Math.floor(next() * 15000)).dividedBy(10000);
	const places = Math.floor(next() * 7);
	const executed = new Decimal(adjusted).abs().times(share).toDecimalPlaces(places).toFixed();
	return [adjusted, next() < 0.05 ? '0' : executed];
}

describe('rateAgrees against decimal.js', () => {
	it('answers alike on 20,000 rates at their printing’s edge', () => {
		const next = random(7);
		const wrong: string[][] = [];
		for (let k = 0; k < 20000; k++) {
			const [a, share] = amounts(next);
			const [r, e] = next() < 0.5 ? rateAtEdge(a, next) : [figure(next), share];
			if (rateAgrees(a, e, r) !== rateAgreesByDecimal(a, e, r)) wrong.push([a, e, r]);
		}
		expect(wrong).toEqual([]);
	});
});

describe('fundsScoreAgrees against decimal.js', () => {
	it('answers alike on 20,000 scores at their printing’s edge', () => {
		const next = random(11);
		const wrong: string[][] = [];
		for (let k = 0; k < 20000; k++) {
			const w = next() < 0.7 ? String(Math.floor(next() * 30)) : figure(next);
			const r = next() < 0.7 ? (next() * 150).toFixed(Math.floor(next() * 4)) : figure(next);
			const exact = Decimal.min(new Decimal(w), new Decimal(w).times(r).dividedBy(100));
			const places = Math.floor(next() * 4);
			const half = new Decimal(0.5).times(new Decimal(10).pow(-places));
			const s = exact
				.plus(half.times([-1, 0, 1][Math.floor(next() * 3)]!))
				.toDecimalPlaces(places, Decimal.ROUND_DOWN)
				.toFixed();
			if (fundsScoreAgrees(w, r, s) !== scoreAgreesByDecimal(w, r, s)) wrong.push([w, r, s]);
		}
		expect(wrong).toEqual([]);
	});
});

describe('computeCompletion against decimal.js', () => {
	it('gives decimal.js’s ratio at 6 decimals on 20,000 pairs', () => {
		const next = random(13);
		const wrong: string[][] = [];
		for (let k = 0; k < 20000; k++) {
			const t = figure(next).replace('-', '');
			// half the time an actual whose ratio to the target ends in a 5 at the 7th decimal
			const a =
				next() < 0.5
					? figure(next).replace('-', '')
					: new Decimal(t)
							.times(Math.floor(next() * 2e6) * 10 + 5)
							.dividedBy(1e7)
							.toFixed();
			const op = (['>=', '<=', '=', '<', '>'] as const)[Math.floor(next() * 5)]!;
			const got = computeCompletion({ kind: 'quantitative', op, value: t, unit: '' }, a);
			const [num, den] = op === '<=' || op === '<' ? [t, a] : [a, t];
			const d = new Decimal(den);
			const want =
				a === t && !new Decimal(a).isZero()
					? '1'
					: d.isZero()
						? null
						: new Decimal(num).dividedBy(d).toDecimalPlaces(6).toFixed();
			if (got !== want) wrong.push([op, t, a, String(got), String(want)]);
		}
		expect(wrong).toEqual([]);
	});
});

describe('fundRowWarnings against decimal.js', () => {
	it('warns of a rate exactly where decimal.js finds it off, on 20,000 rows', () => {
		const next = random(17);
		const wrong: string[][] = [];
		for (let k = 0; k < 20000; k++) {
			// half the rows with short figures, which the validator compares as exact integers
			const short = next() < 0.5;
			const adjusted = short
				? String(100 * Math.floor(1 + next() * 300))
				: amounts(next)[0].replace('-', '');
			const [rate, edge] = rateAtEdge(adjusted, next);
			const executed = short
				? new Decimal(edge)
						.toDecimalPlaces(4)
						.plus(new Decimal('0.0001').times([-1, 0, 1][Math.floor(next() * 3)]!))
						.abs()
						.toFixed()
				: edge;
			const warned = fundRowWarnings([
				{ source: 'total', initial: null, adjusted, executed, rate, weight: null, score: null }
			]).some((w) => w.code === 'rate_mismatch');
			const off = !new Decimal(adjusted).isZero() && !rateAgreesByDecimal(adjusted, executed, rate);
			if (warned !== off) wrong.push([adjusted, executed, rate]);
		}
		expect(wrong).toEqual([]);
	});
});

describe('Checks.impliedRate against decimal.js', () => {
	it('writes executed / adjusted × 100 at 2 decimals as decimal.js does, on 20,000 pairs', () => {
		const next = random(19);
		const checks = new Checks();
		const wrong: string[][] = [];
		for (let k = 0; k < 20000; k++) {
			const adjusted = figure(next).replace('-', '');
			if (new Decimal(adjusted).isZero()) continue;
			// half the time a quotient ending in 5 at the third decimal (a rounding edge)
			const executed =
				next() < 0.5
					? figure(next).replace('-', '')
					: new Decimal(adjusted)
							.times(Math.floor(next() * 2e4) * 10 + 5)
							.dividedBy(1e5)
							.toFixed();
			// (fresh pieces each time: ids past the cache's bound are not cached)
			const got = checks.impliedRate(
				new Piece(2 * k, adjusted, 0),
				new Piece(2 * k + 1, executed, 0)
			).text;
			const want = new Decimal(executed)
				.dividedBy(adjusted)
				.times(100)
				.toDecimalPlaces(2)
				.toFixed();
			if (got !== want) wrong.push([adjusted, executed, got, want]);
		}
		expect(wrong).toEqual([]);
	});
});
