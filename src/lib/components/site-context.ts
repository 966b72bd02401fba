/**
 * What the parts every page shares (the filter bar, the dataset note, the download buttons,
 * the top bar) need from the site, handed down by the layout as a Svelte context: components
 * display and report clicks, and never reach for the URL or the database themselves.
 */
import { getContext, setContext } from 'svelte';
import type { Manifest } from '../dataset/manifest.ts';
import type { Filters } from '../model/filters.ts';

export interface DepartmentOption {
	department: string;
	forms: number;
}

export interface SiteContext {
	/** the filters of the URL being shown (or navigated to) */
	readonly filters: Filters;
	/** the dataset's manifest, null until it has loaded */
	readonly manifest: Manifest | null;
	/** why the dataset could not be opened, if it could not */
	readonly error: string | null;
	/** what the filter bar offers */
	readonly departments: readonly DepartmentOption[];
	readonly years: readonly number[];
	/** the filters-only query string ('' or '?…'), for links that keep the selection */
	readonly search: string;
	/** navigates to the same page with other filters */
	apply(filters: Filters): void;
}

const KEY = Symbol('budgetlens-site');

/** Called by the layout, once, during its initialisation. */
export function provideSite(site: SiteContext): void {
	setContext(KEY, site);
}

/** The layout's SiteContext; throws outside a page (a component mounted on its own). */
export function useSite(): SiteContext {
	const site = getContext<SiteContext | undefined>(KEY);
	if (!site) throw new Error('useSite() needs the layout (routes/+layout.svelte)');
	return site;
}
