/**
 * Labels at which text extracted with no separators at all (OCR, doc sites: [F021], [F022]) is
 * cut back into cells, and the OCR glyph errors seen in such labels (domain.md §4.10). A fix is
 * applied only where the fixed text then reads as one of these labels.
 */

/** Labels a glued line is cut at (longest alternatives first inside each group). */
export const GLUED_CUT_LABELS = new RegExp(
	[
		'项目名称',
		'主管部门',
		'项目实施单位',
		'实施单位',
		'自评总?得分',
		'财政审核评分',
		'项目资金',
		'\\(万元\\)',
		'年度资金总额',
		'年初预算数',
		'调整预算数',
		'全年执行数(?:\\(B\\))?',
		'(?<!预算)执行率(?:\\(B/A\\))?',
		'年度总体目标完成情况',
		'年度总体目标',
		'年初设定目标',
		'[一二三]级指标',
		'全年实际值(?:\\(B\\))?',
		'未完成原因分析及改进措施',
		'(?:项目决策|项目管理|项目产出|项目效益|数量指标|质量指标|时效指标|成本指标|经济效益指标|' +
			'社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标|投入管理|财务管理|项目实施)' +
			'(?:\\(\\d+分\\))?',
		'指标\\d+[:：]?'
	].join('|'),
	'g'
);

/** OCR glyph errors no real text contains (`万兀` for 万元): fixed wherever they appear. */
export const OCR_FIXES: ReadonlyArray<readonly [printed: string, meant: string]> = [
	['项Fl', '项目'],
	['顼目', '项目'],
	['万兀', '万元'],
	['预匏数', '预算数'],
	['实施第位', '实施单位'],
	['审1度', '审核']
];

/**
 * OCR glyph errors whose printed form real text may also hold (`预算将` is a glyph error for 预算数
 * but also "the budget will"): fixed only where the fix reads as a label at that place.
 */
export const OCR_LABEL_FIXES: ReadonlyArray<readonly [printed: string, meant: string]> = [
	['预算将', '预算数'],
	['第位', '单位'],
	['r二', '目标'],
	['指标L', '指标1']
];

/** OCR glyph errors in a number where a number is expected (`IO` = 10). */
export const OCR_DIGIT_FIXES: Readonly<Record<string, string>> = { I: '1', l: '1', O: '0', o: '0' };
