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
	'/' | '/project/' | '/department/' | '/department/brief/' | '/indicators/' | '/underspending/';

export interface Navigation {
	/** another page, with the filters and `params` (nothing else of this page's URL) */
	href(route: Route, params?: Record<string, string | null>): string;
	/** this page's query string with `params` changed (the rest kept) */
	here(params: Record<string, string | null>): string;
	open(route: Route, params?: Record<string, string | null>): void;
	apply(filters: Filters, params?: Record<string, string | null>): void;
}

/** Links and clicks from the page showing `filters()`. */
export function navigation(filters: () => Filters): Navigation {
	const href = (route: Route, params: Record<string, string | null> = {}) => {
		const search = writeFilters(filters());
		for (const [key, value] of Object.entries(params)) if (value !== null) search.set(key, value);
		const text = search.toString();
		return resolve(route) + (text ? `?${text}` : '');
	};
	return {
		href,
		here: (params) => searchWith(filters(), params),
		open: (route, params) => void goto(href(route, params)),
		apply: (next, params) => void applyFilters(next, params)
	};
}
