/**
 * One database interface for every engine: DuckDB-WASM in the browser (browser.ts) and in
 * Node (node.ts). Queries are `{ sql, params }`: user values travel as bound parameters.
 */
import { tableToIPC, type Table } from 'apache-arrow';
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import { arrowToRows } from './arrow-rows.ts';
import { Lru } from './lru.ts';

export type { Query } from '../model/query.ts';
export type { Param, Row, Value } from '../model/values.ts';

export interface Database {
	/** Runs one statement with bound parameters and returns its rows. */
	query<R extends Row>(q: Query<R>): Promise<R[]>;
	/** Runs statements that take no user values (schema, loading). */
	exec(sql: string): Promise<void>;
	/** Inserts an Arrow table as a new table. */
	insertArrow(table: Table, name: string): Promise<void>;
	/** Inserts an Arrow IPC stream as a new table; the bytes may be handed over (transferred). */
	insertArrowIPC(bytes: Uint8Array, name: string): Promise<void>;
	close(): Promise<void>;
}

/** What the async (browser) and blocking (Node) DuckDB-WASM connections have in common. */
export interface ArrowConnection {
	query(sql: string): Table | Promise<Table>;
	prepare(sql: string):
		| { query(...params: unknown[]): Table | Promise<Table>; close(): void | Promise<void> }
		| Promise<{
				query(...params: unknown[]): Table | Promise<Table>;
				close(): void | Promise<void>;
		  }>;
	insertArrowFromIPCStream(
		buffer: Uint8Array,
		options: { name: string; create?: boolean }
	): void | Promise<void>;
	close(): void | Promise<void>;
}

type Statement = Awaited<ReturnType<ArrowConnection['prepare']>>;

/** Prepared statements kept per connection; the least recently used beyond this are closed. */
export const STATEMENT_CACHE_SIZE = 64;

/**
 * Wraps a DuckDB-WASM connection (async or blocking) as a Database. A statement is prepared
 * once per SQL text and kept: the pages' SQL does not change with the filters (only the bound
 * values do), so a filter change costs DuckDB a run, not a parse and plan.
 */
export function databaseOver(
	conn: ArrowConnection,
	onClose?: () => Promise<void> | void
): Database {
	const statements = new Lru<string, Promise<Statement>>(STATEMENT_CACHE_SIZE, (evicted) => {
		void evicted.then((s) => s.close()).catch(() => {});
	});

	function prepared(sql: string): Promise<Statement> {
		let statement = statements.get(sql);
		if (!statement) {
			statement = Promise.resolve(conn.prepare(sql));
			statement.catch(() => statements.delete(sql));
			statements.set(sql, statement);
		}
		return statement;
	}

	return {
		async query<R extends Row>(q: Query<R>): Promise<R[]> {
			if (!q.params?.length) return arrowToRows(await conn.query(q.sql)) as R[];
			const statement = await prepared(q.sql);
			return arrowToRows(await statement.query(...q.params)) as R[];
		},
		async exec(sql: string): Promise<void> {
			await conn.query(sql);
		},
		async insertArrow(table: Table, name: string): Promise<void> {
			// Serialised here: in Node the engine's CommonJS copy of apache-arrow does not
			// recognise tables built with this ES module copy (the dual-package hazard).
			await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
		},
		async insertArrowIPC(bytes: Uint8Array, name: string): Promise<void> {
			await conn.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		async close(): Promise<void> {
			const open = statements.drain();
			await Promise.allSettled(open.map(async (s) => (await s).close()));
			await conn.close();
			await onClose?.();
		}
	};
}
