/**
 * Loads the dataset's Parquet tables into DuckDB-WASM without its parquet extension (which it
 * would download from the internet): hyparquet decodes in JavaScript, Arrow carries the
 * columns in with their SQL types. DECIMAL columns are read as their raw unscaled integers and
 * handed over as Arrow decimals, so no amount passes through a float.
 */
import { parquetMetadata, parquetRead } from 'hyparquet';
import { Table, type Vector } from 'apache-arrow';
import { SQL_TYPES, tableSpec, type TableName } from '../dataset/schema.ts';
import { boolVector, decimalVector, int32Vector, utf8Vector } from './arrow-columns.ts';
import type { Database } from './database.ts';

type Column = unknown[];

/**
 * Decodes a Parquet file into columns: text as its UTF-8 bytes, decimals as unscaled bigints.
 */
export async function readParquetColumns(bytes: ArrayBuffer): Promise<Map<string, Column>> {
	const metadata = parquetMetadata(bytes);
	const decimals = new Set<string>();
	for (const element of metadata.schema) {
		const decimal =
			element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL';
		const text = element.converted_type === 'UTF8' || element.logical_type?.type === 'STRING';
		if (decimal) decimals.add(element.name);
		if (decimal || text) {
			// Without its annotation hyparquet hands back what is stored: a decimal's exact
			// unscaled integer, a string's UTF-8 bytes (Arrow wants those bytes as they are).
			element.converted_type = undefined;
			element.logical_type = undefined;
		}
	}
	const columns = new Map<string, Column>();
	const rows = Number(metadata.num_rows);
	await parquetRead({
		file: bytes,
		metadata,
		utf8: false,
		onChunk({ columnName, columnData, rowStart }) {
			let column = columns.get(columnName);
			if (!column) columns.set(columnName, (column = new Array(rows).fill(null)));
			const decimal = decimals.has(columnName);
			for (let i = 0; i < columnData.length && rowStart + i < rows; i++) {
				const v = columnData[i];
				column[rowStart + i] = v == null ? null : decimal ? BigInt(v as bigint) : v;
			}
		}
	});
	return columns;
}

const DECIMAL_TYPE = /^DECIMAL\((\d+),(\d+)\)$/;

/** Arrow table of one dataset table, with the column types of schema.ts. */
export async function parquetToArrow(name: TableName, bytes: ArrayBuffer): Promise<Table> {
	const columns = await readParquetColumns(bytes);
	const vectors: Record<string, Vector> = {};
	for (const [column, kind] of tableSpec(name).columns) {
		const values = columns.get(column) ?? [];
		const decimal = DECIMAL_TYPE.exec(SQL_TYPES[kind]);
		if (decimal) {
			vectors[column] = decimalVector(values as bigint[], Number(decimal[1]), Number(decimal[2]));
		} else if (kind === 'int') vectors[column] = int32Vector(values as number[]);
		else if (kind === 'bool') vectors[column] = boolVector(values as boolean[]);
		else vectors[column] = utf8Vector(values as Uint8Array[]);
	}
	return new Table(vectors);
}

/** Loads one table of the dataset from its Parquet bytes. */
export async function loadParquetTable(db: Database, name: TableName, bytes: ArrayBuffer) {
	await db.insertArrow(await parquetToArrow(name, bytes), name);
}
