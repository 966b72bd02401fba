/**
 * Forms brought in on the 导入 page, laid into the site's tables as each table loads (the
 * tables load lazily: db/dataset.ts calls `loaded` for each): the same rows the builder writes
 * (dataset/rows.ts, origin `uploaded`), inserted as text that DuckDB casts to the columns'
 * types (DECIMAL for money: no float on the way). Uploaded forms keep their ids across reloads
 * and removals (upload-ids.ts) and join the built projects' series (upload-series.ts).
 * The built rows the uploads change (the forms they replace, the series keyed anew) are saved
 * before and put back at the next laying: `loaded` may run any number of times, and once no
 * upload is kept the tables are as shipped again, with no reload.
 */
import type { Database } from './database.ts';
import type { Manifest } from '../dataset/manifest.ts';
import type { KeyInput } from '../dataset/project-keys.ts';
import { emptyTableRows, toTableRows, type TableRows } from '../dataset/rows.ts';
import { TABLES, type TableName, type TableRow } from '../dataset/schema.ts';
import { append, appendPoints, pacer, rekey } from './upload-tables.ts';
import type { StoredUpload } from './upload-store.ts';
import { FIRST_UPLOADED_ID, uploadedIds } from './upload-ids.ts';
import { seriesWithBuilt } from './upload-series.ts';

export { FIRST_UPLOADED_ID } from './upload-ids.ts';

/** The built forms that uploads replace, by id (found once `forms` is in). */
const REPLACED = 'upload_replaced';
/** The built forms keyed again with the uploads (their series meet). */
const REKEYED = 'upload_rekeyed';
/** The built rows of `table` as shipped, that the uploads changed or took out. */
const saved = (table: string) => `upload_saved_${table}`;
/** The ids of the forms whose rows `saved` holds (the rows to put back). */
const touched = (table: string) => `upload_touched_${table}`;

/** The rows a table is written from (`form_texts`: some columns of the forms' rows). */
const rowsOf = (table: string, rows: TableRows) =>
	rows[TABLES.find((t) => t.name === table)!.rows ?? (table as TableName)];

/**
 * The uploads' table rows, laid out by toTableRows a form at a time (letting the page run
 * every few milliseconds), each form with its stable id. Their series keys come later, with the
 * built forms' (UploadedForms' plan).
 */
async function uploadedRows(uploads: readonly StoredUpload[]): Promise<TableRows> {
	const ids = uploadedIds(uploads);
	const rows = emptyTableRows();
	const pace = pacer();
	// a form at a time: a file's 30 forms in one go held the page ~100 ms on a busy machine.
	// The rows of a form depend on it alone; the keys toTableRows gives them are replaced
	// by the series keys (#planned), which every uploaded form gets.
	for (const [k, upload] of uploads.entries())
		for (const [i, record] of upload.records.entries()) {
			const part = toTableRows([{ record, origin: 'uploaded' }]);
			for (const name of ['forms', 'funds', 'indicators', 'warnings'] as const)
				for (const row of part[name]) rows[name].push({ ...row, form_id: ids[k]![i]! });
			await pace();
		}
	return rows;
}

/** Lists the ids of the built forms the uploads replace (by file and position in it). */
async function noteReplaced(db: Database, uploads: readonly StoredUpload[]) {
	await db.exec(`CREATE OR REPLACE TABLE ${REPLACED} (form_id INTEGER)`);
	for (const key of uploads.flatMap((u) => u.replaces))
		await db.query({
			sql: `INSERT INTO ${REPLACED} SELECT form_id FROM forms
				WHERE form_id < ${FIRST_UPLOADED_ID} AND file = ? AND form_index = ?`,
			params: [key.file, key.index]
		});
}

/** A row of `table` naming one of the forms in table `ids`. */
const naming = (columns: string[], ids: string) =>
	columns.map((c) => `${c} IN (SELECT form_id FROM ${ids})`).join(' OR ');

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

