/**
 * The Shanghai template (财政项目支出绩效自评表, seed and [F001]) as data: every label it prints,
 * its funds rows and columns in printed order, and the indicator value columns. A reader of
 * scrambled text uses it to tell labels from values and to regroup values into rows.
 */
import type { FundSource } from '../../model/form.ts';

/** Every label the template prints (compacted), vertical one-character labels included. */
export const SHANGHAI_LABELS: ReadonlySet<string> = new Set([
	'财政项目支出绩效自评表',
	'项目名称',
	'主管部门',
	'实施单位',
	'项目资金',
	'(元)',
	'年初预算数',
	'全年预算数',
	'全年执行数',
	'分值',
	'执行率',
	'得分',
	'年度资金总额',
	'其中:当年财政拨款',
	'上年结转资金',
	'其他资金',
	'年度',
	'总体',
	'目标',
	'年度总体目标',
	'预期目标',
	'预算目标',
	'实际完成情况',
	'一级指标',
	'二级指标',
	'三级指标',
	'指标值',
	'实际',
	'完成值',
	'绩',
	'效',
	'指',
	'标',
	'绩效指标',
	'总分',
	'偏差原因分析及',
	'改进措施'
]);

/** Funds rows in printed order; the total row prints every column, the others end with `—`. */
export const SHANGHAI_FUND_ROWS: readonly FundSource[] = [
	'total',
	'appropriation',
	'carryover',
	'other'
];

/** The label that ends both column headers (funds, then indicators). */
export const SHANGHAI_LAST_COLUMN = '得分';

/** The indicator table's first header label. */
export const SHANGHAI_INDICATOR_HEADER = '一级指标';

/** The goal texts follow these labels. */
export const SHANGHAI_GOAL_LABELS = { target: /^(预期目标|预算目标)$/, actual: /^实际完成情况$/ };
