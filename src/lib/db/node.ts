/**
 * DuckDB-WASM in Node (the blocking bundle): the browser's own engine, for the unit tests and
 * the CLI, so every query is tested on the DuckDB version the site runs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { databaseOver, type ArrowConnection, type Database } from './database.ts';

const dist = dirname(
	createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
);

/** An in-memory DuckDB-WASM connection in this Node process, and how to reset its database. */
export async function nodeConnection(): Promise<{ conn: ArrowConnection; reset: () => void }> {
	const bundles = {
		mvp: {
			mainModule: join(dist, 'duckdb-mvp.wasm'),
			mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: false } });
	const conn = db.connect();
	conn.query('SET autoinstall_known_extensions = false');
	conn.query('SET autoload_known_extensions = false');
	return { conn: conn as unknown as ArrowConnection, reset: () => db.reset() };
}

/** Starts an in-memory DuckDB-WASM instance in this Node process. */
export async function nodeDatabase(): Promise<Database> {
	const { conn, reset } = await nodeConnection();
	return databaseOver(conn, reset);
}
