/**
 * Loads the dataset's Parquet tables into DuckDB-WASM without its parquet extension (which it
 * would download from the internet): hyparquet decodes in JavaScript, Arrow carries the
 * columns in, DuckDB casts decimals back to DECIMAL. DECIMAL columns are read as their raw
 * unscaled integers and written as decimal strings, so no amount passes through a float.
 */
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Bool, Int32, Table, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import { SQL_TYPES, tableSpec, type TableName } from '../dataset/schema.ts';
import { scaleUnscaled } from './arrow-rows.ts';
import type { Database } from './database.ts';

type Column = unknown[];

/** Decodes a Parquet file into columns; decimal columns come out as decimal strings. */
export async function readParquetColumns(bytes: ArrayBuffer): Promise<Map<string, Column>> {
	const metadata = parquetMetadata(bytes);
	const scales = new Map<string, number>();
	for (const element of metadata.schema) {
		if (element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL') {
			scales.set(element.name, element.scale ?? 0);
			// Without its decimal annotation hyparquet hands back the exact stored integers.
			element.converted_type = undefined;
			element.logical_type = undefined;
		}
	}
	const columns = new Map<string, Column>();
	const rows = Number(metadata.num_rows);
	await parquetRead({
		file: bytes,
		metadata,
		compressors,
		onChunk({ columnName, columnData, rowStart }) {
			let column = columns.get(columnName);
			if (!column) columns.set(columnName, (column = new Array(rows).fill(null)));
			const scale = scales.get(columnName);
			for (let i = 0; i < columnData.length && rowStart + i < rows; i++) {
				const v = columnData[i];
				column[rowStart + i] =
					v == null ? null : scale === undefined ? v : scaleUnscaled(BigInt(v as bigint), scale);
			}
		}
	});
	return columns;
}

/** Loads one table of the dataset from its Parquet bytes, with the column types of schema.ts. */
export async function loadParquetTable(db: Database, name: TableName, bytes: ArrayBuffer) {
	const spec = tableSpec(name);
	const columns = await readParquetColumns(bytes);
	const vectors: Record<string, Vector> = {};
	for (const [column, kind] of spec.columns) {
		const values = columns.get(column) ?? [];
		const type = kind === 'int' ? new Int32() : kind === 'bool' ? new Bool() : new Utf8();
		const plain = kind === 'int' ? values.map((v) => (v == null ? null : Number(v))) : values;
		vectors[column] = vectorFromArray(plain as never[], type);
	}
	const staging = `staging_${name}`;
	await db.insertArrow(new Table(vectors), staging);
	const select = spec.columns
		.map(([column, kind]) =>
			kind === 'int' || kind === 'bool' || kind === 'text'
				? `"${column}"`
				: `CAST("${column}" AS ${SQL_TYPES[kind]}) AS "${column}"`
		)
		.join(', ');
	await db.exec(`CREATE OR REPLACE TABLE ${name} AS SELECT ${select} FROM ${staging}`);
	await db.exec(`DROP TABLE ${staging}`);
}
