/**
 * Writes the dataset's tables to Parquet with DuckDB itself (@duckdb/node-api; Node only).
 * Rows arrive with decimals as strings; DuckDB casts them to DECIMAL, so amounts stay exact.
 */
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SQL_TYPES, TABLES, type Cell, type ColumnKind } from './schema.ts';
import type { TableRows } from './rows.ts';

const STAGING_TYPE: Record<ColumnKind, string> = {
	text: 'VARCHAR',
	int: 'INTEGER',
	bool: 'BOOLEAN',
	money: 'VARCHAR',
	points: 'VARCHAR',
	percent: 'VARCHAR',
	ratio: 'VARCHAR'
};

function append(appender: DuckDBAppender, kind: ColumnKind, value: Cell): void {
	if (value === null) appender.appendNull();
	else if (kind === 'int') appender.appendInteger(Number(value));
	else if (kind === 'bool') appender.appendBoolean(Boolean(value));
	else appender.appendVarchar(String(value));
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Writes `<table>.parquet` for every table into `outDir`; returns file names, rows and sizes. */
export async function writeParquetTables(
	rows: TableRows,
	outDir: string
): Promise<Record<string, { file: string; rows: number; bytes: number }>> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const written: Record<string, { file: string; rows: number; bytes: number }> = {};
	try {
		for (const spec of TABLES) {
			const staging = `staging_${spec.name}`;
			const cols = spec.columns.map(([n, k]) => `${quoteIdent(n)} ${STAGING_TYPE[k]}`);
			await conn.run(`CREATE TABLE ${staging} (${cols.join(', ')})`);
			const appender = await conn.createAppender(staging);
			for (const row of rows[spec.name]) {
				for (const [name, kind] of spec.columns) append(appender, kind, row[name] ?? null);
				appender.endRow();
			}
			appender.closeSync();
			const select = spec.columns
				.map(([n, k]) =>
					STAGING_TYPE[k] === SQL_TYPES[k]
						? quoteIdent(n)
						: `CAST(${quoteIdent(n)} AS ${SQL_TYPES[k]}) AS ${quoteIdent(n)}`
				)
				.join(', ');
			const file = `${spec.name}.parquet`;
			const path = join(outDir, file);
			// Output paths come from the operator's --out, not from form content. Uncompressed:
			// the browser decodes Parquet in JavaScript, where ZSTD cost ~0.2 s of main thread
			// while DuckDB starts; the site serves the files brotli'd (scripts/precompress.ts),
			// smaller than ZSTD Parquet, and the browser unpacks that natively.
			await conn.run(
				`COPY (SELECT ${select} FROM ${staging}) TO ${quoteString(path)} (FORMAT parquet, COMPRESSION uncompressed, ROW_GROUP_SIZE 122880)`
			);
			written[spec.name] = { file, rows: rows[spec.name].length, bytes: statSync(path).size };
		}
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
	return written;
}
