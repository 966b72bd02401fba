/**
 * What every page's view module shares: the page's state (loading, empty, error, ready), a
 * chart as the page shows it, a KPI card, and how a view leads elsewhere. Views are pure: from
 * filters and query results to these values, in Node as in the browser (and at build time).
 */
import type { PrintPage } from '../components/print-columns.ts';
import type { Column, Links } from '../components/table.ts';
import type { Change } from '../format/change.ts';
import type { Filters } from '../model/filters.ts';
import type { Row, Value } from '../model/values.ts';

export type PageStatus =
	| { kind: 'loading'; message?: string }
	| { kind: 'empty'; message?: string }
	| { kind: 'error'; message: string }
	/** the URL lacks what the page is about: say so, and where to find one */
	| { kind: 'missing'; message: string; link: { label: string; href: string }; after: string }
	| { kind: 'ready' };

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

/** A chart card: heading, note, the ECharts option and what a click on it does. */
export interface ChartView {
	title: string;
	note?: string;
	/** what the chart shows, for screen readers and tests */
	label: string;
	option: Record<string, unknown>;
	height?: string;
	/** columns of the 12-column grid it takes */
	span: 6 | 12;
	onselect?: (data: unknown) => void;
}

/** A table (DataTable's props). */
export interface TableView<R extends Row = Row> {
	caption: string;
	rows: R[];
	columns: Column<R>[];
	total?: Partial<Record<string, Value>> | null;
	totalLabel?: string;
	pageSize?: number;
	download?: boolean | { title?: string; filters?: string };
	/** the page it prints on (DataTable) */
	printPage?: PrintPage;
	/** the section's accessible name */
	name?: string;
	/** the section's id (a drill-down's links lead to it) */
	id?: string;
	/** a link below the table that closes it (a drill-down) */
	close?: { label: string; href: string };
	/** drawn as a card */
	card?: boolean;
	/** said instead of the table when it has no rows */
	empty?: string;
	/** how it reads, printed in its foot (DataTable) */
	notes?: string[];
}

/** What a page's grid holds, in order: charts and tables. */
export type Section = ({ kind: 'chart' } & ChartView) | ({ kind: 'table' } & TableView);

export const chart = (c: ChartView): Section => ({ kind: 'chart', ...c });

/** A table section; its row type is checked here and forgotten in the list. */
export const table = <R extends Row>(t: TableView<R>): Section =>
	({ kind: 'table', ...t }) as unknown as Section;

/** One headline figure (KpiCard's props). */
export interface KpiView {
	label: string;
	value: string;
	unit?: string;
	change?: Change | null;
	upIsGood?: boolean;
	tone?: 'neutral' | 'good' | 'watch' | 'attention';
}

/** `tone` when the count is above zero (something to look at), else neutral. */
export const toneIfAny = (count: number | string | null, tone: 'watch' | 'attention') =>
	Number(count) > 0 ? tone : 'neutral';

/**
 * A headed part of a page (指标分析's analyses): a note, an optional headline figure and a
 * switch between two groupings, then its grid of tables.
 */
export interface BlockView {
	id: string;
	title: string;
	note: string;
	/** a sentence with its figure in bold: `before` **`strong`** `after` */
	headline?: { testId: string; before: string; strong: string; after: string } | null;
	/** links that regroup the block, the current one marked */
	switch?: {
		label: string;
		prefix: string;
		links: { label: string; href: string; current: boolean }[];
	};
	sections: Section[];
}
