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
import type { Filters } from '../model/filters.ts';
import type { Row } from '../model/values.ts';

export type { BlockView, ChartView, KpiView, PageStatus, Section, TableView };

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

/** A section of the site, as its pathname. */
export type Route =
	| '/'
	| '/project/'
	| '/department/'
	| '/department/brief/'
	| '/indicators/'
	| '/underspending/'
	| '/compare/'
	| '/data/';

/** How a view's links and clicks lead elsewhere; the page hands in the browser's (state/). */
export interface Nav {
	/** another page, keeping the filters, with `params` */
	href(route: Route, params?: Record<string, string | null>): string;
	/** this page with `params` of its query string changed (the rest kept), and `anchor` */
	here(params: Record<string, string | null>, anchor?: string): string;
	open(route: Route, params?: Record<string, string | null>): void;
	apply(filters: Filters, params?: Record<string, string | null>): void;
}

/** Where a project's form and a department have their pages, keeping the filters. */
export const linksOf = (nav: Nav): Links => ({
	project: (id) => nav.href('/project/', { id: String(id) }),
	department: (name) => nav.href('/department/', { d: name })
});

/** A Nav that goes nowhere: for views run at build time or in tests. */
export const NO_NAV: Nav = {
	href: (route, params = {}) => {
		const search = new URLSearchParams();
		for (const [k, v] of Object.entries(params)) if (v !== null) search.set(k, v);
		const text = search.toString();
		return route + (text ? `?${text}` : '');
	},
	here: (params, anchor = '') => NO_NAV.href('/', params) + anchor,
	open: () => {},
	apply: () => {}
};

export const chart = (c: ChartView): Section => ({ kind: 'chart', ...c });

/** A table section; its row type is checked here and forgotten in the list. */
export const table = <R extends Row>(t: TableView<R>): Section =>
	({ kind: 'table', ...t }) as unknown as Section;

/** `tone` when the count is above zero (something to look at), else neutral. */
export const toneIfAny = (count: number | string | null, tone: 'watch' | 'attention') =>
	Number(count) > 0 ? tone : 'neutral';
