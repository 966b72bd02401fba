/**
 * 湖北 text with every cell glued: the funds figures cut by the form's arithmetic, indicator rows
 * cut into labels, name, target, actual and score. Made-up rows in the template's shape.
 */
import { describe, expect, it } from 'vitest';
import type { FormWarning } from '../../src/lib/model/form.ts';
import { readGluedHubeiRows } from '../../src/lib/parsing/hubei-glued.ts';

describe('readGluedHubeiRows', () => {
	const read = (line: string) => {
		const warnings: FormWarning[] = [];
		const rows = readGluedHubeiRows([line], warnings);
		return { row: rows?.rows[0], labels: rows?.events.map((e) => e.label.text), warnings };
	};

	it('peels the labels and their points off the front and the rubric off the back', () =>
		expect(
			read('项目绩效85分产出指标40分数量指标10分覆盖学校数>=12所15所101、附佐证材料;2、分值÷个数。')
		).toEqual({
			row: { name: ['覆盖学校数'], values: ['>=12所', '15所', '10'] },
			labels: ['项目绩效', '产出指标', '数量指标'],
			warnings: []
		}));

	it('reads a bare actual glued to the score after a date target', () =>
		expect(read('安全监管完工时间2023年11月30日前完工00').row).toEqual({
			name: ['安全监管完工时间'],
			values: ['2023年11月30日前完工', '0', '0']
		}));

	it('reads a worded shortfall after a modified target for sure', () =>
		expect(read('劳动者就业创业能力稳步增长效果不明显18')).toEqual({
			row: { name: ['劳动者就业创业能力'], values: ['稳步增长', '效果不明显', '18'] },
			labels: [],
			warnings: []
		}));

	it("cuts a bare worded target at the name's head noun, naming the other readings", () => {
		const { row, warnings } = read('长效管理机制健全部分达成12.8');
		expect(row).toEqual({ name: ['长效管理机制'], values: ['健全', '部分达成', '12.8'] });
		expect(warnings.map((w) => [w.code, w.field, w.candidates?.[0]])).toEqual([
			[
				'split_guess',
				'indicators[0]',
				{ name: '长效管理机制', target: '健全', actual: '部分达成', score: '12.8' }
			]
		]);
	});
});
