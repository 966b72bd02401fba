/**
 * How a page's view leads elsewhere (model/navigation.ts's Nav): links and clicks that keep the
 * filters, resolved against the site's base path.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Filters } from '../model/filters.ts';
import type { Nav, Route } from '../model/navigation.ts';
import { writeFilters } from './filters.ts';
import { applyFilters, searchWith } from './url.svelte.ts';

/** Links and clicks from the page at `route` showing `filters()`. */
export function navigation(filters: () => Filters, route: Route): Nav {
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
