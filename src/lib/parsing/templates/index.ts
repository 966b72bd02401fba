/**
 * The templates the parser recognises (domain.md §3), detected from labels only, in order: the
 * first whose pattern matches the form's title, header and column headers (../template-area.ts:
 * never its goals or indicator rows, whose prose may quote any template's words) wins.
 */

/** A template: its id, where it is used, and the labels that identify it. */
export interface TemplateRule {
	id: string;
	where: string;
	detect: RegExp;
	/**
	 * The printed total also adds up to this many points of a rubric the record does not hold
	 * (湖北's 项目决策 2 + 项目管理 13, domain.md §3): the indicator scores are checked to lie
	 * within that much below the total, not to add up to it.
	 */
	rubricPoints?: number;
	/** The form prints no 总分 row (河北, 转移支付): ending without one is not a truncation. */
	noTotalRow?: true;
}

export const TEMPLATES: readonly TemplateRule[] = [
	{
		id: 'transfer',
		where: '转移支付 and county special funds (TP, TPC): no weights, no scores',
		detect:
			/转移支付|专项资金名称|中央主管部门|地方主管部门|县级主管部门|资金使用单位|政策\(项目\)名称/,
		noTotalRow: true
	},
	{ id: 'department', where: '部门整体支出 (湖南, 安徽, 重庆)', detect: /部门整体(支出)?绩效/ },
	{
		id: 'sichuan',
		where: '四川 510000_0013zp',
		// the rate column before the weight's (the 财政部 annex prints 分值 before 执行率)
		detect:
			/报表编号|(预算|执行)数(\([^|)]{0,4}\)|万元)*\|?(预算|资金)?执行率(\(%\))?\|?(权重|分值|指标分值)|部门预算项目支出绩效自评表/
	},
	{
		id: 'hubei',
		where: '湖北 (项目决策/项目管理/项目绩效)',
		detect: /项目决策\d+分|自评分\|?复核分/,
		rubricPoints: 15
	},
	{
		id: 'hebei',
		where: '河北 (预算执行进度)',
		// (its column labels only: 执行进度 alone is also what a goal's prose says, 按执行进度拨付)
		detect: /预算执行进度|执行进度\(%\)|到位数/,
		noTotalRow: true
	},
	{
		id: 'ningxia',
		where: '宁夏 (共性指标; 产出40/效益40/满意度20)',
		detect: /项目决策\(\d+分\)|自治区主管部门|市县主管部门/
	},
	{ id: 'yunnan20', where: '云南 20/80', detect: /20分\*执行率|\(80分\)/ },
	{
		id: 'anhui',
		where: '安徽 (分值 before 指标值)',
		// the weight column before the target's (the 财政部 annex prints 全年预算数(A) too: no mark)
		detect:
			/(三级指标(名称)?|指标名称\(三级指标\))\|?(分值|权重|指标分值)\|?(年度|年初|预期)?(指标|目标)值/
	},
	{
		id: 'mofplus',
		where: '云南 (指标性质/指标值/度量单位)',
		detect: /(指标性质|符号).{0,8}指标值.{0,8}(度量|计量)单位/
	},
	{ id: 'shanghai', where: '上海', detect: /财政项目支出绩效自评表/ },
	{ id: 'mof', where: 'MOF annex layout', detect: /./ }
];

/** The rule of a template id. */
export const templateRule = (id: string) => TEMPLATES.find((t) => t.id === id);

/** The id of the first template whose labels the text (a form's template area) carries. */
export function detectTemplate(text: string): string {
	const compacted = text.replace(/\s+/g, '');
	return TEMPLATES.find((t) => t.detect.test(compacted))?.id ?? 'mof';
}
