/** Loads the built dataset (manifest + Parquet tables) into a Database, from any byte source. */
import { TABLES } from '../dataset/schema.ts';
import type { Manifest } from '../dataset/manifest.ts';
import type { Database } from './database.ts';
import { loadParquetTable } from './load-parquet.ts';
import { CREATE_FACTS } from '../queries/facts.ts';

export interface DatasetSource {
	manifest(): Promise<Manifest>;
	bytes(file: string): Promise<ArrayBuffer>;
}

/** Loads every table named in the manifest, then derives the facts tables; returns the manifest. */
export async function loadDataset(db: Database, source: DatasetSource): Promise<Manifest> {
	const manifest = await source.manifest();
	await Promise.all(
		TABLES.map(async (spec) => {
			const entry = manifest.tables[spec.name];
			if (!entry) throw new Error(`the dataset has no ${spec.name} table (manifest.json)`);
			await loadParquetTable(db, spec.name, await source.bytes(entry.file));
		})
	);
	for (const statement of CREATE_FACTS) await db.exec(statement);
	return manifest;
}
