/**
 * The dataset the site ships (static/data), in DuckDB-WASM's Node build (the browser's engine),
 * opened once per build: the prerender runs each page's queries on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import { loadDataset } from '../db/dataset.ts';
import { nodeDatabase } from '../db/node.ts';
import type { Manifest } from '../dataset/manifest.ts';
import { CREATE_FACTS } from '../queries/facts.ts';

const DATA_DIR = 'static/data';

let opening: Promise<{ db: Database; manifest: Manifest } | null> | null = null;

/** The built dataset in DuckDB, or null (with a note on stderr) when there is none yet. */
export function buildDatabase(
	dir = DATA_DIR
): Promise<{ db: Database; manifest: Manifest } | null> {
	opening ??= (async () => {
		if (!existsSync(join(dir, 'manifest.json'))) {
			process.stderr.write(`prerender: no dataset in ${dir}: pages are built without results\n`);
			return null;
		}
		const db = await nodeDatabase();
		const manifest = await loadDataset(
			db,
			{
				manifest: async () =>
					JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest,
				bytes: async (file) => new Uint8Array(readFileSync(join(dir, file))).buffer
			},
			CREATE_FACTS
		);
		return { db, manifest };
	})();
	return opening;
}
