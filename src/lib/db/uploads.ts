/**
 * Forms brought in on the 导入 page, laid into the site's tables as each table loads (the
 * tables load lazily: db/dataset.ts calls `loaded` for each): the same rows the builder writes
 * (dataset/rows.ts, origin `uploaded`), inserted as text that DuckDB casts to the columns'
 * types (DECIMAL for money: no float on the way). Uploaded forms are numbered from
 * FIRST_UPLOADED_ID, so they never meet the built ids; the forms they replace are left out.
 * Laying a table again first takes out what was laid before: `loaded` may run any number of times.
 */
import { Table, type Utf8, type Vector } from 'apache-arrow';
import type { Database } from './database.ts';
import { textVector } from '../dataset/arrow-columns.ts';
import { DERIVED_TABLES } from '../dataset/derived.ts';
import type { Manifest } from '../dataset/manifest.ts';
import { matchProjects, type KeyInput } from '../dataset/project-keys.ts';
import { toTableRows, type TableRows } from '../dataset/rows.ts';
import { SQL_TYPES, TABLES, type TableName, type TableRow } from '../dataset/schema.ts';
import type { StoredUpload } from './upload-store.ts';

/** The first id of an uploaded form (and of its project key); built ids stay below. */
export const FIRST_UPLOADED_ID = 1_000_000_000;

/** The built forms that uploads replace, by id (found once `forms` is in). */
const REPLACED = 'upload_replaced';
/** A table of text columns the rows for `table` go through. */
const scratch = (table: string) => `upload_text_${table}`;

const specOf = (table: string) => TABLES.find((t) => t.name === table)!;
const columnsOf = (table: string) => specOf(table).columns.map(([c]) => c);
/** The rows a table is written from (`form_texts`: some columns of the forms' rows). */
const rowsOf = (table: string, rows: TableRows) => rows[specOf(table).rows ?? (table as TableName)];

/** Lets the page's other work run (a paint, an event) between chunks of this work. */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The uploads' table rows, as toTableRows lays them out for all their forms together (one
 * project across two files is one series), numbered after the built forms, their project keys
 * apart too. Laid out a file at a time, letting the page run between files.
 */
