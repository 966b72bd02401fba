/**
 * The 执行与结余 page: its queries, and from their rows what it shows — KPI cards, the
 * departments and projects that left most unspent, the lowest rates, the largest mid-year cuts
 * and additions, and budget size against execution. Every mark follows the filters' thresholds.
 */
import { budgetScatterOption } from '../charts/budget-scatter.ts';
import { rankingHeight, rankingLabelWidth } from '../charts/ranking-bars.ts';
import { unspentRankingOption } from '../charts/unspent-ranking.ts';
import { formatAmount, formatCount, formatRate, pickAmountUnit } from '../format/number.ts';
import { thresholdText } from '../format/thresholds.ts';
import { formatYearSpan } from '../format/years.ts';
import type { Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import { originCountsQuery, type OriginCountsRow } from '../queries/origins.ts';
import {
	budgetChangesQuery,
	budgetRatePointsQuery,
	underspendSummaryQuery,
	unspentDepartmentsQuery,
	unspentProjectsQuery,
	type UnderspendSummaryRow
} from '../queries/underspending.ts';
import { changeColumns, departmentColumns, projectColumns } from './underspending-columns.ts';
import { chart, linksOf, pageStatus, table, toneIfAny } from './page.ts';
import type { KpiView, Nav, PageStatus, Section } from './page.ts';

export function underspendingQueries(filters: Filters) {
	return {
		summary: underspendSummaryQuery(filters),
		departments: unspentDepartmentsQuery(filters, 1000),
		byUnspent: unspentProjectsQuery(filters, 'unspent', 15),
		byRate: unspentProjectsQuery(filters, 'rate', 30),
		cuts: budgetChangesQuery(filters, 'cut', 10),
		additions: budgetChangesQuery(filters, 'add', 10),
		points: budgetRatePointsQuery(filters),
		origins: originCountsQuery(filters)
	};
}

export type UnderspendingResults = Results<ReturnType<typeof underspendingQueries>>;

export interface UnderspendingView {
	status: PageStatus;
	origins: OriginCountsRow | null;
	/** the years covered and the formulas, above the cards */
	period: string;
	kpis: KpiView[];
	sections: Section[];
}

/** The headline figures over the selection; the threshold counts named by the thresholds. */
function underspendKpis(s: UnderspendSummaryRow, filters: Filters): KpiView[] {
	const t = filters.thresholds;
	const unit = pickAmountUnit(s.adjusted);
	const changeUnit = pickAmountUnit(s.cuts);
	return [
		{ label: '项目数', value: formatCount(s.forms), unit: '个' },
		{ label: '调整后预算', value: formatAmount(s.adjusted, unit), unit },
		{ label: '结余金额', value: formatAmount(s.unspent, unit), unit },
		{ label: '预算执行率', value: formatRate(s.rate) },
		{
			label: `执行率低于${thresholdText(t.watch)}的项目`,
			value: formatCount(s.below_watch),
			unit: '个',
			tone: toneIfAny(s.below_watch, 'watch')
		},
		{
			label: `执行率低于${thresholdText(t.attention)}的项目`,
			value: formatCount(s.below_attention),
			unit: '个',
			tone: toneIfAny(s.below_attention, 'attention')
		},
		{ label: '年中调减预算', value: formatAmount(s.cuts, changeUnit), unit: changeUnit },
		{ label: '年中调增预算', value: formatAmount(s.additions, changeUnit), unit: changeUnit }
	];
}

/** `viewport`: the window's width in px (ranking labels narrow on a phone). */
export function underspendingView(
	filters: Filters,
	results: UnderspendingResults,
	nav: Nav,
	viewport = 1280
): UnderspendingView {
	const { summary, departments, byUnspent, byRate, cuts, additions, points } = results.rows;
	const head = summary[0] ?? null;
	const t = filters.thresholds;
	const watch = thresholdText(t.watch);
	const attention = thresholdText(t.attention);
	const span = formatYearSpan(head?.first_year, head?.last_year);
	const labelWidth = rankingLabelWidth(viewport);
	const links = linksOf(nav);
	const marks = `▲ 执行率低于${attention}，● 低于${watch}`;
	const topDepartments = departments.slice(0, 15);
	return {
		status: pageStatus(results, summary, (rows) => !rows[0] || rows[0].forms === 0),
		origins: results.rows.origins[0] ?? null,
		period: `${span}，结余 = 调整后预算 − 执行数；执行率 = 执行数 ÷ 调整后预算。`,
		kpis: head ? underspendKpis(head, filters) : [],
		sections: [
			chart({
				title: `结余金额最多的部门（${span}）`,
				note: `${marks}；点击条形只看该部门。`,
				label: '结余金额最多的部门',
				option: unspentRankingOption(
					topDepartments.map((d) => ({ ...d, name: d.department })),
					labelWidth
				),
				height: rankingHeight(topDepartments.length),
				span: 6,
				onselect: (data) => {
					const bar = data as { key?: string } | undefined;
					if (bar?.key) nav.apply({ ...filters, departments: [bar.key] });
				}
			}),
			chart({
				title: `结余金额最多的项目（${span}）`,
				note: `${marks}。`,
				label: '结余金额最多的项目',
				option: unspentRankingOption(
					byUnspent.map((p) => ({
						...p,
						name: `${p.project ?? '（未命名项目）'}（${p.year ?? '—'}）`
					})),
					labelWidth
				),
				height: rankingHeight(byUnspent.length),
				span: 6
			}),
			table({
				caption: `各部门结余与执行率（${span}，按结余金额排序）`,
				rows: departments,
				columns: departmentColumns(watch, links),
				total: head,
				pageSize: 15
			}),
			table({
				caption: `执行率最低的项目（${span}，前 30 个）`,
				rows: byRate,
				columns: projectColumns(links),
				pageSize: 15
			}),
			table({
				caption: '年中调减最多的项目（年初预算 → 调整后预算）',
				rows: cuts,
				columns: changeColumns(links)
			}),
			table({
				caption: '年中调增最多的项目（年初预算 → 调整后预算）',
				rows: additions,
				columns: changeColumns(links)
			}),
			chart({
				title: `预算规模与执行率（${span}，每点一个项目）`,
				note: `纵轴为执行率，横轴为调整后预算（万元，对数刻度）；虚线为 ${watch} 与 ${attention} 阈值。`,
				label: '预算规模与执行率散点图',
				option: budgetScatterOption(points, t),
				height: '380px',
				span: 12
			})
		]
	};
}
