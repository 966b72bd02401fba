/**
 * Figures read without decimal.js (numbers.ts, arithmetic.ts) give decimal.js's answers: exact
 * scaled integers, canonical strings, and agreement checks decided in floating point only far
 * from their boundary.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { rateAgreesByDecimal, scoreAgreesByDecimal } from './by-decimal.ts';
import { fundsScoreAgrees, rateAgrees } from '../../src/lib/parsing/arithmetic.ts';
import {
	canonicalDecimal,
	readDecimal,
	readPercent,
	scaledFigure,
	toYuan
} from '../../src/lib/parsing/numbers.ts';

/** A reproducible stream of printed figures: 0–13 whole digits, 0–7 decimals, leading zeros. */
function* figures(count: number): Generator<string> {
	let seed = 20261207;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	for (let k = 0; k < count; k++) {
		const whole = String(Math.floor(next() * 10 ** Math.floor(next() * 14)));
		const padded = next() < 0.1 ? '0' + whole : whole;
		const places = Math.floor(next() * 8);
		const fraction = places
			? '.' + String(Math.floor(next() * 10 ** places)).padStart(places, '0')
			: '';
		yield padded + fraction;
	}
}

describe('scaledFigure', () => {
	it('reads 13.05 as 130500 ten-thousandths', () => expect(scaledFigure('13.05')).toBe(130500));
	it('reads 0.0001 as 1', () => expect(scaledFigure('0.0001')).toBe(1));
	it('leaves a fifth decimal to decimal.js', () => expect(scaledFigure('1.00001')).toBeNull());
	it('leaves 900 million and more to decimal.js', () =>
		expect(scaledFigure('900000000')).toBeNull());
	it('reads no sign, separator or percent', () =>
		expect(['-1', '1,000', '5%', '', '.'].map(scaledFigure)).toEqual([
			null,
			null,
			null,
			null,
			null
		]));
	it('is exact: the same order as decimal.js on 20,000 figures', () => {
		const list = [...figures(20000)].filter((f) => scaledFigure(f) !== null);
		const wrong = list.filter((f, k) => {
			const g = list[(k * 7919) % list.length]!;
			const fast = Math.sign(scaledFigure(f)! - scaledFigure(g)!);
			return fast !== new Decimal(f).comparedTo(g);
		});
		expect(wrong).toEqual([]);
	});
});

describe('canonicalDecimal', () => {
	it('writes 007.50 as 7.5', () => expect(canonicalDecimal('007.50')).toBe('7.5'));
	it('writes -0.00 as 0', () => expect(canonicalDecimal('-0.00')).toBe('0'));
	it('writes 1E+3 as 1000', () => expect(canonicalDecimal('1E+3')).toBe('1000'));
	it('writes what decimal.js writes for 20,000 figures', () => {
		const wrong = [...figures(20000)].filter(
			(f) => canonicalDecimal(f) !== new Decimal(f).toFixed()
		);
		expect(wrong).toEqual([]);
	});
});

describe('toYuan', () => {
	it('moves the point of 1.234567 万元 four places: 12345.67', () =>
		expect(toYuan('1.234567', '万元')).toBe('12345.67'));
	it('writes 0.00 万元 as 0', () => expect(toYuan('0.00', '万元')).toBe('0'));
	it('gives decimal.js’s product for 20,000 figures', () => {
		const wrong = [...figures(20000)].filter(
			(f) => toYuan(f, '万元') !== new Decimal(f).times(10000).toFixed()
		);
		expect(wrong).toEqual([]);
	});
});

describe('readDecimal and readPercent without a regex', () => {
	it('keeps 12. unread', () => expect(readDecimal('12.')).toBeNull());
	it('reads .5', () => expect(readDecimal('.5')).toBe('.5'));
	it('reads 95.92%', () => expect(readPercent('95.92%')).toBe('95.92'));
	it('keeps .% unread', () => expect(readPercent('.%')).toBeNull());
});

describe('rateAgrees', () => {
	it('takes 86% for 85.5 %', () => expect(rateAgrees('200', '171', '86')).toBe(true));
	it('takes 86% for 86.5 % exactly (the edge of its printing)', () =>
		expect(rateAgrees('200', '173', '86')).toBe(true));
	it('refuses 86% for 86.5001 %', () => expect(rateAgrees('2000000', '1730002', '86')).toBe(false));
	it('reads 1.5 as a fraction where that lies nearer', () =>
		expect(rateAgrees('100', '150', '1.5')).toBe(true));
	it('answers as decimal.js does on amounts near every edge', () => {
		const cases: Array<[string, string, string]> = [];
		for (const adjusted of ['3', '7', '100', '1462.801', '53.2686', '0.03'])
			for (const rate of ['33.33', '33.34', '95.92', '100.00', '0.95', '1.5', '86', '12.5'])
				for (const delta of [-2, -1, 0, 1, 2]) {
					// executed so that executed / adjusted lies at the rate's tolerance edge and a hair off
					const a = new Decimal(adjusted);
					const edge = a.times(rate).dividedBy(100).plus(a.times('0.005').times(delta));
					cases.push([adjusted, edge.toDecimalPlaces(6).toFixed(), rate]);
				}
		const wrong = cases.filter(([a, e, r]) => rateAgrees(a, e, r) !== rateAgreesByDecimal(a, e, r));
		expect(wrong).toEqual([]);
	});
});

describe('fundsScoreAgrees', () => {
	it('takes 9.59 for 10 × 95.92 %', () =>
		expect(fundsScoreAgrees('10', '95.92', '9.59')).toBe(true));
	it('caps the score at the weight', () =>
		expect(fundsScoreAgrees('10', '102.88', '10')).toBe(true));
	it('answers as decimal.js does at the edges of a score’s printing', () => {
		const cases: Array<[string, string, string]> = [];
		for (const weight of ['10', '20', '5', '15'])
			for (const rate of ['95.95', '99.99', '100.00', '50', '33.335'])
				for (const score of ['9.59', '9.6', '9.61', '19.19', '19.2', '4.8', '5', '10', '14.39'])
					cases.push([weight, rate, score]);
		const wrong = cases.filter(
			([w, r, s]) => fundsScoreAgrees(w, r, s) !== scoreAgreesByDecimal(w, r, s)
		);
		expect(wrong).toEqual([]);
	});
});
