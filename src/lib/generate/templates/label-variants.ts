/**
 * The label vocabulary of drift (./label-drift.ts): for each concept, the labels the generator
 * prints and the variants published forms print for it (the corpus, domain.md §3, the 财政部 2021
 * annex and its provincial and county copies). Labels a template is recognised by (标题, 报表编号,
 * 指标性质/度量单位, 预算执行进度, 地方主管部门 …) are in ./template-variants.ts.
 */

/** What a label names: its decorations depend on it (a `mark` takes none). */
export type Kind = 'header' | 'section' | 'amount' | 'column' | 'row' | 'goal' | 'total' | 'mark';

/** One concept: the labels the generator prints for it, and the variants real forms print. */
export interface Concept {
	kind: Kind;
	printed: readonly string[];
	variants: readonly string[];
	/** where the variants are printed, when not the sources above */
	where?: string;
}

export const DRIFT_CONCEPTS: readonly Concept[] = [
	{ kind: 'header', printed: ['项目名称'], variants: ['项目名称', '项目全称'] },
	{
		kind: 'header',
		printed: ['主管部门', '项目主管单位'],
		variants: ['主管部门', '主管单位', '项目主管部门', '项目主管单位', '主管部门(单位)']
	},
	{
		kind: 'header',
		printed: ['实施单位', '项目实施单位'],
		variants: ['实施单位', '项目实施单位', '项目执行单位', '执行单位', '实施单位(盖章)']
	},
	{
		kind: 'section',
		printed: ['项目资金', '资金情况', '预算资金'],
		variants: ['项目资金', '资金情况', '预算资金', '资金来源', '项目资金情况', '预算执行情况']
	},
	{
		kind: 'amount',
		printed: ['年初预算数', '年初预算'],
		variants: ['年初预算数', '年初预算', '年初预算金额', '年初批复预算数']
	},
	{
		kind: 'amount',
		printed: ['全年预算数', '调整后预算数', '调整预算数'],
		variants: ['全年预算数', '调整后预算数', '全年预算数(调整后)', '调整预算数', '全年预算']
	},
	{
		kind: 'amount',
		printed: ['全年执行数', '预算执行数', '执行数'],
		variants: ['全年执行数', '实际执行数', '预算执行数', '执行数', '全年实际执行数']
	},
	{ kind: 'column', printed: ['分值', '权重'], variants: ['分值', '权重', '指标分值'] },
	{
		kind: 'column',
		printed: ['执行率', '预算执行率'],
		variants: ['执行率', '预算执行率', '执行率(%)', '资金执行率']
	},
	{ kind: 'column', printed: ['得分'], variants: ['得分', '自评得分', '实际得分', '自评分'] },
	{
		kind: 'row',
		printed: ['年度资金总额', '年度资金总额:'],
		variants: ['年度资金总额', '资金总额', '年度预算资金总额', '合计', '年度资金总额:']
	},
	{
		kind: 'row',
		printed: ['其中:当年财政拨款', '其中:本年财政拨款', '其中:财政资金'],
		variants: [
			'其中:财政拨款',
			'其中:当年财政拨款',
			'其中:本年财政拨款',
			'其中:本级财政资金',
			'其中:一般公共预算',
			'财政拨款',
			'其中:财政资金'
		]
	},
	{
		kind: 'row',
		printed: ['上年结转资金'],
		variants: ['上年结转资金', '上年结转', '其中:上年结转资金']
	},
	{ kind: 'row', printed: ['其他资金'], variants: ['其他资金', '其他', '其中:其他资金'] },
	{
		kind: 'section',
		printed: ['年度总体目标'],
		variants: ['年度总体目标', '年度目标', '总体目标', '年度总体绩效目标']
	},
	{
		kind: 'goal',
		printed: ['预期目标', '年初设定目标'],
		variants: ['预期目标', '年初设定目标', '年度预期目标', '预期目标(年初设定)']
	},
	{
		kind: 'goal',
		printed: ['实际完成情况', '全年实际完成情况', '年度总体目标完成情况'],
		variants: ['实际完成情况', '全年实际完成情况', '目标实际完成情况', '年度总体目标完成情况']
	},
	{
		kind: 'section',
		printed: ['绩效指标'],
		variants: ['绩效指标', '年度绩效指标', '绩效指标完成情况']
	},
	{
		kind: 'column',
		printed: ['三级指标'],
		variants: ['三级指标', '三级指标名称', '指标名称(三级指标)']
	},
	{
		kind: 'column',
		printed: ['年度指标值', '年初目标值(A)', '指标值(A)'],
		variants: ['年度指标值', '年度目标值', '目标值', '年初目标值', '预期指标值', '年度指标值(A)']
	},
	{
		kind: 'column',
		printed: [
			'实际完成值',
			'全年实际值',
			'全年完成值',
			'全年实际完成值',
			'实际完成值(B)',
			'完成值'
		],
		variants: ['实际完成值', '全年实际值', '实际值', '全年实际完成值', '完成值', '实际完成值(B)']
	},
	{
		kind: 'column',
		printed: [
			'偏差原因分析及改进措施',
			'未完成原因及拟采取的改进措施',
			'未完成原因分析及改进措施',
			'未完成原因及改进措施',
			'未完成原因和改进措施',
			'未完成原因分析'
		],
		variants: [
			'偏差原因分析及改进措施',
			'偏差原因分析',
			'未完成原因',
			'未完成原因分析',
			'偏差原因及改进措施',
			'原因分析及改进措施',
			'未完成原因和改进措施'
		]
	},
	{ kind: 'total', printed: ['总分'], variants: ['总分', '总 分', '合计', '总计', '总得分'] }
];
