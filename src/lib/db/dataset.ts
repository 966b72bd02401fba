/**
 * Loads the built dataset (manifest + Arrow IPC tables) into a Database, each table when a
 * query first names it: the overview needs `forms` and the build-time aggregates, never the
 * indicators, so at a province's scale (930,000 indicator rows) those stay on the server until
 * a page that reads them opens. The bytes go to DuckDB as they are: nothing is decoded here.
 */
import type { Manifest } from '../dataset/manifest.ts';
import type { Database, Query, Row } from './database.ts';

export interface DatasetSource {
	manifest(): Promise<Manifest>;
	bytes(file: string): Promise<ArrayBuffer>;
	/**
	 * Called once a shipped table is in, before anything derives from it: rows the browser adds
	 * to it (the uploads, db/uploads.ts). Gets the bare database, and `after` to wait for another
	 * table (loaded, with this call made for it). Must be safe to call again.
	 */
	loaded?(name: string, db: Database, after: (table: string) => Promise<void>): Promise<void>;
}

export interface Dataset {
	/** the database, loading what each query names before running it */
	db: Database;
	manifest: Manifest;
	/**
	 * The source's added rows changed: `loaded` runs again on every table in so far, and the
	 * derived tables made so far are made again. Tables not loaded yet get the rows when they load.
	 */
	changed(): Promise<void>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The statement's created table or view: `CREATE [OR REPLACE] TABLE|VIEW name`. */
const createdBy = (statement: string) =>
	/^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(\w+)/i.exec(statement)?.[1];

/**
 * Opens the dataset over `database` (which may still be starting: the first tables are fetched
 * meanwhile) and resolves once the tables in `first` and what they derive from are loaded.
 * `derive` are the statements creating the tables the queries read (queries/facts.ts owns
 * them; the loader only runs them).
 */
export async function openDataset(
	database: Database | Promise<Database>,
	source: DatasetSource,
	derive: readonly string[],
	first: readonly string[] = ['form_facts']
): Promise<Dataset> {
	const manifest = await source.manifest();
	const statements = new Map(derive.map((s) => [createdBy(s) ?? '', s]));
	const names = [...Object.keys(manifest.tables), ...statements.keys()];
	const pattern = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'g');
	const named = (sql: string) => [...new Set([...sql.matchAll(pattern)].map((m) => m[1]!))];
	const loading = new Map<string, Promise<void>>();

	function ensure(name: string): Promise<void> {
		let done = loading.get(name);
		if (done) return done;
		const table = manifest.tables[name];
		const statement = statements.get(name);
		if (table) {
			const bytes = source.bytes(table.file);
			done = (async () => {
				const db = await database;
				await db.insertArrowIPC(new Uint8Array(await bytes), name);
				await source.loaded?.(name, db, ensure);
			})();
		} else if (statement) {
			done = (async () => {
				await ensureAll(named(statement).filter((n) => n !== name));
				await (await database).exec(statement);
			})();
		} else throw new Error(`the dataset has no table ${name} (manifest.json)`);
		loading.set(name, done);
		return done;
	}
	const ensureAll = async (list: readonly string[]) => {
		await Promise.all(list.map(ensure));
	};

	await ensureAll(first);
	const db = await database;
	// one change at a time: a second waits for the first (both re-read the source)
	let changing = Promise.resolve();
	async function changed(): Promise<void> {
		const shipped = [...loading.keys()].filter((name) => manifest.tables[name]);
		const derived = [...loading.keys()].filter((name) => statements.has(name));
		await ensureAll(shipped);
		// `after` in this round waits for the other table laid again, not as it was loaded
		const relaid = new Map<string, Promise<void>>();
		const relay = (name: string): Promise<void> => {
			let done = relaid.get(name);
			if (!done) {
				done = ensure(name).then(() => source.loaded?.(name, db, relay));
				relaid.set(name, done);
			}
			return done;
		};
		for (const name of shipped) await relay(name);
		for (const name of derived) await db.exec(statements.get(name)!);
	}
	return {
		manifest,
		changed() {
			changing = changing.catch(() => undefined).then(changed);
			return changing;
		},
		db: {
			async query<R extends Row>(q: Query<R>): Promise<R[]> {
				await ensureAll(named(q.sql));
				return db.query<R>(q);
			},
			async exec(sql: string) {
				await ensureAll(named(sql));
				await db.exec(sql);
			},
			insertArrow: (table, name) => db.insertArrow(table, name),
			insertArrowIPC: (bytes, name) => db.insertArrowIPC(bytes, name),
			close: () => db.close()
		}
	};
}

/** Loads every table and derived table at once; for the tests and the build. */
export async function loadDataset(
	database: Database | Promise<Database>,
	source: DatasetSource,
	derive: readonly string[]
): Promise<Manifest> {
	const manifest = await source.manifest();
	const all = [...Object.keys(manifest.tables), ...derive.map((s) => createdBy(s) ?? '')];
	return (await openDataset(database, { ...source, manifest: async () => manifest }, derive, all))
		.manifest;
}
