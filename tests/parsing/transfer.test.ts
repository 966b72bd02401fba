/**
 * Transfer-payment forms (TP/TPC, domain.md §3): two supervising departments, funds rows for
 * money from above and local money, no weights and no scores. The forms are made up here.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';

const TP = [
	'中央对地方转移支付区域绩效目标自评表',
	'(2021年度)',
	'| 转移支付(项目)名称 | 农村饮水安全巩固提升 | | |',
	'| 中央主管部门 | 水利部 | 地方主管部门 | 示范省水利厅 |',
	'| 资金使用单位 | 示范县水务局 | | |',
	'| 项目资金(万元) | | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) |',
	'| 年度资金总额 | | 1200 | 1150.5 | 95.88% |',
	'| 其中:中央补助 | | 800 | 800 | 100% |',
	'| 地方资金 | | 400 | 350.5 | 87.63% |',
	'| 其他资金 | | — | — | — |',
	'| 年度总体目标 | 预期目标 | 实际完成情况 |',
	'| 完成12处供水工程改造。 | 完成12处供水工程改造,惠及3.2万人。 |',
	'| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 |',
	'| | 产出指标 | 数量指标 | 改造供水工程数量 | >=12处 | 12处 | |',
	'| | | 时效指标 | 工程完工时间 | 10月前 | 9月 | |',
	'| | 效益指标 | 社会效益指标 | 受益人口 | >=3万人 | 3.2万人 | |',
	'| | 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | >=90% | 88% | 个别村供水时段不足,将延长供水时间 |'
].join('\n');

const record = () => {
	const [form] = parseText(TP, 'tp.txt').records;
	if (!form) throw new Error('no record');
	return form;
};

describe('a transfer-payment form in a web table', () => {
	it('is recognised as the transfer template', () =>
		expect(record().source.template).toBe('transfer'));

	it('reads the local supervising department as the department, the central one apart', () =>
		expect(record()).toMatchObject({
			project: '农村饮水安全巩固提升',
			department: '示范省水利厅',
			central_department: '水利部',
			unit: '示范县水务局',
			year: 2021
		}));

	it('reads the funds rows of money from above and local money, without weights', () =>
		expect(record().funds.map((f) => [f.source, f.adjusted, f.executed, f.rate])).toEqual([
			['total', '12000000', '11505000', '95.88'],
			['central', '8000000', '8000000', '100'],
			['local', '4000000', '3505000', '87.63'],
			['other', null, null, null]
		]));

	it('reads indicators with target, actual and reason, no weight or score', () =>
		expect(
			record().indicators.map((i) => [
				i.level2,
				i.name,
				i.target,
				i.actual,
				i.weight,
				i.score,
				i.note
			])
		).toEqual([
			['数量指标', '改造供水工程数量', '>=12处', '12处', null, null, null],
			['时效指标', '工程完工时间', '10月前', '9月', null, null, null],
			['社会效益指标', '受益人口', '>=3万人', '3.2万人', null, null, null],
			[
				'服务对象满意度指标',
				'受益群众满意度',
				'>=90%',
				'88%',
				null,
				null,
				'个别村供水时段不足,将延长供水时间'
			]
		]));
});
