/**
 * The 项目 page: one form as it was printed (`?id=`), its warnings, the same project in other
 * years and where it came from. Its queries, and from their rows what the page shows.
 */
import type { Filters } from '../model/filters.ts';
import type { ProjectFormRow, ProjectYearRow } from '../model/form-rows.ts';
import type { Results } from '../model/query.ts';
import { FORM_KIND_LABELS } from '../model/rules.ts';
import { warningLabel } from '../model/warning-labels.ts';
import {
	parseFormId,
	projectFormQuery,
	projectFundsQuery,
	projectIndicatorsQuery,
	projectWarningsQuery,
	projectYearsQuery
} from '../queries/project.ts';
import type { Nav, PageStatus } from './page.ts';
import { seriesRows, type SeriesRow } from './project-series.ts';

/** The form id a URL names: the text as written and the id it reads as (null if invalid). */
export function formIdOf(params: URLSearchParams | null) {
	const raw = params?.get('id') ?? null;
	return { known: params !== null, raw, id: parseFormId(raw) };
}

export function projectQueries(filters: Filters, id: number | null) {
	const t = filters.thresholds;
	return {
		form: id ? projectFormQuery(id, t) : null,
		funds: id ? projectFundsQuery(id) : null,
		indicators: id ? projectIndicatorsQuery(id) : null,
		warnings: id ? projectWarningsQuery(id) : null,
		years: id ? projectYearsQuery(id, t) : null
	};
}

export type ProjectResults = Results<ReturnType<typeof projectQueries>>;

export interface ProjectView {
	/** the project's name (a department form goes by its department) */
	title: string;
	status: PageStatus;
	trail: { label: string; href?: string }[];
	form: ProjectFormRow | null;
	/** "主管部门 · 2023年度" */
	sub: string;
	/** how many warnings, of which kinds; null without any */
	alert: string | null;
	yearHref: (row: ProjectYearRow) => string;
	/** the same project in every year, with how each year was joined */
	series: SeriesRow[];
}

/** A form's name: its project, or for a department form 「部门」部门整体支出. */
export const formTitle = (form: Pick<ProjectFormRow, 'project' | 'department'>) =>
	form.project ?? `${form.department ?? ''}${FORM_KIND_LABELS.department}`;

function statusOf(url: ReturnType<typeof formIdOf>, results: ProjectResults, nav: Nav): PageStatus {
	const form = results.rows.form[0];
	if (results.error !== null) return { kind: 'error', message: results.error };
	if (url.raw !== null && url.id === null)
		return { kind: 'error', message: `网址中的表单编号“${url.raw}”无效。` };
	if (url.known && url.raw === null)
		return {
			kind: 'missing',
			message: '网址中没有指定自评表。请从',
			link: { label: '总览', href: nav.href('/') },
			after: '或部门页的项目表中打开一个项目。'
		};
	if (!url.id || (results.loading && !form)) return { kind: 'loading' };
	if (!form)
		return {
			kind: 'error',
			message: `数据集中没有编号为 ${url.id} 的自评表，可能数据集已更新。`
		};
	return { kind: 'ready' };
}

export function projectView(
	url: ReturnType<typeof formIdOf>,
	results: ProjectResults,
	nav: Nav
): ProjectView {
	const form = results.rows.form[0] ?? null;
	const warnings = results.rows.warnings;
	const title = form ? formTitle(form) : '项目';
	const department = form?.department ?? null;
	const kinds = [...new Set(warnings.map((w) => warningLabel(w.code)))];
	return {
		title,
		status: statusOf(url, results, nav),
		trail: [
			{ label: '总览', href: nav.href('/') },
			{
				label: department ?? '部门',
				href: department ? nav.href('/department/', { d: department }) : undefined
			},
			{ label: title }
		],
		form,
		sub: `${department ?? '—'} · ${form?.year ?? '—'}年度`,
		alert: warnings.length ? `本表有 ${warnings.length} 条校验提示（${kinds.join('、')}）` : null,
		yearHref: (row) => nav.href('/project/', { id: String(row.form_id) }),
		series: seriesRows(results.rows.years)
	};
}
