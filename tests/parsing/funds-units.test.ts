/** Amounts printed with their unit in the cell (`4753.66万元`, domain.md §4.4). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';

const form = (unitLabel: string, amounts: string) =>
	`项目支出绩效自评表 (2022年度) 项目名称 测试项目 主管部门 测试局 实施单位 测试局 项目资金${unitLabel} ` +
	`年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: ${amounts} 10 96.30% 9.63 ` +
	'年度总体目标 预期目标 实际完成情况 完成任务。 完成了任务。 ' +
	'绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
	'产出指标 数量指标 完成数量 ≥46人 50人 90 90 总分 100 99.63\n';

const totalOf = (text: string) => parseText(text, 'units.txt').records[0]?.funds[0];

describe('amounts with their unit in the cell', () => {
	const expected = { initial: '12000000', adjusted: '13500000', executed: '13000000' };

	it('read as the same amounts as bare numbers under a (万元) label', () => {
		expect(totalOf(form('(万元)', '1200 1350 1300'))).toMatchObject(expected);
		expect(totalOf(form('(万元)', '1200万元 1350万元 1300万元'))).toMatchObject(expected);
	});

	it('give the block its unit when it prints none', () => {
		expect(totalOf(form('', '1200万元 1350万元 1300万元'))).toMatchObject(expected);
	});

	it('keep their own unit under a label that says another', () => {
		expect(totalOf(form('(元)', '1200万元 13500000元 1,300万元'))).toMatchObject(expected);
	});
});
