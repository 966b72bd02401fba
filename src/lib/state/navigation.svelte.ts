/**
 * How a page's view leads elsewhere (views/page.ts's Nav): links and clicks that keep the
 * filters, resolved against the site's base path.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Filters } from '../model/filters.ts';
import { writeFilters } from './filters.ts';
import { applyFilters, searchWith } from './url.svelte.ts';

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

export interface Navigation {
	/** another page, with the filters and `params` (nothing else of this page's URL) */
	href(route: Route, params?: Record<string, string | null>): string;
	/** this page with `params` of its query string changed (the rest kept), and `anchor` */
	here(params: Record<string, string | null>, anchor?: string): string;
	open(route: Route, params?: Record<string, string | null>): void;
	apply(filters: Filters, params?: Record<string, string | null>): void;
}

/** Links and clicks from the page at `route` showing `filters()`. */
export function navigation(filters: () => Filters, route: Route): Navigation {
	const href = (to: Route, params: Record<string, string | null> = {}) => {
		const search = writeFilters(filters());
		for (const [key, value] of Object.entries(params)) if (value !== null) search.set(key, value);
		const text = search.toString();
		return resolve(to) + (text ? `?${text}` : '');
	};
	return {
		href,
		here: (params, anchor = '') => resolve(route) + searchWith(filters(), params) + anchor,
		open: (to, params) => void goto(href(to, params)),
		apply: (next, params) => void applyFilters(next, params)
	};
}
