/**
 * The national-skeleton templates as tables: SH (上海), MOF (财政部附件), MOF+ (云南, split
 * targets, grade), SC (四川 510000_0013zp), AH (安徽, 分值 before 指标值, ★), DEPT (部门整体).
 * Labels and column orders follow the real forms of domain.md §3; the text is generated.
 */
import type { FormRecord } from '../../model/form.ts';
import {
	cell,
	groupNumber,
	levelCells,
	printedName,
	splitTarget,
	symbols,
	type Table
} from './cells.ts';
import { fundRows, type FundColumn } from './funds-rows.ts';

const FUNDS6: FundColumn[] = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];
/** The MOF layout's funds and indicator column headers (the web-table renderer prints them too). */
export const FUNDS_HEAD6 = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
export const INDICATOR_HEAD = [
	'一级指标',
	'二级指标',
	'三级指标',
	'年度指标值',
	'实际完成值',
	'分值',
	'得分',
	'偏差原因分析及改进措施'
];

const year = (record: FormRecord) => `(${record.year}年度)`;

function standardIndicators(record: FormRecord, name = printedName): Table {
	return record.indicators.map((indicator, i) => [
		...levelCells(record.indicators, i),
		name(indicator),
		symbols(indicator.target),
		cell(indicator.actual),
		cell(indicator.weight),
		cell(indicator.score),
		cell(indicator.note)
	]);
}

function standard(
	record: FormRecord,
	title: string,
	appropriation: string,
	placeholder: string
): Table {
	return [
		[title],
		[year(record)],
		['项目名称', cell(record.project)],
		['主管部门', cell(record.department), '实施单位', cell(record.unit)],
		[`项目资金(${record.amount_unit})`, ...FUNDS_HEAD6],
		...fundRows(
			record,
			[
				['total', '年度资金总额'],
				['appropriation', appropriation],
				['carryover', '上年结转资金'],
				['other', '其他资金']
			],
			FUNDS6,
			placeholder
		),
		['年度总体目标', '预期目标', '实际完成情况'],
		[cell(record.goals?.target), cell(record.goals?.actual)],
		['绩效指标', ...INDICATOR_HEAD],
		...standardIndicators(record),
		['总分', cell(record.total_weight), cell(record.total_score)]
	];
}

export const shanghaiTable = (record: FormRecord) =>
	standard(record, '财政项目支出绩效自评表', '其中:当年财政拨款', '—');

export const mofTable = (record: FormRecord) =>
	standard(record, '项目支出绩效自评表', '其中:本年财政拨款', '');

export function departmentTable(record: FormRecord): Table {
	const table = standard(record, '部门整体支出绩效自评表', '其中:当年财政拨款', '—');
	table[2] = ['部门', cell(record.department)];
	table.splice(3, 1);
	table[3] = ['预算资金(万元)', ...FUNDS_HEAD6.slice(0, 5), '自评得分'];
	const first = table.findIndex((row) => row[0] === '绩效指标') + 1;
	record.indicators.forEach((indicator, i) => {
		const row = table[first + i]!;
		const at = row.indexOf(indicator.name);
		row[at] = `指标${groupNumber(record.indicators, i)}:${indicator.name}`;
	});
	return table;
}

export function mofPlusTable(record: FormRecord): Table {
	const table = standard(record, '项目支出绩效自评表', '其中:当年财政拨款', '—');
	table[0] = [`${record.year}年度项目支出绩效自评表`, `部门:${cell(record.unit)}`];
	table.splice(1, 1);
	const head = table.findIndex((row) => row[0] === '绩效指标');
	table[head] = [
		'绩效指标',
		'一级指标',
		'二级指标',
		'三级指标',
		'指标性质',
		'指标值',
		'度量单位',
		'实际完成值',
		'分值',
		'得分',
		'偏差原因分析及改进措施'
	];
	record.indicators.forEach((indicator, i) => {
		const row = table[head + 1 + i]!;
		const at = row.indexOf(indicator.name) + 1;
		row.splice(
			at,
			1,
			...splitTarget(indicator.target).map((p) => p.replace('≥', '≧').replace(/^=$/, '═'))
		);
	});
	table[table.length - 1]!.push(cell(record.grade));
	return table;
}

export function sichuanTable(record: FormRecord): Table {
	const columns: FundColumn[] = ['initial', 'adjusted', 'executed', 'rate', 'weight', 'score'];
	return [
		['报表编号:510000_0013zp'],
		[`部门预算项目支出绩效自评表(${record.year}年度)`],
		['项目名称', `${record.code}-${record.project}`],
		['主管部门', cell(record.department), '实施单位', cell(record.unit)],
		['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', '年度目标完成情况'],
		[cell(record.goals?.target), cell(record.goals?.actual)],
		[
			'预算执行情况(10分)',
			'年度预算数(万元)',
			'年初预算',
			'调整后预算数',
			'预算执行数',
			'预算执行率',
			'权重',
			'得分',
			'原因'
		],
		...fundRows(
			record,
			[
				['total', '总额'],
				['appropriation', '其中:财政资金'],
				['special_account', '财政专户管理资金'],
				['unit_funds', '单位资金'],
				['other', '其他资金']
			],
			columns,
			'/'
		).map((row, k) => (k === 0 ? row : row.map((c, j) => (j <= 4 && c === '/' ? '' : c)))),
		[
			'绩效指标(90分)',
			'一级指标',
			'二级指标',
			'三级指标',
			'指标性质',
			'指标值',
			'度量单位',
			'完成值',
			'权重',
			'得分',
			'未完成原因分析'
		],
		...record.indicators.map((indicator, i) => [
			...levelCells(record.indicators, i),
			indicator.name,
			...splitTarget(indicator.target),
			cell(indicator.actual),
			cell(indicator.weight),
			cell(indicator.score),
			cell(indicator.note)
		]),
		['合计', cell(record.total_weight), cell(record.total_score)],
		['评价结论', '完成年度绩效目标']
	];
}

export function anhuiTable(record: FormRecord): Table {
	return [
		['绩效目标自评表'],
		[year(record)],
		['项目名称', cell(record.project), '项目负责人及电话', '×××'],
		['主管部门', cell(record.department), '实施单位', cell(record.unit)],
		['资金情况(万元)', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
		...fundRows(
			record,
			[
				['total', '年度资金总额:'],
				['appropriation', '其中:本年财政拨款'],
				['other', '其他资金']
			],
			['adjusted', 'executed', 'weight', 'rate', 'score'],
			'-'
		).map((row) => (row[0] === '年度资金总额:' ? row : row.slice(0, 3))),
		['年度总体目标', '年初设定目标', '年度总体目标完成情况综述'],
		[cell(record.goals?.target), cell(record.goals?.actual)],
		[
			'绩效指标',
			'一级指标',
			'二级指标',
			'三级指标',
			'分值',
			'年度指标值',
			'全年实际值',
			'得分',
			'未完成原因及拟采取的改进措施'
		],
		...record.indicators.map((indicator, i) => [
			...levelCells(record.indicators, i, {
				points: true,
				// spaced out across the merged cell (a name printed without 指标 too: `产 出 (60分)`)
				level1: (label) =>
					/指标/.test(label)
						? label.replace(/指标/, ' 指 标 ').replace(/^(.)(.)/, '$1 $2')
						: label.replace(/^([^(]+)/, (name) => `${[...name].join(' ')} `)
			}),
			printedName(indicator),
			cell(indicator.weight),
			symbols(indicator.target),
			cell(indicator.actual),
			cell(indicator.score),
			cell(indicator.note)
		]),
		['总分', cell(record.total_weight), cell(record.total_score)]
	];
}
