/**
 * Builds a real dataset from form files exactly as `budgetlens build` does (parser → Arrow IPC
 * typed by DuckDB) and loads it into the browser's engine (DuckDB-WASM) in Node: no mocked database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { toTableRows, type InputForm, type Origin } from '../../src/lib/dataset/rows.ts';
import { writeArrowTables } from '../../src/lib/db/arrow-writer.ts';
import { buildManifest, type Manifest } from '../../src/lib/dataset/manifest.ts';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from './engine.ts';
import { loadDataset, type DatasetSource } from '../../src/lib/db/dataset.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import type { Database } from '../../src/lib/db/database.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { generateCorpus } from '../../src/lib/generate/index.ts';

export { SEED_FILE } from './inputs.ts';

/** A small generated corpus: 2 departments over 2021–2023, 3 or 4 projects each, Shanghai layout. */
export const smallCorpus = (): FormRecord[] =>
	generateCorpus({
		seed: 7,
		departments: 2,
		years: [2021, 2022, 2023],
		projectsPerDepartment: [3, 4],
		layouts: ['shanghai']
	});

export interface TestDataset {
	db: Database;
	records: FormRecord[];
	close(): Promise<void>;
}

/** Parses the files and returns their records, failing loudly on a file with no form. */
export function parseFiles(files: { path: string; origin?: Origin }[]): InputForm[] {
	return files.flatMap(({ path, origin = 'real' }) => {
		const result = parseFile(readFileSync(path), path);
		if (result.records.length === 0) throw new Error(result.errors.join('\n'));
		return result.records.map((record) => ({ record, origin }));
	});
}

export interface TableFiles {
	manifest: Manifest;
	/** the files served as the site serves them, each fetch logged in `fetched` */
	source: DatasetSource;
	fetched: string[];
	remove(): void;
}

/** Writes the forms' tables as Arrow IPC and their manifest in a temporary folder. */
export async function tableFiles(forms: InputForm[]): Promise<TableFiles> {
	const dir = mkdtempSync(join(tmpdir(), 'budgetlens-'));
	const rows = toTableRows(forms);
	const tables = await writeArrowTables(rows, dir);
	const manifest = buildManifest(rows, [], 'test', new Date(), tables);
	const fetched: string[] = [];
	return {
		manifest,
		source: {
			manifest: async () => manifest,
			bytes: async (file) => {
				fetched.push(file);
				return new Uint8Array(readFileSync(join(dir, file))).buffer;
			}
		},
		fetched,
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}

/** Writes the forms' tables as Arrow IPC in a temporary folder and loads them into DuckDB-WASM. */
export async function datasetOf(forms: InputForm[]): Promise<TestDataset> {
	const files = await tableFiles(forms);
	const db = await nodeDatabase({ wasm: SHIPPED_WASM });
	await loadDataset(db, files.source, CREATE_FACTS);
	return {
		db,
		records: forms.map((f) => f.record),
		close: async () => {
			await db.close();
			files.remove();
		}
	};
}
