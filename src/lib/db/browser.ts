/**
 * DuckDB-WASM in the browser: one shared instance, started once, from the package's own wasm
 * and worker files copied beside the site (no CDN), with extension auto-loading off so it never
 * reaches the internet. The worker itself is started by app.html's first script (see
 * duckdb-boot.worker.js); this takes it over.
 */
import type { Database } from './database.ts';
import { databaseOver } from './database.ts';

let starting: Promise<Database> | null = null;

/** Starts DuckDB-WASM once; every caller shares the same instance. Browser only. */
export function browserDatabase(base: string): Promise<Database> {
	if (!starting) {
		starting = start(base);
		starting.catch(() => (starting = null));
	}
	return starting;
}

function takeWorker(base: string): Worker {
	const early = (self as { budgetlensDuckdb?: Worker }).budgetlensDuckdb;
	delete (self as { budgetlensDuckdb?: Worker }).budgetlensDuckdb;
	return early ?? new Worker(`${base}/duckdb/boot.js`);
}

async function start(base: string): Promise<Database> {
	performance.mark('budgetlens:db-start');
	const worker = takeWorker(base);
	const duckdb = await import('@duckdb/duckdb-wasm');
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(new URL(`${base}/duckdb/duckdb-eh.wasm`, location.href).href);
	performance.mark('budgetlens:db-instantiated');
	await db.open({
		query: { castBigIntToDouble: false, castDecimalToDouble: false },
		allowUnsignedExtensions: false
	});
	const conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	return databaseOver(conn, async () => {
		await db.terminate();
		starting = null;
	});
}
