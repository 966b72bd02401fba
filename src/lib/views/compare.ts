/**
 * The 对比 page: each department, project or indicator in year A and year B. Its queries, and
 * from their rows what it shows — the summary figures, the table and its notes. The selection
 * (what, which years, which measures) is read from the URL by the page (state/compare-selection).
 */
import { describeChange, type Change } from '../format/change.ts';
import { formatCell, type CellKind } from '../format/cell.ts';
import { formatAmount, pickAmountUnit } from '../format/number.ts';
import { thresholdText } from '../format/thresholds.ts';
import { filtersText } from '../export/filter-text.ts';
import { measureSpec, type CompareRow, type CompareSelection } from '../model/compare.ts';
import type { Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import { rateBandOf, type Thresholds } from '../model/thresholds.ts';
import { compareQuery, compareTotalQuery } from '../queries/compare.ts';
import { originCountsQuery, type OriginCountsRow } from '../queries/origins.ts';
import { compareColumns } from './compare-columns.ts';
import { linksOf, table, type Nav, type PageStatus, type Section } from './page.ts';

export function compareQueries(filters: Filters, selection: CompareSelection | null) {
	return {
		rows: selection ? compareQuery(filters, selection) : null,
		totals: selection ? compareTotalQuery(filters, selection) : null,
		origins: originCountsQuery(filters)
	};
}

export type CompareResults = Results<ReturnType<typeof compareQueries>>;

export interface SummaryFigure {
	id: string;
	label: string;
	value: string;
	unit: string;
	change: Change | null;
}

/** How many rows fall below each threshold in year B, of how many with a rate. */
export interface BelowThresholds {
	attention: number;
	watch: number;
	of: number;
	/** "▲ 低于60%，● 60%–90%" under the thresholds in force */
	legend: string;
}

export interface CompareView {
	/** before the controls: the years are known, a selection exists */
	status: PageStatus;
	/** below the controls: the comparison's rows */
	tableStatus: PageStatus;
	origins: OriginCountsRow | null;
	noun: string;
	figures: SummaryFigure[];
	below: BelowThresholds | null;
	sections: Section[];
	busy: boolean;
	/** the thresholds as the notes name them */
	watch: string;
	attention: string;
	/** how the table reads, one line each (shown below it, printed in its foot) */
	notes: string[];
}

/** How the table reads: the change, the marks under the thresholds in force, the totals. */
function compareNotes(s: CompareSelection, t: Thresholds): string[] {
	const [watch, attention] = [thresholdText(t.watch), thresholdText(t.attention)];
	return [
		`变化 = ${s.yearB}年 − ${s.yearA}年；变化率 = 变化 ÷ |${s.yearA}年|；执行率变化以百分点计。`,
		`执行率 = 执行数 ÷ 调整后预算数；▲ 低于${attention}需关注，● ${attention}–${watch}需留意；等级按总分计算（中 ●，差 ▲）。`,
		'“合计 / 平均”行：金额与个数为合计，执行率为合计执行数 ÷ 合计预算数，得分为全部表单的平均。',
		'金额单位：万元。一个年度没有数据的对象，该年度及变化显示为“—”。'
	];
}

const NOUNS = { department: '部门', project: '项目', indicator: '指标' } as const;
const TITLES = { department: '各部门', project: '各项目', indicator: '各绩效指标' } as const;
const TOTAL_WORD: Record<string, string> = { amount: '合计', count: '合计', points: '平均' };

/** Each chosen measure over the whole comparison (the 合计 / 平均 row), B against A. */
function summaryFigures(s: CompareSelection, total: CompareRow | null): SummaryFigure[] {
	if (!total) return [];
	return s.measures
		.map(measureSpec)
		.filter((m) => m.change !== 'none')
		.map((m) => {
			const kind = m.change as Exclude<typeof m.change, 'none'>;
			const label = m.label[s.by]!;
			const summed = m.id === 'points_lost' ? '合计' : (TOTAL_WORD[kind] ?? '');
			const b = total[`${m.id}_b`] ?? null;
			// large sums read in 亿元, as on the overview
			const amountUnit = b !== null ? pickAmountUnit(String(b)) : undefined;
			const unit = kind === 'amount' && amountUnit ? amountUnit : m.unit;
			return {
				id: m.id,
				label: kind === 'rate' || label.startsWith('平均') ? label : `${label}${summed}`,
				value:
					kind === 'amount' && b !== null
						? formatAmount(String(b), amountUnit)
						: formatCell(b, kind as CellKind),
				unit: unit === '个' ? '' : unit,
				change: describeChange(b, total[`${m.id}_a`] ?? null, kind, amountUnit)
			};
		});
}

export function compareView(
	filters: Filters,
	selection: CompareSelection | null,
	years: { loading: boolean; error: string | null; count: number },
	results: CompareResults,
	nav: Nav
): CompareView {
	const t = filters.thresholds;
	const { rows, totals } = results.rows;
	const error = years.error ?? results.error;
	const status: PageStatus = error
		? { kind: 'error', message: error }
		: years.loading && years.count === 0
			? { kind: 'loading' }
			: !selection
				? { kind: 'empty', message: '所选年度范围内没有数据。' }
				: { kind: 'ready' };
	const tableStatus: PageStatus =
		results.loading && rows.length === 0
			? { kind: 'loading', message: '正在计算对比表…' }
			: rows.length === 0 && selection
				? {
						kind: 'empty',
						message: `${selection.yearA}年与${selection.yearB}年在当前筛选条件下都没有表单。`
					}
				: { kind: 'ready' };
	const rates = rows.map((r) => r.rate_b ?? null).filter((v) => v !== null);
	const bands = rates.map((v) => rateBandOf(v, t));
	const title = selection
		? `${TITLES[selection.by]}${selection.yearA}年与${selection.yearB}年对比`
		: '对比';
	const href = (row: CompareRow): string | null => {
		if (selection?.by === 'department' && row.name)
			return nav.href('/department/', { d: String(row.name) });
		if (selection?.by === 'project' && row.form_id !== null && row.form_id !== undefined)
			return nav.href('/project/', { id: String(row.form_id) });
		return null;
	};
	return {
		status,
		tableStatus,
		origins: results.rows.origins[0] ?? null,
		noun: selection ? NOUNS[selection.by] : '',
		figures: selection ? summaryFigures(selection, totals[0] ?? null) : [],
		below:
			selection?.measures.includes('rate') && rows.length
				? {
						attention: bands.filter((b) => b === 'attention').length,
						watch: bands.filter((b) => b === 'watch').length,
						of: rates.length,
						legend: `▲ 低于${thresholdText(t.attention)}，● ${thresholdText(t.attention)}–${thresholdText(t.watch)}`
					}
				: null,
		sections: selection
			? [
					table({
						caption: title,
						rows,
						columns: compareColumns(selection, t, href, linksOf(nav).department),
						printPage: 'landscape',
						total: totals[0] ?? null,
						totalLabel: '合计 / 平均',
						pageSize: 100,
						download: { title, filters: filtersText(filters) },
						notes: compareNotes(selection, t)
					})
				]
			: [],
		busy: results.loading,
		watch: thresholdText(t.watch),
		attention: thresholdText(t.attention),
		notes: selection ? compareNotes(selection, t) : []
	};
}
