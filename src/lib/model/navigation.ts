/**
 * The site's sections and how a page's view leads elsewhere: one contract for the views (pure,
 * also run at build time) and the browser's implementation (state/navigation.svelte.ts).
 */
import type { Filters } from './filters.ts';

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
	/** another page, keeping the filters, with `params` (nothing else of this page's URL) */
	href(route: Route, params?: Record<string, string | null>): string;
	/** this page with `params` of its query string changed (the rest kept), and `anchor` */
	here(params: Record<string, string | null>, anchor?: string): string;
	open(route: Route, params?: Record<string, string | null>): void;
	apply(filters: Filters, params?: Record<string, string | null>): void;
}
