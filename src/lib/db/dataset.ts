/** Loads the built dataset (manifest + Parquet tables) into a Database, from any byte source. */
import { TABLES } from '../dataset/schema.ts';
import type { Manifest } from '../dataset/manifest.ts';
import { CREATE_FACTS } from '../queries/facts.ts';
import type { Database } from './database.ts';
import { parquetToArrow } from './load-parquet.ts';

export interface DatasetSource {
	manifest(): Promise<Manifest>;
	bytes(file: string): Promise<ArrayBuffer>;
}

/**
 * Fetches and decodes every table while the database may still be starting (the browser
 * compiles DuckDB's wasm meanwhile), then inserts them and derives the facts tables.
 */
export async function loadDataset(
	database: Database | Promise<Database>,
	source: DatasetSource
): Promise<Manifest> {
	const manifest = await source.manifest();
	const tables = await Promise.all(
		TABLES.map(async (spec) => {
			const entry = manifest.tables[spec.name];
			if (!entry) throw new Error(`the dataset has no ${spec.name} table (manifest.json)`);
			return {
				name: spec.name,
				table: await parquetToArrow(spec.name, await source.bytes(entry.file))
			};
		})
	);
	const db = await database;
	for (const { name, table } of tables) await db.insertArrow(table, name);
	for (const statement of CREATE_FACTS) await db.exec(statement);
	return manifest;
}
