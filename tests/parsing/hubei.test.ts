/**
 * The Hubei layout (湖北 项目决策/项目管理/项目绩效): funds columns 中央 … 执行率, a numbered
 * goals list, and an indicator table whose wrapped cells come out interleaved. Made-up forms.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';

const PAGE_ONE = [
	'某某市财政预算支出项目绩效目标自评表 填报日期:2023 年 3 月 5',
	'项目名称 项目主管单 位 自评总分: 92 项目实施单位 某某市水利局 某某市水利局 项目负责人 张三',
	'中央 省、地 本级 其他 合计 执行数 执行 (万元) (万元) (万元) (万元) (万元) (万元) 率 50 70 120',
	'来源 项目年度目 标 单位领导审签: 农田水利设施维修项目 项目属性 项目资金 日 108 90 %',
	'1.维修灌溉渠道 45 公里; 2.新建泵站 3 座; 项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2'
];

const TABLE = [
	'项目年度目标 1:农田水利设施维修项目 一级 指标 二级 指标名称 年初指 年终完 自评 复核 评价标准',
	'指标 (三级指标) 标值 成值 分 分',
	'维修灌溉渠道 45 公 45 公 10 1、提供完成程度的佐证资料;',
	'长度 里 里 数量指 2、三级指标分值按个数平均确定',
	'新建泵站数量 3 座 3 座 10 标 20 分 数。',
	'泵站验收合格 100% 95% 8 质量指 标 10 分',
	'率 产出 指标 30 分 项目 绩效 85 分 群众'
];

function read(lines: readonly string[]) {
	const record = parseText(lines.join('\n'), 'hubei-made-up.txt').records[0];
	if (!record) throw new Error('no record');
	return record;
}

describe('Hubei layout', () => {
	const record = read([...PAGE_ONE, ...TABLE]);

	it('detects the template', () => expect(record.source.template).toBe('hubei'));

	it('reads the total row right-anchored on 合计 / 执行数 / 执行率, in 万元', () => {
		expect(record.amount_unit).toBe('万元');
		expect(record.funds).toEqual([
			{
				source: 'total',
				initial: null,
				adjusted: '1200000',
				executed: '1080000',
				rate: '90'
			}
		]);
	});

	it('reads the numbered goals list up to the next table', () =>
		expect(record.goals?.target?.replace(/\s+/g, '')).toBe('1.维修灌溉渠道45公里;2.新建泵站3座;'));

	it('reassembles wrapped names and units, without rubric text', () => {
		const rows = record.indicators.map((i) => [
			i.level1,
			i.level2,
			i.name,
			i.target,
			i.actual,
			i.score
		]);
		expect(rows).toEqual([
			['产出指标', '数量指标', '维修灌溉渠道长度', '45公里', '45公里', '10'],
			['产出指标', '数量指标', '新建泵站数量', '3座', '3座', '10'],
			['产出指标', '质量指标', '泵站验收合格率', '100%', '95%', '8']
		]);
		for (const i of record.indicators) expect(i.name).not.toMatch(/佐证|平均|[;。]/);
	});

	it('warns with the piece of a row cut off by the end of the text', () =>
		expect(record.warnings).toContainEqual(
			expect.objectContaining({ code: 'unplaced_text', text: '群众' })
		));

	it('reads the table when every row is printed on one line', () => {
		const one = read([
			...PAGE_ONE,
			'一级 指标 二级 指标名称 年初指 年终完 自评 复核 评价标准 指标 (三级指标) 标值 成值 分 分',
			'产出 指标 30 分 数量指标 20 分 新建泵站数量 3座 3座 10 1、提供佐证资料;',
			'质量指标 10 分 泵站验收合格率 100% 95% 8 2、按比例计分。'
		]);
		expect(one.indicators.map((i) => [i.level2, i.name, i.target, i.actual, i.score])).toEqual([
			['数量指标', '新建泵站数量', '3座', '3座', '10'],
			['质量指标', '泵站验收合格率', '100%', '95%', '8']
		]);
	});

	it('leaves the funds empty when no rate follows the columns', () => {
		const lines = PAGE_ONE.map((l) => l.replace('108 90 %', '108'));
		expect(read([...lines, ...TABLE]).funds.filter((f) => f.rate)).toEqual([]);
	});
});
