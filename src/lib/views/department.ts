/**
 * The 部门 page: one department across years (`?d=`). Its queries, and from their rows what it
 * shows — KPI cards for the latest year, its trend and budget charts, its projects with a 合计
 * row, and the indicators on which it lost the most points.
 */
import { budgetUnit, departmentBudgetOption } from '../charts/department-budget.ts';
import { departmentTrendOption } from '../charts/department-trend.ts';
import { projectColumn, spendColumns, type Column, type Links } from '../components/table.ts';
import { formatYearSpan } from '../format/years.ts';
import { forDepartment, type Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import { gradeTone } from '../model/rules.ts';
import {
	departmentProjectsQuery,
	departmentTotalQuery,
	departmentWeakIndicatorsQuery,
	departmentYearsQuery,
	type DepartmentProjectRow,
	type DepartmentWeakIndicatorRow
} from '../queries/department.ts';
import { originCountsQuery, type OriginCountsRow } from '../queries/origins.ts';
import {
	chart,
	departmentStatus,
	linksOf,
	table,
	type Nav,
	type PageStatus,
	type Section
} from './page.ts';
import { departmentCards, yearKpis, type YearKpis } from './year-kpis.ts';

/** The department a URL names (`d`); null when none, undefined before the URL is known. */
export const departmentOf = (params: URLSearchParams | null) =>
	params ? params.get('d') || null : undefined;

export function departmentQueries(filters: Filters, department: string | null | undefined) {
	const d = department ?? null;
	return {
		years: d ? departmentYearsQuery(d, filters) : null,
		total: d ? departmentTotalQuery(d, filters) : null,
		projects: d ? departmentProjectsQuery(d, filters) : null,
		weak: d ? departmentWeakIndicatorsQuery(d, filters) : null,
		origins: d ? originCountsQuery(forDepartment(filters, d)) : null
	};
}

export type DepartmentResults = Results<ReturnType<typeof departmentQueries>>;

export interface DepartmentView {
	title: string;
	status: PageStatus;
	origins: OriginCountsRow | null;
	trail: { label: string; href?: string }[];
	kpis: YearKpis;
	sections: Section[];
}

function projectColumns(links: Links): Column<DepartmentProjectRow>[] {
	return [
		projectColumn(links),
		{ key: 'year', label: '年度', kind: 'year' },
		...spendColumns<DepartmentProjectRow>(),
		{
			key: 'rate',
			label: '执行率',
			kind: 'rate',
			tone: (r) => (r.rate_band === 'attention' || r.rate_band === 'watch' ? r.rate_band : null)
		},
		{ key: 'total_score', label: '总分', kind: 'points' },
		{ key: 'grade', label: '等级', kind: 'text', tone: (r) => gradeTone(r.grade) },
		{ key: 'weak_count', label: '失分指标（项）', kind: 'count' }
	];
}

function weakColumns(links: Links): Column<DepartmentWeakIndicatorRow>[] {
	return [
		{ key: 'name', label: '三级指标', kind: 'text', wide: true },
		projectColumn(links),
		{ key: 'year', label: '年度', kind: 'year' },
		{ key: 'target', label: '年度指标值', kind: 'text' },
		{ key: 'actual', label: '实际完成值', kind: 'text' },
		{ key: 'weight', label: '分值', kind: 'points' },
		{ key: 'score', label: '得分', kind: 'points' },
		{ key: 'points_lost', label: '失分', kind: 'points', tone: () => 'attention' },
		{ key: 'note', label: '偏差原因分析及改进措施', kind: 'text', wide: true }
	];
}

export function departmentView(
	filters: Filters,
	department: string | null | undefined,
	results: DepartmentResults,
	nav: Nav
): DepartmentView {
	const { years, total, projects, weak, origins } = results.rows;
	const name = department ?? '部门';
	const span = formatYearSpan(years[0]?.year, years.at(-1)?.year);
	const links = linksOf(nav);
	const sum = total[0];
	const status = departmentStatus(department, results, years, nav, '');
	return {
		title: name,
		status:
			status.kind === 'empty'
				? { kind: 'empty', message: `当前筛选条件下，${name}没有自评表。` }
				: status,
		origins: origins[0] ?? null,
		trail: [{ label: '总览', href: nav.href('/') }, { label: name }],
		kpis: yearKpis(years, departmentCards(filters.thresholds)),
		sections: [
			chart({
				title: `预算执行率与平均总分（${span}）`,
				note: '执行率 = 执行数合计 ÷ 调整后预算合计；总分为各项目自评总分的平均。',
				label: '部门预算执行率与平均总分年度趋势',
				option: departmentTrendOption(years),
				span: 6
			}),
			chart({
				title: `调整后预算与执行数（${span}，${budgetUnit(years)}）`,
				note: '两者之差即当年结余。',
				label: '部门调整后预算与执行数',
				option: departmentBudgetOption(years),
				span: 6
			}),
			table({
				name: '项目',
				card: true,
				caption: `项目（${projects.length} 个，${span}）：点击项目名称查看自评表`,
				rows: projects,
				columns: projectColumns(links),
				total: sum
					? {
							adjusted: sum.adjusted,
							executed: sum.executed,
							unspent: sum.unspent,
							rate: sum.rate,
							weak_count: sum.weak_indicators
						}
					: null
			}),
			table({
				name: '失分最多的指标',
				card: true,
				caption: `失分最多的指标（前 ${weak.length} 项，失分 = 分值 − 得分）`,
				rows: weak,
				columns: weakColumns(links),
				empty: results.loading ? undefined : '✓ 所选年度内，本部门没有失分的指标。'
			})
		]
	};
}
