/** 河北's glued indicator rows: name, 指标解释, target, actual, 完成情况 and three figures. */
import { describe, expect, it } from 'vitest';
import { cutExplainedRow, splitExplainedFigures } from '../../src/lib/parsing/glued-explained.ts';

describe('splitExplainedFigures', () => {
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
