/**
 * DuckDB-WASM in the browser: one shared instance, started once, from the package's own wasm
 * and worker files (no CDN), with extension auto-loading off so it never reaches the internet.
 */
import type { Database } from './database.ts';
import { databaseOver } from './database.ts';

let starting: Promise<Database> | null = null;

/** Starts DuckDB-WASM once; every caller shares the same instance. Browser only. */
export function browserDatabase(): Promise<Database> {
	starting ??= start();
	return starting;
}

async function start(): Promise<Database> {
	performance.mark('budgetlens:db-start');
	const duckdb = await import('@duckdb/duckdb-wasm');
	const { default: wasmUrl } = await import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url');
	const { default: workerUrl } =
		await import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url');
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(wasmUrl);
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
