/**
 * The Hubei layout (湖北 项目决策/项目管理/项目绩效): funds columns 中央 … 执行率, a numbered
 * goals list, and an indicator table whose wrapped cells come out interleaved. Made-up forms.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { fixture } from './helpers.ts';

const FORM = fixture('hubei.txt').trimEnd().split('\n');
const TABLE_AT = FORM.findIndex((l) => l.startsWith('项目年度目标'));
const PAGE_ONE = FORM.slice(0, TABLE_AT);
const TABLE = FORM.slice(TABLE_AT);

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

	it('keeps the 项目决策/项目管理 scoring table as a warning', () =>
		expect(record.warnings).toContainEqual(
			expect.objectContaining({
				code: 'unplaced_text',
				text: expect.stringMatching(/^项目权重 .* 财务制度 3 3 组织机构 2 2/)
			})
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

describe('Hubei total check', () => {
	// every row on one line, scores 10 + 8: the rubric's 项目决策/项目管理 scores are the rest
	const form = (total: string) =>
		read([
			...PAGE_ONE.map((l) => l.replace('自评总分: 92', `自评总分: ${total}`)),
			'一级 指标 二级 指标名称 年初指 年终完成值 自评 复核 评价标准 指标 (三级指标) 标值 成值 分 分',
			'产出 指标 30 分 数量指标 20 分 新建泵站数量 3座 3座 10 1、提供佐证资料;',
			'质量指标 10 分 泵站验收合格率 100% 95% 8 2、按比例计分。'
		]);
	const codes = (total: string) => form(total).warnings.map((w) => w.code);

	it("accepts a total up to the rubric's 15 points above the indicator scores", () => {
		expect(codes('18')).not.toContain('score_sum_mismatch');
		expect(codes('33')).not.toContain('score_sum_mismatch');
	});

	it('warns of a total below the indicator scores', () =>
		expect(codes('17')).toContain('score_sum_mismatch'));

	it("warns of a total more than the rubric's points above them", () =>
		expect(codes('33.5')).toContain('score_sum_mismatch'));
});
