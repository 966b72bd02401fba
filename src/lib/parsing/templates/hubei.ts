/**
 * The Hubei template (湖北 项目决策/项目管理/项目绩效, domain.md §3 row HB) as data: its funds
 * columns, the labels that end its goals list, its indicator table header and the words of its
 * section labels. The readers in ../hubei.ts use them on text whose reading order is broken.
 */
import type { FundColumn } from './labels.ts';

/**
 * Funds columns in printed order (compacted label → field). The source breakdown columns
 * (中央, 省、地, 本级, 其他) are left blank on most forms and are not kept; 合计, 执行数 and
 * 执行率 are always filled, so the values read right-anchored from the rate.
 */
export const HUBEI_FUND_COLUMNS: ReadonlyArray<
	readonly [label: RegExp, field: FundColumn | 'skip']
> = [
	[/^中央(\((万)?元\))?$/, 'skip'],
	[/^省、?地(\((万)?元\))?$/, 'skip'],
	[/^本级(\((万)?元\))?$/, 'skip'],
	[/^其他(\((万)?元\))?$/, 'skip'],
	[/^合计(\((万)?元\))?$/, 'adjusted'],
	[/^(全年|实际|全年实际|预算)?执行数(\((万)?元\))?$/, 'executed'],
	[/^(预算|资金)?执行率?$/, 'rate']
];

/** Unit cells printed under the funds columns (and the 率 of a wrapped 执行率). */
export const HUBEI_FUND_UNIT_CELLS = /^\((万)?元\)$|^率$/;

/** A numbered goal item (`1.完成…`, `2、`). */
export const HUBEI_GOAL_ITEM = /^1[.、．](?!\d)/;

/** Labels that end the goals list (the next table's header). */
export const HUBEI_GOAL_STOPS =
	/^(项目权重|评价内容|分值|自评分|复核分|一级|项目决策|项目管理|项目绩效|单位领导审签|填报日期)/;

/** The pieces of the indicator table header, however extraction wrapped them. */
export const HUBEI_INDICATOR_HEADER =
	/^(项目权重|(一级|二级|三级)(指标)?|指标|指标名称|(指标名称)?\(三级指标\)|年初指?|年初指标值|标值|年终完?|年终完成值|成值|自评分?|复核分?|分|评价标准(及依据)?)$/;

/** Section labels of the template (项目决策 2 分 …), printed split over cells. */
export const HUBEI_SECTIONS: readonly string[] = ['项目决策', '项目管理', '项目绩效'];
