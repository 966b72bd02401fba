/**
 * The printed labels every template shares, as data: header fields, funds columns and rows,
 * section anchors. Matching is on text with whitespace removed and full-width folded.
 */
import type { FundSource } from '../../model/form.ts';
import { INDICATOR_HEADER } from './columns.ts';

/** A header field and the labels that introduce it. */
export type HeaderField = 'project' | 'department' | 'central' | 'unit' | 'owner' | 'both';

/** Header labels, longest first so 项目实施单位 wins over 实施单位. */
export const HEADER_LABELS: ReadonlyArray<readonly [label: RegExp, field: HeaderField]> = [
	[/^(项目|专项资金|转移支付(\(项目\))?|政策(\(项目\))?)(名称|全称)[:]?$/, 'project'],
	// transfer payments (TP/TPC) print two: the local one is the record's department
	[/^中央主管部门[:]?$/, 'central'],
	[/^(项目|地方|县级|市级|市县|预算)?主管(部门|单位)(\(单位\))?[:]?$/, 'department'],
	[/^实施\(主管\)单位[:]?$/, 'both'],
	[/^((项目)?(实施|执行)(单位|第位)|资金使用单位)(\(盖章\))?[:]?$/, 'unit'],
	// `项目实施单位/项目负责人 | 某中心/×××`: a paired label, its value paired the same way
	[/^(项目)?实施单位\/(项目)?负责人[:]?$/, 'unit'],
	[/^预算部门、?单位名称[:]?$|^(部门|单位)(名称)?[:]?$/, 'owner']
];

/** Labels that end a header value (the next field or section starts). */
export const HEADER_STOPS: readonly RegExp[] = [
	/^(项目)?负责人/,
	/^是否为专项资金/,
	/^金额单位/,
	/^项目基本情况/,
	/^项目类别/,
	/^项目属性/,
	/^自评(总)?(得)?分/,
	/^填报日期/,
	/^部门:/
];

/** Anchors of the funds block. */
export const FUNDS_ANCHOR =
	/^(项目资金|资金情况|预算执行情况|年度预算申请|二、预算执行情况|预算安排情况|预算资金|部门预算执行情况|资金来源)/;

/**
 * A value opening with the funds anchor's words (a project named 预算资金绩效管理, 资金来源核查):
 * name characters follow them, no bracket or colon, and no funds column word is glued after.
 */
export const FUNDS_WORDS_IN_NAME = new RegExp(
	`${FUNDS_ANCHOR.source}(?![(:：])(?!.*(?:年初|预算数|执行数|执行率|全年|分值|得分))[\\u4e00-\\u9fff]`
);

/** Funds column header labels → the FundRow field they fill. */
export const FUND_COLUMNS: ReadonlyArray<readonly [label: RegExp, field: FundColumn]> = [
	[/^年初(批复)?预算(数|金额)?$/, 'initial'],
	[/^(全年(\(调整\))?预算数?|调整后?预算数?|预算数|预算安排情况)(\(.*\))?$/, 'adjusted'],
	[/^(全年(实际)?执行数|实际执行数|预算执行数|执行数|资金执行情况)(\(B\))?$/, 'executed'],
	[/^(分值|权重|执行率权重|指标分值)$/, 'weight'],
	[/^(预算|资金)?执行率(\(B\/A\)|\(%\))?$|^(预算)?执行进度/, 'rate'],
	[/^(自评|执行率|实际)?得分|^自评分$/, 'score'],
	[/^(原因|资金到位情况)$/, 'note']
];

/** A funds column: the amounts, the funds score triple, or a reason text. */
export type FundColumn = 'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score' | 'note';

/** The column names of the standard funds block, for messages. */
export const FUND_COLUMN_LABELS: Readonly<Record<FundColumn, string>> = {
	initial: '年初预算数',
	adjusted: '全年预算数',
	executed: '全年执行数',
	weight: '分值',
	rate: '执行率',
	score: '得分',
	note: '原因'
};

/** Funds row labels → source (record.md), tried in order on the compacted label. */
export const FUND_ROWS: ReadonlyArray<readonly [label: RegExp, source: FundSource]> = [
	[/^(年度(财政|预算)?资金总额|资金总额|总额|预算数|合计)[:]?$/, 'total'],
	[/^(其中[:]?)?((当年|本年|本级)?财政(拨款|资金)|一般公共预算(资金|拨款)?)[:]?$/, 'appropriation'],
	[/^(其中[:]?)?上年结转(资金)?[:]?$/, 'carryover'],
	[/^(其中[:]?)?财政专户管理资金[:]?$/, 'special_account'],
	[/^(其中[:]?)?单位资金[:]?$/, 'unit_funds'],
	[/^(其中[:]?)?其他(资金)?(来源)?[:]?$/, 'other'],
	// transfer payments: money from above (中央补助; 中央、省、市补助县级资金) and local money
	[/^(其中[:]?)?(中央|上级)[、省市]*补助(县级|市级)?(资金)?[:]?$/, 'central'],
	[/^(其中[:]?)?(地方|市级财政|县级财政|市级|县级|市县)资金[:]?$/, 'local']
];

