/**
 * HB glued funds runs: the reading chosen must be the one the walk over every cut chooses (the
 * reference below, the parser's former search), with the same readings in the same order in its
 * `split_guess` warning. Runs made from seeded amounts: sources adding up to 合计 or not, rates
 * agreeing or misprinted, pieces left out, and digits at random.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { FormWarning } from '../../src/lib/model/form.ts';
import { rateAgrees } from '../../src/lib/parsing/arithmetic.ts';
import { splitFundsRun } from '../../src/lib/parsing/hubei-funds-run.ts';

/** an amount: at most 12 whole digits and four decimals */
const AMOUNT = /^(0|[1-9]\d{0,11})(\.\d{1,4})?$/;
const RATE = /^(0|[1-9]\d{0,2})(\.\d{1,2})?$/;

/** Every cut tried, shortest piece first; of readings as good, one per (合计, 执行数, rate). */
function walkEveryCut(run: string, sources: number) {
	const best = new Map<string, { values: string[]; rate: string }>();
	let least = Infinity;
	const walk = (at: number, pieces: string[]) => {
		if (pieces.length > sources + 2) return;
		for (let end = at + 1; end <= run.length; end++) {
			const piece = run.slice(at, end);
			if (end < run.length) {
				if (AMOUNT.test(piece)) walk(end, [...pieces, piece]);
			} else if (RATE.test(piece) && pieces.length >= 2) {
				const [total = '', executed = ''] = pieces.slice(-2);
				const printed = pieces.slice(0, -2);
				const sum = printed.reduce((s, p) => s.plus(p), new Decimal(0));
				const cost = (printed.length && !sum.eq(total) ? 2 : 0) + price(total, executed, piece);
				if (cost < least) [least] = [cost, best.clear()];
				if (cost === least)
					best.set(`${total}|${executed}|${piece}`, { values: pieces, rate: piece });
			}
		}
	};
	walk(0, []);
	return [...best.values()];
}

function price(total: string, executed: string, rate: string): number {
	if (new Decimal(total).isZero()) return 2;
	if (rateAgrees(total, executed, rate)) return 0;
	const implied = new Decimal(executed).dividedBy(total).times(100);
	return 0.5 + Math.min(1, implied.minus(rate).abs().dividedBy(100).toNumber());
}

function seededRuns(count: number): Array<[string, number]> {
	let seed = 11;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const int = (n: number) => Math.floor(random() * n);
	const amount = () => {
		const whole = String(int([10, 1000, 100000, 10000000][int(4)]!));
		const decimals = int(5);
		return decimals ? `${whole}.${String(int(10 ** decimals)).padStart(decimals, '0')}` : whole;
	};
	const runs: Array<[string, number]> = [];
	while (runs.length < count) {
		const printed = Array.from({ length: int(3) }, amount);
		const sum = printed.reduce((s, p) => s.plus(p), new Decimal(0));
		const total = printed.length && random() < 0.7 ? sum.toString() : amount();
		const executed = random() < 0.5 ? total : new Decimal(total).times(random()).toFixed(int(3));
		const rate = new Decimal(total).isZero()
			? '0'
			: new Decimal(executed).dividedBy(total).times(100).toFixed(int(3));
		const pieces = [...printed, total, executed, random() < 0.2 ? String(int(101)) : rate];
		const run =
			random() < 0.1
				? Array.from({ length: 8 + int(16) }, () => '0123456789.'[int(11)]).join('')
				: pieces.filter(() => random() > 0.05).join('');
		if (run.length <= 24) runs.push([run, 1 + int(4)]);
	}
	return runs;
}

describe('splitFundsRun', () => {
	it('reads 本级 | 合计 | 执行数 | 执行率 where the source adds up to 合计 and the rate agrees', () => {
		const warnings: FormWarning[] = [];
		expect(splitFundsRun('14358.28814358.28814358.288100.00', 5, warnings)).toEqual({
			values: ['14358.288', '14358.288', '14358.288'],
			rate: '100.00'
		});
		expect(warnings).toEqual([]);
	});

	it('keeps a misprinted rate rather than taking a digit of 执行数 into it', () =>
		expect(splitFundsRun('613.17613.17613.1795.00', 5, [])).toEqual({
			values: ['613.17', '613.17', '613.17'],
			rate: '95.00'
		}));

	it('reads no amount of more than 12 whole digits', () =>
		expect(splitFundsRun(`${'1'.repeat(13)}${'1'.repeat(13)}100.00`, 0, [])).toBeNull());

	it('reads 合计 | 执行数 | 执行率 of 12 whole digits each', () =>
		expect(splitFundsRun('123456789012123456789012100.00', 0, [])).toEqual({
			values: ['123456789012', '123456789012'],
			rate: '100.00'
		}));

	it('finds no reading in a run longer than its pieces can be (200 characters, two points)', () => {
		const digits = Array.from({ length: 98 }, (_, i) => String((i * 7 + 3) % 10)).join('');
		expect(splitFundsRun(`${digits}.1${digits}.00`, 4, [])).toBeNull();
	});

	it(
		'leaves a run with too many cuts to search unread, in a warning naming the funds row',
		{ timeout: 120_000 },
		() => {
			// six sources of random digits: the search for sources adding up took seconds, more
			// for longer runs, and its reading was a guess among millions
			const run = '082026801079.360111369685902809.199913.73459408055208935453370.5235174';
			const warnings: FormWarning[] = [];
			expect(splitFundsRun(run, 6, warnings)).toBeNull();
			expect(warnings).toEqual([
				{ code: 'unplaced_text', message: '资金行粘连的数字读法过多，未能拆分', text: run }
			]);
		}
	);

	it('chooses as trying every cut does, warning of the same readings in the same order', () => {
		const runs = seededRuns(250);
		const differing = runs.filter(([run, sources]) => {
			const warnings: FormWarning[] = [];
			const got = splitFundsRun(run, sources, warnings);
			const readings = walkEveryCut(run, sources);
			const guesses = readings.length > 1 ? readings : [];
			const candidates = guesses.map((r) => {
				const [adjusted = null, executed = null] = r.values.slice(-2);
				return { adjusted, executed, rate: `${r.rate}%` };
			});
			return (
				JSON.stringify(got) !== JSON.stringify(readings[0] ?? null) ||
				JSON.stringify(warnings.map((w) => w.candidates)) !==
					JSON.stringify(candidates.length ? [candidates] : [])
			);
		});
		expect(differing).toEqual([]);
		// the runs hold ties and misprints, not only clean readings
		expect(runs.filter(([r, s]) => walkEveryCut(r, s).length > 1).length).toBeGreaterThan(30);
	});
});
