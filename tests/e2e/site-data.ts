/** The built site's own dataset (static/data), loaded into DuckDB-WASM in Node: what SQL gives. */
import { readFileSync } from 'node:fs';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';
import { loadDataset } from '../../src/lib/db/dataset.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import type { Database } from '../../src/lib/db/database.ts';
import { BUILD_DIR } from './browser.ts';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';

export async function builtDatabase(dir = `${BUILD_DIR}/data`): Promise<Database> {
	const db = await nodeDatabase({ wasm: SHIPPED_WASM });
	await loadDataset(
		db,
		{
			manifest: async () => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest,
			bytes: async (file) => new Uint8Array(readFileSync(`${dir}/${file}`)).buffer
		},
		CREATE_FACTS
	);
	return db;
}