/** Labels a row repeats between its values (Hebei: 预算数 x 到位数 y 执行数 z). */
export const FUND_INROW_LABELS =
	/^(到位数|(?:全年|实际|全年实际|预算)?执行数|其中:?(?:(?:当年|本年|本级)?财政(?:资金|拨款)|一般公共预算)|财政拨款|其他(?:资金)?)(?:\((?:[A-F]|万?元)\))?$/;

/** The two column headers of the goals block: the planned goal's, the achieved goal's. */
const PLANNED_HEAD = '预期目标(?:\\(年初设定\\))?|预算目标|年初设定目标|年度预期目标|项目年度目标';
const ACHIEVED_HEAD =
	'(?:目标)?实际完成情况|全年实际完成情况|年度总体目标完成情况(?:综述)?|具体完成情况|年度目标完成情况';

/**
 * Anchor of the goals block (年度总体目标, possibly printed vertically); glued text prints it with
 * the column headers (`年度总体目标年初设定目标全年实际完成情况`, Sichuan's
 * `项目基本情况1.项目年度目标完成情况项目年度目标年度目标完成情况`).
 */
export const GOALS_ANCHOR = new RegExp(
	// (literal alternatives first: findLabel reads the characters a label starts with off them)
	`^(项目基本情况|年度总体目标|项目年度目标|三、目标完成情况|年度目标|总体目标|年度总体绩效目标)` +
		`(?:(?<=项目基本情况)1\\.项目年度目标完成情况(?=${PLANNED_HEAD}))?(?<!项目基本情况)` +
		`(${PLANNED_HEAD})?(${ACHIEVED_HEAD})?$`
);

/** A goals anchor glued to both column headers: the goal texts after it are glued as well. */
export const GOALS_ANCHOR_HEADED = new RegExp(`(${PLANNED_HEAD})(${ACHIEVED_HEAD})$`);

/** Column headers inside the goals block, skipped before the goal texts. */
export const GOALS_HEADERS: readonly RegExp[] = [
	/^(预期目标(\(年初设定\))?|预算目标|年初设定目标|年度预期目标|项目年度目标)$/,
	/^((目标)?实际完成情况|全年实际完成情况|年度总体目标完成情况(综述)?|具体完成情况|年度目标完成情况|总体完成率\(%\))$/,
	/^1\.项目年度目标完成情况$/
];

/** Anchors of the indicator block. */
export const INDICATORS_ANCHOR =
	/^(绩效指标|一级指标|一级$|四、年度绩效指标|指标名称$|年度绩效目标\d*\(\d+分\)|项目权重一级指标|年度绩效指标)/;

/** Labels of the total row. */
export const TOTAL_ANCHOR = /^(总分|合计|总计|总得分)[:]?/;

/**
 * What departments print around a label (parsing/label-core.ts takes it off before matching):
 * numbering in front (`一、`, `1.`, `(1)`), and behind a colon, a column marker (`(A)`, `(B/A)`),
 * a unit (`(万元)`, `(%)`, `万元`), 调整后 or 盖章 notes.
 */
export const LABEL_NUMBERING =
	/^(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d)|\(\d{1,2}\))/;
export const LABEL_DECORATION =
	/(?:[:：]|\((?:[A-F]|[A-F][/+-][A-F]|%|万?元|单位:?万?元|调整后|盖章)\)|万元|(?<=[数额率值算金])元)$/;

/** Words of qualitative indicator values (domain.md §2: 及时, 稳步增长, 效果明显, 有效, 显著…). */
export const QUALITATIVE_TARGETS: readonly string[] = [
	'及时',
	'增长',
	'提升',
	'提高',
	'明显',
	'有效',
	'显著',
	'达标',
	'达到',
	'合规',
	'完善',
	'改善',
	'良好',
	'满意',
	'规范',
	'预期',
	'严格执行'
];

/** Section labels and instructions the templates print after the total row (Sichuan's 评价结论…). */
export const AFTER_TOTAL_TEMPLATE_TEXT: readonly RegExp[] = [
	/^(评价结论|存在问题|改进措施|其他需要说明(的)?事项|项目负责人|财务负责人|填报人|联系电话|审核人|填报日期)[:：]?$/,
	/\(\d+字以内\)$/
];

/**
 * Labels forms print spaced out across a wide cell (`项 目 名 称`, `总 分`, `实 际 值`): PDF text
 * splits them at every space, so such a run of single characters is joined when it spells one.
 */
export const SPACED_LABEL = new RegExp(
	[
		...HEADER_LABELS.map(([p]) => p),
		...FUND_COLUMNS.map(([p]) => p),
		...FUND_ROWS.map(([p]) => p),
		...INDICATOR_HEADER.map(([p]) => p),
		...GOALS_HEADERS,
		GOALS_ANCHOR,
		FUNDS_ANCHOR,
		INDICATORS_ANCHOR,
		TOTAL_ANCHOR
	]
		// whole words only: a run of spaced labels is cut into the labels it spells
		.map((p) => `(?:${p.source})$`)
		.concat('^(?:二级指标|三级指标|指标名称)$')
		.join('|')
);
