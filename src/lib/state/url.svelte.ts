/**
 * The filter state lives in the URL: shareable, kept on reload, back and forward work.
 * Before the page runs in a browser (prerendering) there are no filters.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { NO_FILTERS, type Filters } from '../model/filters.ts';
import { filtersFromSearch, writeFilters } from './filters.ts';

/**
 * The query string applyFilters is navigating to, until the navigation lands: pages re-query
 * from it at once instead of waiting for the router (a filter change must feel instant).
 */
let pending = $state<string | null>(null);

function currentSearch(): URLSearchParams {
	return pending !== null ? new URLSearchParams(pending) : page.url.searchParams;
}

/** The filters of the current URL. */
export function currentFilters(): Filters {
	return browser ? filtersFromSearch(currentSearch()) : NO_FILTERS;
}

/**
 * The query string being shown or navigated to, for a page's view to read its own keys from
 * (`d`, `id`, `cmp`…); null before the page runs in a browser (prerendering).
 */
export function currentParams(): URLSearchParams | null {
	return browser ? currentSearch() : null;
}

/** The current query string with `filters` and `extra` written into it ('' when empty). */
export function searchWith(filters: Filters, extra: Record<string, string | null> = {}): string {
	// A throw-away copy to build a link from, not state: no reactivity wanted.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const search = writeFilters(filters, new URLSearchParams(browser ? currentSearch() : ''));
	for (const [key, value] of Object.entries(extra)) {
		if (value === null) search.delete(key);
		else search.set(key, value);
	}
	const text = search.toString();
	return text ? `?${text}` : '';
}

/** Navigates to the same page with new filters (a history entry, so back undoes it). */
export function applyFilters(filters: Filters, extra: Record<string, string | null> = {}) {
	const search = searchWith(filters, extra);
	pending = search;
	return goto(search || page.url.pathname, { keepFocus: true, noScroll: true }).finally(() => {
		// a later change may be on its way: only the navigation that set it clears it
		if (pending === search) pending = null;
	});
}

/** The filters-only query string, for links to other pages that keep the selection. */
export function filterSearch(): string {
	const text = writeFilters(currentFilters()).toString();
	return text ? `?${text}` : '';
}
