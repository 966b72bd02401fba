import { describe, expect, it } from 'vitest';
import { briefSignalRules, signalOf, SIGNAL_MARKS } from '../../src/lib/model/brief-signals.ts';
import { DEFAULT_THRESHOLDS } from '../../src/lib/model/thresholds.ts';

const rules = briefSignalRules(DEFAULT_THRESHOLDS);
const rule = (key: string) => rules.find((r) => r.key === key)!;

describe('signalOf', () => {
	it('puts a rate exactly at the watch threshold (90 %) in 正常, just below it in 关注', () => {
		expect(signalOf('0.9', rule('rate'))).toBe('good');
		expect(signalOf('0.8999', rule('rate'))).toBe('watch');
	});

	it('puts a rate below the attention threshold (60 %) in 预警', () => {
		expect(signalOf('0.6', rule('rate'))).toBe('watch');
		expect(signalOf('0.5999', rule('rate'))).toBe('attention');
	});

	it('reads an average score by the grade bands: 90 正常, 80 关注, below 预警', () => {
		expect(signalOf('90', rule('avg_score'))).toBe('good');
		expect(signalOf('89.99', rule('avg_score'))).toBe('watch');
		expect(signalOf('79.99', rule('avg_score'))).toBe('attention');
	});

	it('reads a share where lower is better: none unexplained is 正常, any is at least 关注', () => {
		expect(signalOf('0', rule('unexplained_share'))).toBe('good');
		expect(signalOf('0.0001', rule('unexplained_share'))).toBe('watch');
		expect(signalOf('0.2', rule('unexplained_share'))).toBe('watch');
		expect(signalOf('0.2001', rule('unexplained_share'))).toBe('attention');
	});

	it('gives no light without a value', () => expect(signalOf(null, rule('rate'))).toBeNull());
});

describe('briefSignalRules', () => {
	it('takes the rate bounds from the thresholds in force', () => {
		const own = briefSignalRules({ watch: '0.875', attention: '0.5' })[0]!;
		expect([own.good, own.watch]).toEqual(['0.875', '0.5']);
	});

	it('names a source for every rule and orders its bounds', () => {
		for (const r of rules) {
			expect(r.source.length, r.key).toBeGreaterThan(3);
			const [good, watch] = [Number(r.good), Number(r.watch)];
			expect(r.higherIsBetter ? good >= watch : good <= watch, r.key).toBe(true);
		}
	});
});

describe('SIGNAL_MARKS', () => {
	it('tells the three lights apart without colour: a shape and a word each', () => {
		const marks = Object.values(SIGNAL_MARKS);
		expect(new Set(marks.map((m) => m.symbol)).size).toBe(3);
		expect(marks.map((m) => m.word)).toEqual(['正常', '关注', '预警']);
	});
});
