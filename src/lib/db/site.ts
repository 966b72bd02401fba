/**
 * The site's one database: DuckDB-WASM started once, with the dataset the build put under
 * `data/` beside the pages. Every page awaits the same promise, so the tables load once.
 */
import type { Manifest } from '../dataset/manifest.ts';
import { browserDatabase } from './browser.ts';
import type { Database } from './database.ts';
import { openDataset } from './dataset.ts';

export interface SiteData {
	db: Database;
	manifest: Manifest;
}

let opening: Promise<SiteData> | null = null;

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`读取 ${url} 失败（HTTP ${response.status}）`);
	return response;
}

/**
 * Opens the dataset at `${base}/data/` once per page load, deriving the query tables with
 * `derive` (see openDataset): live once the tables the facts derive from are in; the others
 * load when a query first names them. Browser only.
 */
export function openSiteData(base: string, derive: readonly string[]): Promise<SiteData> {
	opening ??= (async () => {
		const database = browserDatabase(base).then((db) => {
			performance.mark('budgetlens:db-ready');
			return db;
		});
		const dataset = await openDataset(
			database,
			{
				manifest: async () =>
					(await fetchOk(`${base}/data/manifest.json`)).json() as Promise<Manifest>,
				bytes: async (file) => (await fetchOk(`${base}/data/${file}`)).arrayBuffer()
			},
			derive
		);
		performance.mark('budgetlens:live-ready');
		return dataset;
	})();
	opening.catch(() => (opening = null));
	return opening;
}
