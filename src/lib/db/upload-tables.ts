/**
 * Rows brought in by the browser written into the site's tables (db/uploads.ts): through a table
 * of text columns that DuckDB casts to each column's type, so money stays DECIMAL all the way.
 * Built a column at a time, letting the page run in between.
 */
import { Table, type Utf8, type Vector } from 'apache-arrow';
import type { Database } from './database.ts';
import { textVector } from '../dataset/arrow-columns.ts';
import { DERIVED_TABLES } from '../dataset/derived.ts';
import type { TableRows } from '../dataset/rows.ts';
import { SQL_TYPES, TABLES, type TableRow } from '../dataset/schema.ts';

/** A table of text columns the rows for `table` go through. */
const scratch = (table: string) => `upload_text_${table}`;

const specOf = (table: string) => TABLES.find((t) => t.name === table)!;
const columnsOf = (table: string) => specOf(table).columns.map(([c]) => c);

/** The columns naming a form's series (project-keys.ts), in the tables that hold them. */
const KEY_COLUMNS = ['project_key', 'key_rule', 'key_confidence', 'key_evidence'];

/** Lets the page's other work run (a paint, an event) between chunks of this work. */
export const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A yield for loops of small steps: lets the page run once `budget` ms have passed since it last
 * ran, so a task stays well under the 100 ms that makes a long task even on a busy machine.
 */
export function pacer(budget = 10): () => Promise<void> {
	let since = performance.now();
	return async () => {
		if (performance.now() - since < budget) return;
		await yieldToPage();
		since = performance.now();
	};
}

const asText = (value: TableRow[string] | undefined) =>
	value === null || value === undefined ? null : String(value);

/**
 * Puts rows into a new table `name` of text columns (dropping one left before); a column at a
 * time, so a few thousand indicators never hold the page's thread for long.
 */
async function textTable(db: Database, name: string, columns: string[], rows: TableRow[]) {
	const vectors: Record<string, Vector<Utf8>> = {};
	for (const c of columns) {
		vectors[c] = textVector(rows.map((r) => asText(r[c])));
		await yieldToPage();
	}
	await db.exec(`DROP TABLE IF EXISTS ${name}`);
	await db.insertArrow(new Table(vectors), name);
}

/** Appends rows to a shipped table, each column cast from text to the column's type. */
export async function append(db: Database, table: string, own: TableRow[]) {
	if (!own.length) return;
	await textTable(db, scratch(table), columnsOf(table), own);
	await db.exec(`INSERT INTO ${table} BY NAME SELECT * FROM ${scratch(table)}`);
	await db.exec(`DROP TABLE ${scratch(table)}`);
}

/** Sets the series columns of built rows in `table` to the keys in `rows` (by form id). */
export async function rekey(db: Database, table: string, rows: TableRow[]) {
	const spec = specOf(table).columns.filter(([c]) => KEY_COLUMNS.includes(c));
	if (!rows.length || !spec.length) return;
	await textTable(db, scratch(table), ['form_id', ...spec.map(([c]) => c)], rows);
	const set = spec.map(([c, kind]) => `${c} = CAST(s.${c} AS ${SQL_TYPES[kind]})`);
	await db.exec(
		`UPDATE ${table} SET ${set.join(', ')} FROM ${scratch(table)} s
		WHERE ${table}.form_id = CAST(s.form_id AS INTEGER)`
	);
	await db.exec(`DROP TABLE ${scratch(table)}`);
}

/** `form_points` (a build-time aggregate) for the uploads: its own SQL over their indicators. */
export async function appendPoints(db: Database, rows: TableRows) {
	if (!rows.indicators.length) return;
	const sql = DERIVED_TABLES.find((t) => t.name === 'form_points')!.sql;
	const text = scratch('form_points');
	// the columns the aggregate reads, typed as in the indicators table
	const read = TABLES.find((t) => t.name === 'indicators')!.columns.filter(([c]) =>
		['form_id', 'weight', 'score'].includes(c)
	);
	await textTable(
		db,
		text,
		read.map(([c]) => c),
		rows.indicators
	);
	const typed = read.map(([c, kind]) => `CAST(${c} AS ${SQL_TYPES[kind]}) AS ${c}`);
	// the uploads' indicators stand in for the table of that name in the aggregate's SQL
	await db.exec(
		`INSERT INTO form_points BY NAME WITH indicators AS (SELECT ${typed.join(', ')} FROM ${text}) ${sql}`
	);
	await db.exec(`DROP TABLE ${text}`);
}
