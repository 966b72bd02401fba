/**
 * The 指标分析 page: its queries, and from their rows what it shows — KPI cards, points lost by
 * category, department and year, a department × year heatmap, and the lists of weak,
 * unexplained, inflated and recurring indicators.
 */
import { pointsLostHeatmapOption } from '../charts/points-lost-heatmap.ts';
import { categoryLossOption, departmentLossOption, yearLossOption } from '../charts/points-lost.ts';
import { rankingHeight, rankingLabelWidth } from '../charts/ranking-bars.ts';
import { formatCount, formatPoints } from '../format/number.ts';
import { formatYearSpan } from '../format/years.ts';
import type { Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import {
	indicatorSummaryQuery,
	pointsLostByCategoryQuery,
	pointsLostByDepartmentQuery,
	pointsLostByDepartmentYearQuery,
	pointsLostByYearQuery,
	recurringWeakQuery,
	weakIndicatorsQuery,
	type IndicatorSummaryRow
} from '../queries/indicators.ts';
import { originCountsQuery, type OriginCountsRow } from '../queries/origins.ts';
import {
	inflatedColumns,
	RECURRING_COLUMNS,
	unexplainedColumns,
	weakColumns
} from './indicators-columns.ts';
import { chart, linksOf, pageStatus, table, toneIfAny } from './page.ts';
import type { KpiView, Nav, PageStatus, Section } from './page.ts';

export function indicatorsQueries(filters: Filters) {
	return {
		summary: indicatorSummaryQuery(filters),
		categories: pointsLostByCategoryQuery(filters),
		departments: pointsLostByDepartmentQuery(filters, 15),
		years: pointsLostByYearQuery(filters),
		heat: pointsLostByDepartmentYearQuery(filters, 20),
		weak: weakIndicatorsQuery(filters, 'weak'),
		unexplained: weakIndicatorsQuery(filters, 'unexplained'),
		inflated: weakIndicatorsQuery(filters, 'inflated'),
		recurring: recurringWeakQuery(filters),
		origins: originCountsQuery(filters)
	};
}

export type IndicatorsResults = Results<ReturnType<typeof indicatorsQueries>>;

export interface IndicatorsView {
	status: PageStatus;
	origins: OriginCountsRow | null;
	period: string;
	kpis: KpiView[];
	sections: Section[];
}

/** The headline figures over the selection's indicators. */
function indicatorKpis(s: IndicatorSummaryRow): KpiView[] {
	return [
		{ label: '绩效指标', value: formatCount(s.indicators), unit: '项' },
		{
			label: '失分指标',
			value: formatCount(s.lost),
			unit: '项',
			tone: toneIfAny(s.lost, 'watch')
		},
		{ label: '失分合计', value: formatPoints(s.points_lost), unit: '分' },
		{ label: '未达年度指标值', value: formatCount(s.missed), unit: '项' },
		{
			label: '失分未说明原因',
			value: formatCount(s.no_reason),
			unit: '项',
			tone: toneIfAny(s.no_reason, 'attention')
		},
		{
			label: '未达标却给满分',
			value: formatCount(s.inflated),
			unit: '项',
			tone: toneIfAny(s.inflated, 'attention')
		}
	];
}

/** Says when a list shows only the first rows of a longer result. */
const listed = (shown: number, total: number) => (shown < total ? `，列出前 ${shown} 项` : '');

export function indicatorsView(
	filters: Filters,
	results: IndicatorsResults,
	nav: Nav,
	viewport = 1280
): IndicatorsView {
	const r = results.rows;
	const head = r.summary[0] ?? null;
	const span = formatYearSpan(head?.first_year, head?.last_year);
	const labelWidth = rankingLabelWidth(viewport);
	const lossy = r.categories.filter((c) => c.lost > 0);
	const heatDepartments = new Set(r.heat.map((c) => c.department)).size;
	const links = linksOf(nav);
	/** A department bar (`key`) or heatmap cell (`department`) filters the page to it. */
	const filterDepartment = (data: unknown) => {
		const item = data as { key?: string; department?: string } | undefined;
		const department = item?.key ?? item?.department;
		if (department) nav.apply({ ...filters, departments: [department] });
	};
	return {
		status: pageStatus(results, r.summary, (rows) => !rows[0] || rows[0].indicators === 0),
		origins: r.origins[0] ?? null,
		period: head
			? `${span}，${head.forms} 个项目的绩效指标；失分 = 分值 − 得分，完成程度 = 实际完成值 ÷ 年度指标值（反向指标取倒数）。`
			: '',
		kpis: head ? indicatorKpis(head) : [],
		sections: [
			chart({
				title: `各类指标失分（${span}，按二级指标）`,
				note: '颜色表示所属一级指标（见图例）。',
				label: '各类指标失分',
				option: categoryLossOption(lossy, labelWidth),
				height: rankingHeight(lossy.length),
				span: 6
			}),
			chart({
				title: `指标失分最多的部门（${span}）`,
				note: '点击条形只看该部门。',
				label: '指标失分最多的部门',
				option: departmentLossOption(r.departments, labelWidth),
				height: rankingHeight(r.departments.length),
				span: 6,
				onselect: filterDepartment
			}),
			chart({
				title: `指标失分分年度（${span}）`,
				label: '指标失分分年度',
				option: yearLossOption(r.years),
				height: '280px',
				span: 12
			}),
			chart({
				title: `各部门平均每个项目的指标失分（${span}，失分最多的 ${heatDepartments} 个部门）`,
				note: '颜色越深失分越多；点击单元格只看该部门。',
				label: '各部门分年度平均每个项目的指标失分',
				option: pointsLostHeatmapOption(r.heat, labelWidth),
				height: `${Math.max(200, heatDepartments * 26 + 110)}px`,
				span: 12,
				onselect: filterDepartment
			}),
			table({
				caption: '反复失分的指标（同名指标在多个项目或年度失分或未达标，按次数排序，前 30 项）',
				rows: r.recurring,
				columns: RECURRING_COLUMNS,
				pageSize: 10
			}),
			table({
				caption: `失分或未达年度指标值的指标（共 ${head?.weak ?? 0} 项，按失分排序${listed(r.weak.length, head?.weak ?? 0)}）`,
				rows: r.weak,
				columns: weakColumns(links),
				pageSize: 20
			}),
			table({
				caption: `失分但未填写偏差原因的指标（共 ${head?.no_reason ?? 0} 项${listed(r.unexplained.length, head?.no_reason ?? 0)}）`,
				rows: r.unexplained,
				columns: unexplainedColumns(links),
				pageSize: 10
			}),
			table({
				caption: `未达年度指标值却给满分的指标（共 ${head?.inflated ?? 0} 项，疑似自评偏高${listed(r.inflated.length, head?.inflated ?? 0)}）`,
				rows: r.inflated,
				columns: inflatedColumns(links),
				pageSize: 10
			})
		]
	};
}
