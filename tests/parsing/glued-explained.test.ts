/** 河北's glued indicator rows: name, 指标解释, target, actual, 完成情况 and three figures. */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { halfUnit } from '../../src/lib/parsing/arithmetic.ts';
import { cutExplainedRow, splitExplainedFigures } from '../../src/lib/parsing/glued-explained.ts';

/** splitExplainedFigures by its definition, in decimal.js (it decides by floats far from edges). */
function splitByDecimal(digits: string): Array<{ score: string; weight: string }> {
	const cuts = (over: boolean) => {
		const out: Array<{ score: string; weight: string }> = [];
		for (let i = 1; i < digits.length - 1; i++)
			for (let j = i + 1; j < digits.length; j++) {
				const [score, weight, scaled] = [digits.slice(0, i), digits.slice(i, j), digits.slice(j)];
				if (![score, weight, scaled].every((p) => /^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(p))) continue;
				const [s, w] = [new Decimal(score), new Decimal(weight)];
				if (w.gt(100) || (over ? s.lte(w) || s.gt(w.times(2)) : s.gt(w))) continue;
				const distance = s.times(w).dividedBy(100).minus(scaled).abs();
				if (distance.lte(Decimal.max(halfUnit(scaled), '0.005'))) out.push({ score, weight });
			}
		return out;
	};
	if (digits.length > 30) return [];
	const within = cuts(false);
	return within.length ? within : cuts(true);
}

describe('splitExplainedFigures', () => {
	it('cuts as decimal.js does on 5,000 runs of figures at their rounding edges', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
		const runs = Array.from({ length: 5_000 }, () => {
			const score = new Decimal(Math.floor(random() * 2000)).dividedBy(pick([1, 10, 100]));
			const weight = new Decimal(Math.floor(random() * 1000)).dividedBy(pick([1, 10, 100]));
			// the product at, beside and half a unit from its rounding, or any figure
			const exact = score.times(weight).dividedBy(100);
			const places = pick([0, 1, 2, 3]);
			const scaled = pick([
				exact.toFixed(places),
				exact
					.plus(pick(['0.005', '-0.005', '0.5', '0.0049', '0.0051']))
					.abs()
					.toFixed(places),
				new Decimal(Math.floor(random() * 10_000)).dividedBy(100).toFixed(places)
			]);
			const printed = (d: Decimal) => d.toFixed(pick([0, 1, 2]));
			return `${printed(score)}${printed(weight)}${scaled}`;
		});
		const differing = runs.filter(
			(r) => JSON.stringify(splitExplainedFigures(r)) !== JSON.stringify(splitByDecimal(r))
		);
		expect(differing).toEqual([]);
		// cuts are found, not only missed by both
		expect(runs.filter((r) => splitByDecimal(r).length).length).toBeGreaterThan(500);
	});

	it('cuts 得分 | 权重 | 折算得分 where 折算 = 得分 × 权重 / 100', () =>
		expect(splitExplainedFigures('15.0015.002.25')).toEqual([{ score: '15.00', weight: '15.00' }]));

	it('takes a 折算得分 rounded at its printed precision (4.90 × 5 / 100 = 0.245 → 0.25)', () =>
		expect(splitExplainedFigures('4.905.000.25')).toEqual([{ score: '4.90', weight: '5.00' }]));

	it('reads no three figures in a run longer than three figures print', { timeout: 120_000 }, () =>
		// (every pair of places was tried: 37 s on 2,000 digits)
		expect(splitExplainedFigures(`15.0015.002.25${'0'.repeat(2000)}`)).toEqual([])
	);

	it('reads a bare actual of none after a target with its unit', () =>
		expect(
			cutExplainedRow('新增公共停车泊位反映新增公共停车泊位情况>=2800个0完成0.000.000.00')
		).toEqual([
			{ parts: ['新增公共停车泊位', '>=2800个', '0'], score: '0.00', weight: '0.00', note: '' }
		]));

	it('reads 未完成 as the 完成情况, not part of the actual', () =>
		expect(
			cutExplainedRow('家长满意度反映家长满意度情况>=90%87.6%未完成4.905.000.25')?.[0]?.parts
		).toEqual(['家长满意度', '>=90%', '87.6%']));
});
