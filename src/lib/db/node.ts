/**
 * DuckDB-WASM in Node (the blocking bundle): the browser's own engine, for the unit tests, so
 * every query is tested on the DuckDB version the site runs. `wasm` picks the module: the
 * package's own by default, or the cut one the site ships (scripts/copy-duckdb.mjs), which the
 * tests use so that they run what users run.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { databaseOver, type ArrowConnection, type Database } from './database.ts';

const dist = dirname(
	createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
);

/** The package's own (uncut) eh module. */
export const PACKAGE_WASM = join(dist, 'duckdb-eh.wasm');

export interface NodeEngine {
	/** path of the eh wasm module to run (PACKAGE_WASM by default) */
	wasm?: string;
}

/** An in-memory DuckDB-WASM connection in this Node process, and how to reset its database. */
export async function nodeConnection({ wasm = PACKAGE_WASM }: NodeEngine = {}): Promise<{
	conn: ArrowConnection;
	reset: () => void;
}> {
	// eh only: every engine the site supports has wasm exceptions, so mvp is never picked
	const eh = { mainModule: wasm, mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') };
	const bundles = { mvp: eh, eh };
	const db = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: false } });
	const conn = db.connect();
	conn.query('SET autoinstall_known_extensions = false');
	conn.query('SET autoload_known_extensions = false');
	return { conn: conn as unknown as ArrowConnection, reset: () => db.reset() };
}

/** Starts an in-memory DuckDB-WASM instance in this Node process. */
export async function nodeDatabase(engine: NodeEngine = {}): Promise<Database> {
	const { conn, reset } = await nodeConnection(engine);
	return databaseOver(conn, reset);
}
