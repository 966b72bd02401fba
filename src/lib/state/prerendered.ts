/**
 * Query results computed when the site was built (hooks.server.ts runs each page's own queries
 * on DuckDB and writes the results into the page): the first paint shows them at once, before
 * DuckDB-WASM has started. They are the bare URL's and the built dataset's: a URL with a query
 * string (filters, thresholds, an id) never uses them, nor a browser keeping uploads (the 导入
 * page's forms are not in them); those show the skeleton until the live answer.
 */
import { browser } from '$app/environment';
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { Manifest } from '../dataset/manifest.ts';
import { uploadsMarked } from '../db/upload-store.ts';

/** The element holding the results in the built page, as JSON. */
export const PRERENDERED_ID = 'budgetlens-prerendered';

/** What the build writes into a page: the rows of each query it ran, and the manifest if used. */
export interface PrerenderedData {
	results: [string, Row[]][];
	manifest: Manifest | null;
}

export interface PrerenderLookup {
	rows(key: string, query: Query): Row[] | undefined;
	manifest(): Manifest | null;
}

let serverLookup: PrerenderLookup | null = null;
let fromPage: { results: Map<string, Row[]>; manifest: Manifest | null } | null = null;

/** Build time only: how the server render finds a query's rows (and learns which it needs). */
export function setPrerenderLookup(lookup: PrerenderLookup | null): void {
	serverLookup = lookup;
}

function readPage() {
	const element = document.getElementById(PRERENDERED_ID);
	try {
		const data = JSON.parse(element?.textContent ?? 'null') as PrerenderedData | null;
		return { results: new Map(data?.results ?? []), manifest: data?.manifest ?? null };
	} catch {
		return { results: new Map<string, Row[]>(), manifest: null };
	}
}

/**
 * The dataset's manifest as the build read it (the same whatever the URL), if the page has it
 * and no upload is kept (its counts would leave them out).
 */
export function prerenderedManifest(): Manifest | null {
	if (!browser) return serverLookup?.manifest() ?? null;
	if (uploadsMarked()) return null;
	fromPage ??= readPage();
	return fromPage.manifest;
}

/** The build-time rows of `query` (its key: JSON of the query), if this URL may show them. */
export function prerenderedRows(key: string, query: Query): Row[] | undefined {
	if (!browser) return serverLookup?.rows(key, query);
	if (location.search !== '' || uploadsMarked()) return undefined;
	fromPage ??= readPage();
	return fromPage.results.get(key);
}
