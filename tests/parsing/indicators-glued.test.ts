import { describe, expect, it } from 'vitest';
import type { FormWarning } from '../../src/lib/model/form.ts';
import { AFTER_TABLE, readGluedRows } from '../../src/lib/parsing/indicators-glued.ts';
import type { IndicatorColumn } from '../../src/lib/parsing/templates/columns.ts';
import { cutGoalLabels } from '../../src/lib/parsing/glued-text.ts';

const TRANSFER: IndicatorColumn[] = ['name', 'target', 'actual', 'note'];
const SCORE_ONLY: IndicatorColumn[] = ['name', 'target', 'actual', 'score', 'note'];
const read = (columns: IndicatorColumn[], ...lines: string[]) =>
	readGluedRows(
		lines.map((text, line) => ({ text, line })),
		[],
		columns
	);

describe('readGluedRows', () => {
	it('reads a row with no figures, its note after the actual (转移支付)', () =>
		expect(
			read(
				TRANSFER,
				'效益指标社会效益指标服务保障水平显著提升有所提升受上年疫情影响，部分工作延续。'
			)
		).toEqual([
			{
				level1: '效益指标',
				level2: '社会效益指标',
				name: '服务保障水平',
				target: '显著提升',
				actual: '有所提升',
				weight: null,
				score: null,
				note: '受上年疫情影响，部分工作延续。'
			}
		]));

	it('ends a date actual where its ending agrees with the target, the rest is the note', () =>
		expect(
			read(TRANSFER, '时效指标按期完成率2021年12月31日前完成2022年4月完成审批程序较长。')[0]
		).toMatchObject({
			target: '2021年12月31日前完成',
			actual: '2022年4月完成',
			note: '审批程序较长。'
		}));

	it('reads a bare actual glued to the score alone (`≥2800个` + `00.0`)', () =>
		expect(read(SCORE_ONLY, '数量指标新增公共停车泊位>=2800个00.0')[0]).toMatchObject({
			name: '新增公共停车泊位',
			target: '>=2800个',
			actual: '0',
			score: '0.0'
		}));

	it('takes 指标N: numbering and a level’s points off the name', () =>
		expect(
			read(SCORE_ONLY, '产出指标(50分)数量指标指标1:参训教师人数>=1800人1835人8.9')[0]
		).toMatchObject({
			level1: '产出指标',
			level2: '数量指标',
			name: '参训教师人数',
			score: '8.9'
		}));
});

describe('readGluedRows after the table', () => {
	it('keeps a line after the last row as text after the table, no row lost', () => {
		const warnings: Array<{ code: string; message: string; text?: string }> = [];
		const rows = readGluedRows(
			['质量指标验收合格率=100%100%', '时效指标发放及时率=100%100%', '说明无'].map(
				(text, line) => ({
					text,
					line
				})
			),
			warnings as never,
			TRANSFER
		);
		expect(rows).toHaveLength(2);
		expect(warnings.filter((w) => w.code === 'unplaced_text')).toEqual([
			{ code: 'unplaced_text', message: AFTER_TABLE, text: '说明无' }
		]);
	});
});

describe('readGluedRows, weight first (安徽/宁夏)', () => {
	const WEIGHT_FIRST: IndicatorColumn[] = ['name', 'weight', 'target', 'actual', 'score', 'note'];

	it('reads the weight glued to a target that starts with a figure, under the 项目管理(25分) scheme', () =>
		expect(read(WEIGHT_FIRST, '项目管理(25分)投入管理预算执行率10100%99.78%10')[0]).toMatchObject({
			name: '预算执行率',
			weight: '10',
			target: '100%',
			actual: '99.78%',
			score: '10'
		}));

	it('reads a qualitative pair after the weight, not a figure inside it', () =>
		expect(
			read(WEIGHT_FIRST, '社会效益指标教师培训服务保障水平15稳步提升稳步提升15')[0]
		).toMatchObject({
			name: '教师培训服务保障水平',
			weight: '15',
			target: '稳步提升',
			actual: '稳步提升',
			score: '15'
		}));
});

describe('cutGoalLabels', () => {
	it('cuts 年度总体目标 off the goal text glued to it', () =>
		expect(
			cutGoalLabels([{ text: '年度总体目标通过实施教师培训项目，确保工作推进。', line: 3 }])
		).toEqual([
			{ text: '年度总体目标', line: 3 },
			{ text: '通过实施教师培训项目，确保工作推进。', line: 3 }
		]));

	it('keeps an anchor glued to its column headers whole', () =>
		expect(
			cutGoalLabels([{ text: '年度总体目标年初设定目标全年实际完成情况', line: 3 }])
		).toHaveLength(1));
});

describe('readGluedRows, how sure a row is', () => {
	const readWarned = (columns: IndicatorColumn[], line: string) => {
		const warnings: FormWarning[] = [];
		const rows = readGluedRows([{ text: line, line: 0 }], warnings, columns);
		return { row: rows[0], guesses: warnings.filter((w) => w.code === 'split_guess') };
	};

	it('cuts a qualitative pair by its words: an actual of a miss after a target', () =>
		expect(
			readWarned(SCORE_ONLY, '社会效益指标劳动者就业创业能力稳步增长效果不明显3.6')
		).toMatchObject({
			row: { name: '劳动者就业创业能力', target: '稳步增长', actual: '效果不明显', score: '3.6' },
			guesses: []
		}));

	it('reads a bare actual after a target with its unit, the note after it (转移支付)', () =>
		expect(
			readWarned(TRANSFER, '数量指标新增公共停车泊位>=2800个0该项工作已调整至下一年度实施')
		).toMatchObject({
			row: { target: '>=2800个', actual: '0', note: '该项工作已调整至下一年度实施' },
			guesses: []
		}));

	it('names both readings of figures with no unit between them, on the row they concern', () =>
		expect(readWarned(TRANSFER, '数量指标参训人数>=9095').guesses).toEqual([
			expect.objectContaining({
				field: 'indicators[0]',
				candidates: [
					{ name: '参训人数', target: '>=90', actual: '95', note: null },
					{ name: '参训人数', target: '>=909', actual: '5', note: null }
				]
			})
		]));
});