/** The tables whose built rows change when the uploads join their series. */
const SERIES_TABLES = ['forms', 'form_texts', 'project_matches'];

/** The uploads' rows keyed with the built forms, and the built forms keyed again. */
interface Plan {
	rows: TableRows;
	/** the series columns of the built forms matched again (form_id and KEY_COLUMNS) */
	rekeyed: TableRow[];
}

/** The kept uploads, laid into each table as it loads. */
export class UploadedForms {
	#uploads: Promise<readonly StoredUpload[]>;
	#rows: Promise<TableRows>;
	/** worked out each time `forms` is laid; the other tables wait for it */
	#plan: Promise<Plan> | null = null;
	/** tables the uploads were laid into: laid again (emptied) even once none are kept */
	#laid = new Set<string>();
	/** tables with built rows saved (`saved`, `touched`) to put back */
	#saved = new Set<string>();

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

	/** The uploads' rows with their series keys, matched with the built forms in `forms`. */
	async #planned(db: Database, uploads: readonly StoredUpload[]): Promise<Plan> {
		const rows = await this.#rows;
		await noteReplaced(db, uploads);
		const series = await seriesWithBuilt(db, rows.forms as unknown as KeyInput[], REPLACED);
		await db.exec(
			`CREATE OR REPLACE TABLE ${REKEYED} AS SELECT unnest([${series.built.join(', ')}]::INTEGER[]) AS form_id`
		);
		const keyed = (id: TableRow[string] | undefined) => ({ ...series.keys.get(Number(id)) });
		return {
			rows: {
				...rows,
				forms: rows.forms.map((f) => ({ ...f, ...keyed(f.form_id) })),
				project_matches: series.links.map((link) => ({ ...link }))
			},
			rekeyed: series.built.map((id) => ({ form_id: id, ...keyed(id) }))
		};
	}

	/** Puts back the built rows of `table` saved at its last laying, and takes the uploads out. */
	async #restore(db: Database, table: string, ids: string[]) {
		if (this.#saved.has(table)) {
			await db.exec(`DELETE FROM ${table} WHERE ${naming(ids, touched(table))}`);
			await db.exec(`INSERT INTO ${table} BY NAME SELECT * FROM ${saved(table)}`);
			await db.exec(`DROP TABLE ${saved(table)}`);
			await db.exec(`DROP TABLE ${touched(table)}`);
			this.#saved.delete(table);
		}
		await db.exec(
			`DELETE FROM ${table} WHERE ${ids.map((c) => `${c} >= ${FIRST_UPLOADED_ID}`).join(' OR ')}`
		);
	}

	/** Lays the uploads into table `name`, just loaded (or laid before: put back first). */
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
		await this.#restore(db, name, ids);
		// the replaced forms and the series are found in `forms`: the other tables wait for it
		if (name === 'forms') this.#plan = this.#planned(db, uploads);
		else await after('forms');
		const plan = await this.#plan!;
		const series = SERIES_TABLES.includes(name);
		// save the built rows about to change, to put back at the next laying
		await db.exec(
			`CREATE TABLE ${touched(name)} AS SELECT form_id FROM ${REPLACED}` +
				(series ? ` UNION SELECT form_id FROM ${REKEYED}` : '')
		);
		await db.exec(
			`CREATE TABLE ${saved(name)} AS SELECT * FROM ${name} WHERE ${naming(ids, touched(name))}`
		);
		this.#saved.add(name);
		if (name === 'project_matches') {
			// the links among the forms matched again are all in the plan
			await db.exec(`DELETE FROM ${name} WHERE ${naming(ids, touched(name))}`);
		} else {
			await db.exec(`DELETE FROM ${name} WHERE ${naming(ids, REPLACED)}`);
			if (series) await rekey(db, name, plan.rekeyed);
		}
		if (name === 'form_points') await appendPoints(db, plan.rows);
		else await append(db, name, rowsOf(name, plan.rows));
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
