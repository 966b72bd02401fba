/**
 * The 总览 page: its queries, and from their rows what it shows — KPI cards for the latest
 * year, the department × year heatmap, the lowest execution rates, the yearly trend and the
 * grade distribution. Pure: runs in Node and the browser alike.
 */
import { gradeDistributionOption } from '../charts/grade-distribution.ts';
import { projectRatesOption } from '../charts/project-rates.ts';
import { rateHeatmapOption } from '../charts/rate-heatmap.ts';
import { yearTrendOption } from '../charts/year-trend.ts';
import { thresholdText } from '../format/thresholds.ts';
import { formatYearSpan } from '../format/years.ts';
import type { Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import { GRADE_BANDS } from '../model/rules.ts';
import { originCountsQuery, type OriginCountsRow } from '../queries/origins.ts';
import {
	gradeDistributionQuery,
	projectRatesQuery,
	rateHeatmapQuery,
	summaryByYearQuery
} from '../queries/overview.ts';
import { pageStatus, type ChartView, type Nav, type PageStatus } from './page.ts';
import { lastCall } from './memo.ts';
import { overviewCards, yearKpis, type YearKpis } from './year-kpis.ts';

// Each chart's option is built again only when its rows (or the thresholds) changed.
const heatmapOption = lastCall(rateHeatmapOption);
const ratesOption = lastCall(projectRatesOption);
const trendOption = lastCall(yearTrendOption);
const gradesOption = lastCall(gradeDistributionOption);

/** The lowest execution rates the page lists. */
const LOWEST = 15;

export function overviewQueries(filters: Filters) {
	return {
		years: summaryByYearQuery(filters),
		heat: rateHeatmapQuery(filters),
		grades: gradeDistributionQuery(filters),
		lowest: projectRatesQuery(filters, LOWEST),
		origins: originCountsQuery(filters)
	};
}

export type OverviewResults = Results<ReturnType<typeof overviewQueries>>;

export interface OverviewView {
	status: PageStatus;
	origins: OriginCountsRow | null;
	kpis: YearKpis;
	charts: ChartView[];
}

export function overviewView(filters: Filters, results: OverviewResults, nav: Nav): OverviewView {
	const { years, heat, grades, lowest, origins } = results.rows;
	const t = filters.thresholds;
	const span = formatYearSpan(years[0]?.year, years.at(-1)?.year);
	const departments = new Set(heat.map((c) => c.department)).size;
	return {
		status: pageStatus(results, years),
		origins: origins[0] ?? null,
		kpis: yearKpis(years, overviewCards(t)),
		charts: [
			{
				title: `各部门预算执行率（${span}）`,
				note: '执行率 = 执行数 ÷ 调整后预算数；点击单元格查看该部门。',
				label: '各部门预算执行率热力图',
				option: heatmapOption(heat, t),
				height: `${Math.max(220, departments * 26 + 110)}px`,
				span: 12,
				renderer: 'svg',
				onselect: (data) => {
					const cell = data as { department?: string } | undefined;
					if (cell?.department) nav.open('/department/', { d: cell.department });
				}
			},
			{
				title: `预算执行率最低的项目（${span}，前 ${lowest.length} 个）`,
				note: `红色 ▲ 低于${thresholdText(t.attention)}，橙色 ● 低于${thresholdText(t.watch)}；点击条形查看项目自评表。`,
				label: '各项目预算执行率',
				option: ratesOption(lowest, t),
				height: `${Math.max(160, lowest.length * 30 + 60)}px`,
				span: 12,
				onselect: (data) => {
					const bar = data as { formId?: number } | undefined;
					if (bar?.formId !== undefined) nav.open('/project/', { id: String(bar.formId) });
				}
			},
			{
				title: '预算执行率与平均总分（分年度）',
				label: '预算执行率与平均总分年度趋势',
				option: trendOption(years),
				span: 6
			},
			{
				title: `自评等级分布（${span}）`,
				note: `等级按总分计算：${GRADE_BANDS.source}`,
				label: '自评等级分布',
				option: gradesOption(grades),
				height: '280px',
				span: 6
			}
		]
	};
}
