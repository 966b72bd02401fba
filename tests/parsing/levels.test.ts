/**
 * 一级/二级 labels read from cells: as printed, with their points, spaced out by extraction, and
 * the cells that are none (figures, indicator names) answered without a look-up.
 */
import { describe, expect, it } from 'vitest';
import { LEVEL1_LABELS, LEVEL2_LABELS } from '../../src/lib/model/taxonomy.ts';
import { readLevelLabel } from '../../src/lib/parsing/levels.ts';

describe('readLevelLabel', () => {
	it('reads every label of the taxonomy as printed', () => {
		const read = [...LEVEL1_LABELS, ...LEVEL2_LABELS].map((l) => readLevelLabel(l)?.text);
		expect(read).toEqual([...LEVEL1_LABELS, ...LEVEL2_LABELS]);
	});

	it('reads a label with its points in brackets', () =>
		expect(readLevelLabel('产出指标(50分)')).toEqual({ level: 1, text: '产出指标' }));

	it("reads a label with 湖北's bare points", () =>
		expect(readLevelLabel('项目绩效85分')).toEqual({ level: 1, text: '项目绩效' }));

	it('reads a label that extraction spaced out or left a space after', () => {
		expect(readLevelLabel('数量 指标')).toEqual({ level: 2, text: '数量指标' });
		expect(readLevelLabel('质量指标\u00a0')).toEqual({ level: 2, text: '质量指标' });
	});

	it('reads a 二级 label ending in 指标等 by its taxonomy keyword', () =>
		expect(readLevelLabel('服务对象满意度指标等')).toEqual({
			level: 2,
			text: '服务对象满意度指标等'
		}));

	it('reads no label in figures, names and blanks', () =>
		expect(['100', '≥95%', '培训人数', '项目完成率', '', '指标'].map(readLevelLabel)).toEqual([
			null,
			null,
			null,
			null,
			null,
			null
		]));
});