export async function uploadedRows(uploads: readonly StoredUpload[]): Promise<TableRows> {
	const rows: TableRows = {
		forms: [],
		funds: [],
		indicators: [],
		warnings: [],
		project_matches: []
	};
	for (const upload of uploads) {
		const part = toTableRows(upload.records.map((record) => ({ record, origin: 'uploaded' })));
		const before = rows.forms.length;
		for (const name of ['forms', 'funds', 'indicators', 'warnings'] as const)
			for (const row of part[name])
				rows[name].push({ ...row, form_id: Number(row.form_id) + before });
		await yieldToPage();
	}
	// one key per project across the files (each file's own keys are replaced)
	const { keys, links } = matchProjects(rows.forms as unknown as KeyInput[]);
	rows.forms.forEach((form, i) => Object.assign(form, keys.get(i + 1)));
	rows.project_matches = links.map((link) => ({ ...link }));
	const shift = (row: TableRow, columns: string[]) => {
		for (const c of columns)
			if (typeof row[c] === 'number') row[c] = Number(row[c]) + FIRST_UPLOADED_ID - 1;
	};
	for (const table of Object.values(rows))
		for (const row of table) shift(row, ['form_id', 'other_form_id', 'project_key']);
	return rows;
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
async function append(db: Database, table: string, rows: TableRows) {
	const own = rowsOf(table, rows);
	if (!own.length) return;
	await textTable(db, scratch(table), columnsOf(table), own);
	await db.exec(`INSERT INTO ${table} BY NAME SELECT * FROM ${scratch(table)}`);
	await db.exec(`DROP TABLE ${scratch(table)}`);
}

/** `form_points` (a build-time aggregate) for the uploads: its own SQL over their indicators. */
async function appendPoints(db: Database, rows: TableRows) {
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

/** Notes the ids of the built forms the uploads replace (by file and position in it). */
async function noteReplaced(db: Database, uploads: readonly StoredUpload[]) {
	for (const key of uploads.flatMap((u) => u.replaces))
		await db.query({
			sql: `INSERT INTO ${REPLACED} SELECT form_id FROM forms
				WHERE form_id < ${FIRST_UPLOADED_ID} AND file = ? AND form_index = ?`,
			params: [key.file, key.index]
		});
}

/** The rows an uploaded or a replaced form has in a table, by its id columns. */
const laidRows = (idColumns: string[]) =>
	idColumns
		.map((c) => `${c} >= ${FIRST_UPLOADED_ID} OR ${c} IN (SELECT form_id FROM ${REPLACED})`)
		.join(' OR ');

/** The tables holding forms' rows, with the columns naming a form. */
const FORM_ID_COLUMNS: Record<string, string[]> = {
	forms: ['form_id'],
	form_texts: ['form_id'],
	funds: ['form_id'],
	indicators: ['form_id'],
	warnings: ['form_id'],
	project_matches: ['form_id', 'other_form_id'],
	form_points: ['form_id']
};

/** The kept uploads, laid into each table as it loads. */
export class UploadedForms {
	#uploads: Promise<readonly StoredUpload[]>;
	#rows: Promise<TableRows>;
	/** tables the uploads were laid into: laid again (emptied) even once none are kept */
	#laid = new Set<string>();

	constructor(uploads: Promise<readonly StoredUpload[]>) {
		this.#uploads = uploads;
		this.#rows = uploads.then(uploadedRows);
	}

	/** The uploads now kept: the tables loading next, or `Dataset.changed`, lay these. */
	set(uploads: readonly StoredUpload[]): void {
		this.#uploads = Promise.resolve(uploads);
		this.#rows = this.#uploads.then(uploadedRows);
	}

	list(): Promise<readonly StoredUpload[]> {
		return this.#uploads;
	}

	/** Lays the uploads into table `name`, just loaded (or laid before: it is emptied first). */
	loaded = async (
		name: string,
		db: Database,
		after: (table: string) => Promise<void>
	): Promise<void> => {
		const ids = FORM_ID_COLUMNS[name];
		const uploads = await this.#uploads;
		// nothing kept and nothing laid before: the shipped table as it is, at no cost
		if (!ids || (!uploads.length && !this.#laid.has(name))) return;
		this.#laid.add(name);
		const rows = await this.#rows;
		// the replaced forms' ids are found in `forms`: the other tables wait for it
		if (name === 'forms') {
			await db.exec(`CREATE TABLE IF NOT EXISTS ${REPLACED} (form_id INTEGER)`);
			await noteReplaced(db, uploads);
		} else await after('forms');
		await db.exec(`DELETE FROM ${name} WHERE ${laidRows(ids)}`);
		if (name === 'form_points') await appendPoints(db, rows);
		else await append(db, name, rows);
	};
}

/** The manifest with the uploads among its sources and counts, less the forms they replace. */
export function withUploads(manifest: Manifest, uploads: readonly StoredUpload[]): Manifest {
	const built = manifest.sources.filter((s) => s.origin !== 'uploaded');
	const count = (keep: (n: number, u: StoredUpload) => number) => uploads.reduce(keep, 0);
	const uploaded = count((n, u) => n + u.records.length);
	const replaced = (origin: string) =>
		count((n, u) => n + u.replaces.filter((k) => k.origin === origin).length);
	const real = manifest.counts.by_origin.real - replaced('real');
	const demo = manifest.counts.by_origin.demo - replaced('demo');
	return {
		...manifest,
		counts: {
			...manifest.counts,
			forms: real + demo + uploaded,
			by_origin: { real, demo, uploaded }
		},
		sources: [
			...built,
			...uploads.map((u) => ({
				file: u.file,
				sha256: '',
				forms: u.records.length,
				origin: 'uploaded' as const,
				errors: []
			}))
		]
	};
}
