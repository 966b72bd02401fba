/**
 * Indicator table columns, as data: the header labels that name them, the canonical order, and
 * the orders particular templates print (Anhui puts 分值 before 年度指标值; Hebei adds columns).
 */

/** One indicator column. `skip` is a printed column the record does not keep. */
export type IndicatorColumn =
	'name' | 'op' | 'value' | 'unit' | 'target' | 'actual' | 'weight' | 'score' | 'note' | 'skip';

/** Header label → column, tried in order on the compacted header cell. */
export const INDICATOR_HEADER: ReadonlyArray<readonly [RegExp, IndicatorColumn]> = [
	[/^三级指标|^指标名称\(三级指标\)$/, 'name'],
	// (符号: 河北 F020; 计量单位: 重庆 F106)
	[/^(指标性质|符号)$/, 'op'],
	[/^指标值$/, 'value'],
	[/^(度量|计量)单位$/, 'unit'],
	[/^(年度指标值|年初目标值|预期指标值|年度目标值|年初指标值|目标值)/, 'target'],
	[/^(实际完成值|全年实际值|完成值|实际值|全年完成值|全年实际完成值|年终完成值)/, 'actual'],
	[/^(分值|权重|指标分值)$/, 'weight'],
	[/^(自评|实际)?得分|^自评分$/, 'score'],
	// 湖北: a reviewer's score column left blank, and the scoring rule of each row
	[/^(复核分|评价标准(及依据)?)$/, 'skip'],
	[/^(偏差原因|未完成原因|原因分析)/, 'note']
];

/**
 * How a 指标解释 cell (河北) opens: `反映…情况`, the wording of the indicator explanations in the
 * national indicator framework. Where PDF text prints a name as wide as its column right above
 * the explanation, nothing else marks where the name ends.
 */
export const EXPLANATION_START = /^反映/;

/** Words of the indicator column header, wherever extraction puts them. */
export const INDICATOR_HEADER_WORDS =
	/^(一级|二级|三级)?指标(名称)?$|^(一级|二级|三级)$|^(年度|实际|指标值|完成值|分值|得分|权重|年度指标值|实际完成值|全年实际值)$/;

const CANONICAL: readonly IndicatorColumn[] = [
	'name',
	'op',
	'value',
	'unit',
	'target',
	'actual',
	'weight',
	'score',
	'note'
];

/** Column orders printed by particular templates (by template id). */
export const TEMPLATE_COLUMNS: Readonly<Record<string, readonly IndicatorColumn[]>> = {
	anhui: ['name', 'weight', 'target', 'actual', 'score', 'note'],
	ningxia: ['name', 'weight', 'target', 'actual', 'score', 'note'],
	sichuan: ['name', 'op', 'value', 'unit', 'actual', 'weight', 'score', 'note'],
	mofplus: ['name', 'op', 'value', 'unit', 'actual', 'weight', 'score', 'note'],
	yunnan20: ['name', 'target', 'actual', 'score', 'note'],
	transfer: ['name', 'target', 'actual', 'note'],
	hubei: ['name', 'target', 'actual', 'score', 'skip', 'skip'],
	hebei: ['name', 'skip', 'op', 'value', 'unit', 'actual', 'skip', 'score', 'weight', 'skip']
};

/** Puts the columns a header names in the canonical order (headers are often scrambled). */
export function canonicalColumns(found: readonly IndicatorColumn[]): IndicatorColumn[] {
	const set = new Set(found);
	if (set.has('op') || set.has('unit')) set.delete('target');
	if (!set.has('target') && !set.has('value')) set.add('target');
	for (const c of ['name', 'actual', 'weight', 'score'] as const) set.add(c);
	return CANONICAL.filter((c) => set.has(c));
}
