/**
 * What every page's view module shares: the page's state (loading, empty, error, ready), a
 * chart as the page shows it, a KPI card, and how a view leads elsewhere. Views are pure: from
 * filters and query results to these values, in Node as in the browser (and at build time).
 */
import type { Links } from '../components/table.ts';
import type {
	BlockView,
	ChartView,
	KpiView,
	PageStatus,
	Section,
	TableView
} from '../components/view-types.ts';
import type { Nav } from '../model/navigation.ts';
import type { Row } from '../model/values.ts';

export type { BlockView, ChartView, KpiView, Nav, PageStatus, Section, TableView };
export type { Route } from '../model/navigation.ts';

/**
 * The state of a page whose main query is `main`: its error, loading while it has no rows yet,
 * empty when it came back without any (or `isEmpty` says so), else ready.
 */
export function pageStatus<T>(
	results: { loading: boolean; error: string | null },
	main: readonly T[],
	isEmpty: (rows: readonly T[]) => boolean = (rows) => rows.length === 0
): PageStatus {
	if (results.error !== null) return { kind: 'error', message: results.error };
	if (results.loading && main.length === 0) return { kind: 'loading' };
	return isEmpty(main) ? { kind: 'empty' } : { kind: 'ready' };
}

/**
 * The state of a page about one department, named by the URL (undefined while it is read, null
 * when the URL names none): loading, missing (with `pick`, how to choose one on the overview's
 * heatmap), else as pageStatus says of `main`.
 */
export function departmentStatus<T>(
	department: string | null | undefined,
	results: { loading: boolean; error: string | null },
	main: readonly T[],
	nav: Nav,
	pick: string
): PageStatus {
	if (department === undefined) return { kind: 'loading', message: '正在读取所选部门…' };
	if (department === null)
		return {
			kind: 'missing',
			message: '网址中没有指定部门。请在',
			link: { label: '总览', href: nav.href('/') },
			after: `的热力图中点击一个部门${pick}。`
		};
	return pageStatus(results, main);
}

/** Where a project's form and a department have their pages, keeping the filters. */
export const linksOf = (nav: Nav): Links => ({
	project: (id) => nav.href('/project/', { id: String(id) }),
	department: (name) => nav.href('/department/', { d: name })
});

export const chart = (c: ChartView): Section => ({ kind: 'chart', ...c });

/** A table section; its row type is checked here and forgotten in the list. */
export const table = <R extends Row>(t: TableView<R>): Section =>
	({ kind: 'table', ...t }) as unknown as Section;

/** `tone` when the count is above zero (something to look at), else neutral. */
export const toneIfAny = (count: number | string | null, tone: 'watch' | 'attention') =>
	Number(count) > 0 ? tone : 'neutral';
