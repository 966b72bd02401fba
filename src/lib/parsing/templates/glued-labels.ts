/**
 * Labels at which text extracted with no separators at all (OCR, doc sites: [F021], [F022]) is
 * cut back into cells, and the OCR glyph errors seen in such labels (domain.md §4.10). A fix is
 * applied only where the fixed text then reads as one of these labels.
 */

/** Labels a glued line is cut at (longest alternatives first inside each group). */
export const GLUED_CUT_LABELS = new RegExp(
	[
		'项目名称',
		'专项资金名称',
		'(?:项目)?负责人及电话',
		'/项目负责人',
		'项目总得分',
		'(?:自治区|市县)主管部门',
		'市县财政部门',
		'(?:中央|地方|县级)主管部门',
		'主管部门',
		'项目实施单位',
		'实施单位',
		'资金使用单位',
		'自评总?得?分(?:\\(分\\))?',
		'部门联系人',
		'联系电话',
		'部门预算执行情况',
		'执行率\\(%\\)',
		'执行率权重',
		'执行率得分(?:\\(分\\))?',
		'当年绩效目标',
		'年初绩效目标',
		'全年(?:\\(调整\\))?绩效目标',
		'全年目标实际完成情况',
		'指标名称',
		'计量单位',
		'指标性质',
		'年初指标值',
		'调整指标值',
		'得分系数(?:\\(%\\))?',
		'指标权重(?:\\(分\\))?',
		'指标得分(?:\\(分\\))?',
		'是否核心指标',
		'财政审核评分',
		'项目资金',
		'资金情况',
		'\\(万元\\)',
		'年度资金总额[:：]?',
		'总分(?=\\d)',
		'其中[:：]?(?:本年|当年)财政拨款',
		'其中[:：]?中央[、省市]*补助(?:县级|市级)?资金',
		'其中[:：]?中央补助',
		'地方资金',
		'(?:市级|县级)财政资金',
		'其他资金',
		'年初预算数',
		'调整预算数',
		'全年预算数(?:\\(A\\))?',
		'全年执行数(?:\\(B\\))?',
		// bare 执行率 only right after a column label: 严格执行率 is an indicator's name
		'执行率\\(B/A\\)|(?<=[数)])执行率',
		'年度总体目标完成情况(?:综述)?',
		'年度总体目标',
		'年初设定目标',
		'全年实际完成情况',
		'绩效指标',
		'[一二三]级指标',
		'年度指标值',
		'全年实际值(?:\\(B\\))?',
		'全年完成值',
		'未完成原因(?:分析)?[和及](?:拟采取的)?改进措施',
		'(?:项目决策|项目管理|项目产出|项目效益|数量指标|质量指标|时效指标|成本指标|经济效益指标|' +
			'社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标|投入管理|财务管理|项目实施|' +
			'产出指标|效益指标|满意度指标)' +
			'(?:\\(\\d+分\\))?',
		'(?<![定性量])指标\\d+[:：]?'
	].join('|'),
	'g'
);

/** Units printed glued to indicator values (`0起`, `2859篇`, `550万粒`), longest first. */
export const VALUE_UNITS = [
	'平方米',
	'万人次',
	'人次',
	'万人',
	'万粒',
	'万元',
	'公里',
	'千米',
	'厘米',
	'小时',
	'分钟',
	...'个人次篇份处起亩吨元米天日月年户项家所套台件批场期名粒辆座张本册条株头只万㎡'
];

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

/**
 * Words a qualitative indicator's actual value prints when it fell short (domain.md §2: 较及时,
 * 基本达标; the bands of 部分达成/未达成 of the qualitative scoring rule), longest first where one
 * ends another. Glued after a target, they end the row's values.
 */
export const ACHIEVED_WORDS: readonly string[] = [
	'效果不明显',
	'效果一般',
	'部分达成',
	'基本达成',
	'未达成',
	'基本达标',
	'未达标',
	'有所提升',
	'有所提高',
	'有所改善',
	'有所增长',
	'较及时',
	'不及时',
	'基本完成',
	'未完成'
];

/**
 * Head nouns an indicator name ends in (`…长效管理机制`, `…保障水平`): where a name glued to a
 * worded target whose opening no modifier marks most likely ends.
 */
export const NAME_ENDINGS: readonly string[] = [
	'机制',
	'水平',
	'能力',
	'影响力',
	'影响',
	'效益',
	'效应',
	'效率',
	'质量',
	'环境',
	'意识',
	'体系',
	'状况',
	'成本',
	'收入',
	'消费',
	'增长',
	'起数'
];

/**
 * How a qualitative target opens (稳步增长, 有效提升, 持续完善, 明显改善): an adverb before a
 * two-character verb; where the actual is a word of ACHIEVED_WORDS, the target is such a pair.
 */
export const TARGET_MODIFIERS: readonly string[] = [
	'进一步',
	'稳步',
	'有效',
	'持续',
	'明显',
	'显著',
	'逐步',
	'不断',
	'大幅',
	'全面',
	'基本',
	'充分'
];
