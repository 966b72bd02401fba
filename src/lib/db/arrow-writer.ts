/**
 * Writes the dataset's tables as Arrow IPC streams, typed by DuckDB-WASM itself (the browser's
 * engine, in Node): rows go in with decimals as text, DuckDB casts them to DECIMAL (amounts stay
 * exact), and its Arrow result is written out as is. The browser hands those bytes straight to
 * DuckDB's worker: nothing is decoded in JavaScript. Node only.
 */
import { createRequire } from 'node:module';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import { boolVector, int32Vector, textVector } from '../dataset/arrow-columns.ts';
import { DERIVED_TABLES } from '../dataset/derived.ts';
import type { TableRows } from '../dataset/rows.ts';
import { SQL_TYPES, TABLES, type TableName, type TableSpec } from '../dataset/schema.ts';
import { nodeConnection } from './node.ts';

// DuckDB-WASM's Node bundle returns tables of the CommonJS copy of apache-arrow: serialise them
// with that copy (the ES module copy does not recognise them: the dual-package hazard).
const cjsArrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Rows as an Arrow table with decimals still as text, for DuckDB to cast. */
function stagingTable(spec: TableSpec, rows: TableRows[keyof TableRows]): Table {
	const vectors: Record<string, Vector> = {};
	for (const [name, kind] of spec.columns) {
		const values = rows.map((r) => r[name] ?? null);
		if (kind === 'int') vectors[name] = int32Vector(values as (number | null)[]);
		else if (kind === 'bool') vectors[name] = boolVector(values as (boolean | null)[]);
		else vectors[name] = textVector(values.map((v) => (v === null ? null : String(v))));
	}
	return new Table(vectors);
}

export interface WrittenTable {
	file: string;
	rows: number;
	bytes: number;
}

/**
 * Writes `<table>.arrow` for every table of schema.ts into `outDir`, and the derived tables
 * (DERIVED_TABLES: aggregates computed by their SQL over the tables just written); returns file
 * names, rows and sizes.
 */
export async function writeArrowTables(
	rows: TableRows,
	outDir: string
): Promise<Record<string, WrittenTable>> {
	const { conn, reset } = await nodeConnection();
	const written: Record<string, WrittenTable> = {};
	const write = async (name: string, select: string) => {
		const table = (await conn.query(select)) as unknown as import('apache-arrow').Table;
		const file = `${name}.arrow`;
		// Uncompressed: the site serves it brotli'd (scripts/precompress.ts) and the browser
		// unpacks that natively; DuckDB reads the stream as it is.
		writeFileSync(join(outDir, file), cjsArrow.tableToIPC(table, 'stream'));
		written[name] = { file, rows: table.numRows, bytes: statSync(join(outDir, file)).size };
	};
	try {
		for (const spec of TABLES) {
			const staging = `staging_${spec.name}`;
			const ipc = tableToIPC(
				stagingTable(spec, rows[spec.rows ?? (spec.name as TableName)]),
				'stream'
			);
			await conn.insertArrowFromIPCStream(ipc, { name: staging, create: true });
			const columns = spec.columns.map(
				([n, k]) => `CAST(${quoteIdent(n)} AS ${SQL_TYPES[k]}) AS ${quoteIdent(n)}`
			);
			await conn.query(`CREATE TABLE ${spec.name} AS SELECT ${columns.join(', ')} FROM ${staging}`);
			await conn.query(`DROP TABLE ${staging}`);
			await write(spec.name, `SELECT * FROM ${spec.name}`);
		}
		for (const derived of DERIVED_TABLES) await write(derived.name, derived.sql);
	} finally {
		await conn.close();
		reset();
	}
	return written;
}
