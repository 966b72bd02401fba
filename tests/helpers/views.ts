/** What the tests of views need in Node: a page's queries run at once, a Nav that records clicks. */
import type { Database } from '../../src/lib/db/database.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import type { QuerySet, Results, RowsOf } from '../../src/lib/model/query.ts';
import { writeFilters } from '../../src/lib/state/filters.ts';
import type { Nav, Route } from '../../src/lib/views/page.ts';

/**
 * Runs a page's queries (a view module's `…Queries(filters)`) once, all of them, and hands back
 * what a live page would hold when they are in.
 */
export async function runQueries<Q extends QuerySet>(
	db: Database,
	queries: Q
): Promise<Results<Q>> {
	const entries = await Promise.all(
		Object.entries(queries).map(async ([key, query]) => [key, query ? await db.query(query) : []])
	);
	return { rows: Object.fromEntries(entries) as RowsOf<Q>, loading: false, error: null };
}

export interface RecordingNav extends Nav {
	opened: { route: Route; params: Record<string, string | null> }[];
	applied: { filters: Filters; params: Record<string, string | null> }[];
}

/** `route` with `search`'s keys and `params` (a null param left out). */
function link(route: string, search: URLSearchParams, params: Record<string, string | null>) {
	for (const [k, v] of Object.entries(params)) if (v !== null) search.set(k, v);
	const text = search.toString();
	return route + (text ? `?${text}` : '');
}

/**
 * Links as the site writes them (root '/'), keeping `filters`, as state/navigation does; `here`
 * keeps no filters.
 */
export function recordingNav(filters: Filters = NO_FILTERS): RecordingNav {
	const opened: RecordingNav['opened'] = [];
	const applied: RecordingNav['applied'] = [];
	return {
		href: (route, params = {}) => link(route, writeFilters(filters), params),
		here: (params, anchor = '') => link('/', new URLSearchParams(), params) + anchor,
		opened,
		applied,
		open: (route, params = {}) => void opened.push({ route, params }),
		apply: (filters, params = {}) => void applied.push({ filters, params })
	};
}
