/**
 * DuckDB-WASM in the browser: one shared instance, started once, from the package's own wasm
 * and worker files (no CDN), with extension auto-loading off so it never reaches the internet.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Database } from './database.ts';
import { databaseOver } from './database.ts';

export interface StartingDatabase {
	/** resolves once the worker has been told to fetch and compile the wasm */
	compiling: Promise<void>;
	ready: Promise<Database>;
}

let starting: StartingDatabase | null = null;

/** Starts DuckDB-WASM once; every caller shares the same instance. Browser only. */
export function browserDatabase(): StartingDatabase {
	starting ??= start();
	return starting;
}

function start(): StartingDatabase {
	performance.mark('budgetlens:db-start');
	// The worker starts loading now; the wasm compiles in it while the main thread does other work.
	const worker = new Worker(workerUrl);
	let compiled!: () => void;
	const compiling = new Promise<void>((resolve) => (compiled = resolve));
	const ready = (async () => {
		const duckdb = await import('@duckdb/duckdb-wasm');
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		const instantiated = db.instantiate(wasmUrl);
		compiled();
		await instantiated;
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
	})();
	ready.catch(() => {
		compiled();
		starting = null;
	});
	return { compiling, ready };
}
