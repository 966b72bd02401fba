/**
 * A department's brief for leadership, one A4 sheet (部门 › 打印简报): its judged KPIs for the
 * latest year with the change on the year before and a traffic light each (model/brief-signals.ts),
 * its execution trend, and for that latest year the projects that left the most unspent, the
 * main causes of lost points and the indicators that lost the most; then the data version and
 * the filters. The queries come in two steps: the series first, which names the latest year,
 * then that year's details.
 */
import { briefTrendOption } from '../charts/brief-trend.ts';
import { describeChange } from '../format/change.ts';
import { signalRuleText, signalValueText } from '../format/brief.ts';
import { formatAmount, formatCount, pickAmountUnit } from '../format/number.ts';
import { formatYearSpan } from '../format/years.ts';
import { filtersText } from '../export/filter-text.ts';
import { briefSignalRules, signalOf } from '../model/brief-signals.ts';
import { forDepartment, type Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import type { Value } from '../model/values.ts';
import { departmentWeakIndicatorsQuery, departmentYearsQuery } from '../queries/department.ts';
import {
	departmentSignalYearsQuery,
	departmentUnderspentQuery
} from '../queries/department-brief.ts';
import { originCountsQuery } from '../queries/origins.ts';
import { causeSummaryQuery } from '../queries/reasons.ts';
import { BRIEF_ROWS, causesTable, underspentTable, weakTable } from './brief-tables.ts';
import type { BriefKpi, BriefTable } from '../components/brief/types.ts';
import { departmentStatus, type ChartView, type Nav, type PageStatus } from './page.ts';

/** The series: the department's figures and judged shares per year, and its forms' origins. */
export function briefSeriesQueries(filters: Filters, department: string | null | undefined) {
	const d = department ?? null;
	return {
		years: d ? departmentYearsQuery(d, filters) : null,
		signals: d ? departmentSignalYearsQuery(d, filters) : null,
		origins: d ? originCountsQuery(forDepartment(filters, d)) : null
	};
}
export type BriefSeries = Results<ReturnType<typeof briefSeriesQueries>>;

/** The latest year the series has (the brief's year), null before it is in. */
export const briefYearOf = (series: BriefSeries) => series.rows.years.at(-1)?.year ?? null;

/** The filters narrowed to one year. */
const inYear = (filters: Filters, year: number): Filters => ({
	...filters,
	yearFrom: year,
	yearTo: year
});

/** The latest year's details, once the series has named it. */
export function briefDetailQueries(
	filters: Filters,
	department: string | null | undefined,
	year: number | null
) {
	const d = department ?? null;
	const f = year === null ? null : inYear(filters, year);
	return {
		underspent: d && f ? departmentUnderspentQuery(d, f, BRIEF_ROWS.underspent) : null,
		causes: d && f ? causeSummaryQuery(forDepartment(f, d)) : null,
		weak: d && f ? departmentWeakIndicatorsQuery(d, f, BRIEF_ROWS.weak) : null
	};
}
export type BriefDetails = Results<ReturnType<typeof briefDetailQueries>>;

export interface DepartmentBrief {
	title: string;
	trail: { label: string; href?: string }[];
	/** the 部门 page it belongs to */
	departmentHref: string | null;
	/** every query is in: the sheet is whole (the browser test waits for it) */
	complete: boolean;
	status: PageStatus;
	/** "2023年度", '' before the data */
	year: string;
	/** "2023年度（与2022年度相比）" */
	period: string;
	/** the department's size that year, in one sentence */
	scale: string;
	kpis: BriefKpi[];
	trend: ChartView;
	tables: BriefTable[];
	/** the sources of the lights' bounds, each once */
	sources: string[];
	/** the filters in words (the department aside: it is the title) */
	filters: string;
	/** what the figures are made of: real forms, 示例数据 */
	origin: string;
}

type YearRow = { year: number; [key: string]: Value };

/** The cell of `key` in `row` as a decimal string or null. */
function cell(row: YearRow | undefined, key: string): string | null {
	const v = row?.[key];
	return v === undefined || v === null || typeof v === 'boolean' ? null : String(v);
}

function scaleText(latest: YearRow, previous: YearRow | undefined): string {
	const unit = pickAmountUnit(cell(latest, 'adjusted'));
	const amount = (key: string) => {
		const change = previous
			? describeChange(cell(latest, key), cell(previous, key), 'amount', unit)
			: null;
		return `${formatAmount(cell(latest, key), unit)}${unit}${change ? `（较上年${change.text}）` : ''}`;
	};
	return (
		`${latest.year}年度共有自评表 ${formatCount(cell(latest, 'forms'))} 份，` +
		`调整后预算 ${amount('adjusted')}，执行数 ${amount('executed')}，结余 ${amount('unspent')}。`
	);
}

function originText(origins: { real: number; demo: number } | undefined): string {
	if (!origins) return '';
	const parts = [];
	if (origins.real > 0) parts.push(`真实表单 ${origins.real} 份`);
	if (origins.demo > 0) parts.push(`示例数据 ${origins.demo} 份（由生成器产生，并非真实自评表）`);
	return parts.join('，');
}

export function departmentBriefView(
	filters: Filters,
	department: string | null | undefined,
	series: BriefSeries,
	details: BriefDetails,
	nav: Nav
): DepartmentBrief {
	const { years, signals, origins } = series.rows;
	const name = department ?? '部门';
	const latest = years.at(-1);
	const before = years.at(-2);
	const previous = latest && before?.year === latest.year - 1 ? before : undefined;
	const judged = (year: number | undefined) => ({
		...years.find((y) => y.year === year),
		...signals.find((s) => s.year === year)
	});
	const now = judged(latest?.year) as YearRow;
	const then = previous ? (judged(previous.year) as YearRow) : undefined;
	const rules = briefSignalRules(filters.thresholds);
	const year = latest ? `${latest.year}年度` : '';
	const status = departmentStatus(department, series, years, nav, '，再点“打印简报”');
	return {
		title: `${name}预算绩效简报`,
		trail: [
			{ label: '总览', href: nav.href('/') },
			...(department
				? [{ label: department, href: nav.href('/department/', { d: department }) }]
				: []),
			{ label: '简报' }
		],
		departmentHref: department ? nav.href('/department/', { d: department }) : null,
		complete: !series.loading && !details.loading && status.kind === 'ready',
		status:
			status.kind === 'empty'
				? { kind: 'empty', message: `当前筛选条件下，${name}没有自评表。` }
				: status,
		year,
		period: latest ? `${year}${previous ? `（与${previous.year}年度相比）` : ''}` : '',
		scale: latest ? scaleText(latest, previous) : '',
		kpis: rules.map((rule) => {
			const value = cell(now, rule.key);
			const change = then
				? describeChange(value, cell(then, rule.key), rule.kind === 'points' ? 'points' : 'rate')
				: null;
			return {
				label: rule.label,
				value: signalValueText(value, rule.kind),
				change: change?.text ?? null,
				signal: signalOf(value, rule),
				rule: signalRuleText(rule)
			};
		}),
		trend: {
			title: `预算执行率与平均总分（${formatYearSpan(years[0]?.year, latest?.year)}）`,
			label: '部门预算执行率与平均总分年度趋势',
			option: briefTrendOption(years),
			span: 12
		},
		tables: [
			underspentTable(details.rows.underspent, year),
			causesTable(details.rows.causes, cell(now, 'points_lost'), year),
			weakTable(details.rows.weak, year)
		].map((t) => (details.loading ? { ...t, empty: '正在读取…' } : t)),
		sources: [...new Set(rules.map((r) => `${r.label}：${r.source}`))],
		filters: filtersText({ ...filters, departments: [] }),
		origin: originText(origins[0])
	};
}
