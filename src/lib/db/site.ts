/**
 * The site's one database: DuckDB-WASM started once, with the dataset the build put under
 * `data/` beside the pages, and the forms kept from the 导入 page laid into each table as it
 * loads (db/uploads.ts). Every page awaits the same promise, so the tables load once.
 */
import type { Manifest } from '../dataset/manifest.ts';
import { browserDatabase } from './browser.ts';
import type { Database } from './database.ts';
import { openDataset } from './dataset.ts';
import { listUploads, type StoredUpload } from './upload-store.ts';
import { UploadedForms, withUploads } from './uploads.ts';

export interface SiteData {
	db: Database;
	/** the built dataset's manifest with the uploads counted (changes with them) */
	manifest: Manifest;
	/** Lays the uploads now kept into the open tables and the manifest. */
	setUploads(uploads: readonly StoredUpload[]): Promise<void>;
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
 * load when a query first names them, each with the uploads kept in this browser. Browser only.
 */
export function openSiteData(base: string, derive: readonly string[]): Promise<SiteData> {
	opening ??= (async () => {
		const database = browserDatabase(base).then((db) => {
			performance.mark('budgetlens:db-ready');
			return db;
		});
		// a browser that keeps no IndexedDB (private windows of some) has no uploads
		const uploads = new UploadedForms(listUploads().catch(() => []));
		const dataset = await openDataset(
			database,
			{
				manifest: async () =>
					(await fetchOk(`${base}/data/manifest.json`)).json() as Promise<Manifest>,
				bytes: async (file) => (await fetchOk(`${base}/data/${file}`)).arrayBuffer(),
				loaded: uploads.loaded
			},
			derive
		);
		const built = dataset.manifest;
		const manifest = withUploads(built, await uploads.list());
		performance.mark('budgetlens:live-ready');
		return {
			db: dataset.db,
			manifest,
			async setUploads(list) {
				uploads.set(list);
				await dataset.changed();
				Object.assign(manifest, withUploads(built, list));
			}
		};
	})();
	opening.catch(() => (opening = null));
	return opening;
}
