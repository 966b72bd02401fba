/**
 * The provincial templates as tables: Y20 (云南, funds 20 points), HE (河北, 预算执行进度 and
 * 折算得分), NX4 (宁夏 共性指标: 决策/管理/产出/效益), NX0 (宁夏, no funds score), TP (转移支付)
 * and TPC (县级专项资金); HB (湖北) is in ./hubei.ts. Labels and column
 * orders follow the real forms of domain.md §3; the text is generated.
 */
import type { FormRecord, Indicator } from '../../model/form.ts';
import { Dec } from '../money.ts';
import { cell, groupNumber, levelCells, money, splitTarget, symbols, type Table } from './cells.ts';
import { fundRows } from './funds-rows.ts';

const goals = (record: FormRecord) => [cell(record.goals?.target), cell(record.goals?.actual)];

export function yunnan20Table(record: FormRecord): Table {
	return [
		['项目支出绩效自评表'],
		[`(${record.year}年度)`],
		[`单位名称:${cell(record.unit)}`, `填报日期:${(record.year ?? 0) + 1}年6月30日`],
		['项目名称', cell(record.project)],
		['主管部门', cell(record.department), '项目实施单位', cell(record.unit)],
		['预算执行情况(万元)(20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
		...fundRows(record, [['total', '年度财政资金总额']], ['adjusted', 'executed', 'rate', 'score']),
		['年度总体目标', '预期目标', '实际完成情况'],
		goals(record),
		[
			'年度绩效目标(80分)',
			'一级指标',
			'二级指标',
			'三级指标',
			'年初目标值(A)',
			'实际完成值(B)',
			'得分'
		],
		...record.indicators.map((indicator, i) => [
			...levelCells(record.indicators, i, { repeatLevel2: true }),
			indicator.name,
			symbols(indicator.target),
			cell(indicator.actual),
			cell(indicator.score)
		]),
		['总分', cell(record.total_score)]
	];
}

/**
 * 河北: 指标解释, the target split in 符号 / 值 / 单位, 完成情况, 单项指标得分 (the score),
 * 权重占比 (the weight, percent of 100) and 折算得分 (score × share, not kept in the record).
 */
export function hebeiTable(record: FormRecord): Table {
	const [total, appropriation, other] = ['total', 'appropriation', 'other'].map((s) =>
		record.funds.find((f) => f.source === s)
	);
	const amount = (v: string | null | undefined) => money(v, record.amount_unit);
	return [
		[`${record.department}${record.year}年度预算项目绩效自评表`],
		[
			'一、基本情况',
			'项目名称:',
			cell(record.project),
			'实施(主管)单位',
			cell(record.unit),
			'金额单位: 万元'
		],
		['二、预算执行情况', '预算安排情况(调整后)', '资金到位情况', '资金执行情况', '预算执行进度(%)'],
		[
			'预算数',
			amount(total?.adjusted),
			'到位数',
			amount(total?.adjusted),
			'执行数',
			amount(total?.executed),
			cell(total?.rate)
		],
		...[appropriation, other].map((row) => {
			const label = row?.source === 'other' ? '其他' : '其中:财政资金';
			return [
				label,
				amount(row?.adjusted),
				label,
				amount(row?.adjusted),
				label,
				amount(row?.executed)
			];
		}),
		['三、目标完成情况', '年度预期目标', '具体完成情况'],
		goals(record),
		[
			'四、年度绩效指标完成情况',
			'一级指标',
			'二级指标',
			'三级指标',
			'指标解释',
			'指标分值',
			'符号',
			'预期指标值',
			'单位(文字描述)',
			'单项指标实际完成值',
			'单项指标完成情况',
			'单项指标得分',
			'权重占比(%)',
			'单项指标折算得分'
		],
		...record.indicators.map((indicator, i) => {
			const weight = new Dec(indicator.weight ?? 0);
			const score = new Dec(indicator.score ?? 0);
			return [
				...levelCells(record.indicators, i),
				indicator.name,
				`反映${indicator.name}情况`,
				...splitTarget(indicator.target),
				cell(indicator.actual),
				score.gte(weight) ? '完成' : '未完成',
				score.toFixed(2),
				weight.toFixed(2),
				score.mul(weight).div(100).toFixed(2)
			];
		})
	];
}

/** The scheme's rows: 一级 with points, 二级 where printed, then the cells after the name. */
function schemeRows(
	indicators: Indicator[],
	after: (indicator: Indicator) => string[],
	numbered = false
): Table {
	return indicators.map((indicator, i) => [
		...levelCells(indicators, i, { points: true }),
		numbered ? `指标${groupNumber(indicators, i)}:${indicator.name}` : indicator.name,
		...after(indicator)
	]);
}

export function ningxia4Table(record: FormRecord): Table {
	return [
		[`${record.department}项目支出绩效自评表(${record.year}年)`],
		['项目名称', cell(record.project), '主管部门', cell(record.department)],
		['实施单位', cell(record.unit), '自评得分', cell(record.total_score)],
		['项目资金(万元)', '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'],
		...fundRows(record, [['total', '年度资金总额']], ['initial', 'adjusted', 'executed', 'rate']),
		['年度总体目标', '年初设定目标', '年度总体目标完成情况'],
		goals(record),
		[
			'一级指标',
			'二级指标',
			'三级指标',
			'分值',
			'指标值(A)',
			'全年实际值(B)',
			'得分',
			'未完成原因分析及改进措施'
		],
		...schemeRows(record.indicators, (i) => [
			cell(i.weight),
			symbols(i.target) || '—',
			cell(i.actual),
			cell(i.score),
			cell(i.note)
		]),
		['总分', cell(record.total_weight), cell(record.total_score)]
	];
}

export function ningxia0Table(record: FormRecord): Table {
	return [
		[`${record.project}绩效目标自评表(${record.year}年度)`, `项目总得分${record.total_score}分`],
		['项目名称', cell(record.project)],
		['项目实施单位/项目负责人', `${record.unit}/×××`],
		['市县主管部门', cell(record.department)],
		['资金情况(万元)', '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
		...fundRows(
			record,
			[
				['total', '年度资金总额'],
				['central', '其中:中央补助'],
				['local', '市县资金'],
				['other', '其他资金']
			],
			['adjusted', 'executed', 'rate']
		),
		['年度总体目标', goals(record)[0]!],
		['实际完成情况', goals(record)[1]!],
		[
			'绩效指标',
			'一级指标',
			'二级指标',
			'三级指标',
			'分值',
			'年度指标值',
			'全年实际值',
			'得分',
			'未完成原因及改进措施'
		],
		...schemeRows(
			record.indicators,
			(i) => [cell(i.weight), symbols(i.target), cell(i.actual), cell(i.score), cell(i.note)],
			true
		),
		['总分', cell(record.total_weight), cell(record.total_score)]
	];
}

function transferIndicators(record: FormRecord): Table {
	return record.indicators.map((indicator, i) => [
		...levelCells(record.indicators, i),
		indicator.name,
		symbols(indicator.target),
		cell(indicator.actual),
		cell(indicator.note)
	]);
}

export function transferTable(record: FormRecord): Table {
	return [
		['中央对地方转移支付绩效目标自评表'],
		[`(${record.year}年度)`],
		['转移支付(项目)名称', cell(record.project)],
		['中央主管部门', cell(record.central_department), '地方主管部门', cell(record.department)],
		['资金使用单位', cell(record.unit)],
		['资金情况(万元)', '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A)'],
		...fundRows(
			record,
			[
				['total', '年度资金总额'],
				['central', '其中:中央补助'],
				['local', '地方资金'],
				['other', '其他资金']
			],
			['adjusted', 'executed', 'rate']
		),
		['年度总体目标', '预期目标', '实际完成情况'],
		goals(record),
		[
			'绩效指标',
			'一级指标',
			'二级指标',
			'三级指标',
			'指标值',
			'全年实际完成值',
			'未完成原因和改进措施'
		],
		...transferIndicators(record)
	];
}

export function countyTransferTable(record: FormRecord): Table {
	return [
		[`${record.year}年度县级专项资金绩效目标自评表`],
		['专项资金名称', cell(record.project), '负责人及电话', '×××'],
		['县级主管部门', cell(record.department), '实施单位', cell(record.unit)],
		['项目资金(万元)', '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
		...fundRows(
			record,
			[
				['total', '年度资金总额'],
				['central', '其中:中央、省、市补助县级资金'],
				['local', '县级财政资金'],
				['other', '其他资金']
			],
			['adjusted', 'executed', 'rate']
		),
		['年度总体目标', '年初设定目标', '全年实际完成情况'],
		goals(record),
		[
			'绩效指标',
			'一级指标',
			'二级指标',
			'三级指标',
			'年度指标值',
			'全年完成值',
			'未完成原因和改进措施'
		],
		...transferIndicators(record),
		['说明', '无']
	];
}
