/** The prepared-statement cache of databaseOver, on a real DuckDB-WASM connection. */
import { afterEach, describe, expect, it } from 'vitest';
import {
	databaseOver,
	STATEMENT_CACHE_SIZE,
	type ArrowConnection,
	type Database
} from '../../src/lib/db/database.ts';
import { nodeConnection } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';

let db: Database | null = null;
afterEach(async () => {
	await db?.close();
	db = null;
});

/** A real connection that counts the statements prepared and closed through it. */
async function countingDatabase() {
	const { conn, reset } = await nodeConnection({ wasm: SHIPPED_WASM });
	const counts = { prepared: 0, closed: 0 };
	const counting: ArrowConnection = {
		query: (sql) => conn.query(sql),
		insertArrowFromIPCStream: (buffer, options) => conn.insertArrowFromIPCStream(buffer, options),
		close: () => conn.close(),
		async prepare(sql) {
			const statement = await conn.prepare(sql);
			counts.prepared++;
			return {
				query: (...params: unknown[]) => statement.query(...params),
				close: () => {
					counts.closed++;
					return statement.close();
				}
			};
		}
	};
	db = databaseOver(counting, reset);
	return { db, counts };
}

describe('prepared statements', () => {
	it('prepares a SQL text once and binds new values on each run', async () => {
		const { db, counts } = await countingDatabase();
		const sql = 'SELECT ?::INTEGER * 2 AS doubled';
		expect(await db.query({ sql, params: [2] })).toEqual([{ doubled: 4 }]);
		expect(await db.query({ sql, params: [21] })).toEqual([{ doubled: 42 }]);
		const both = await Promise.all([
			db.query({ sql, params: [1] }),
			db.query({ sql, params: [3] })
		]);
		expect(both).toEqual([[{ doubled: 2 }], [{ doubled: 6 }]]);
		expect(counts.prepared).toBe(1);
	});

	it('closes the least recently used statement beyond the cache size', async () => {
		const { db, counts } = await countingDatabase();
		const sqlOf = (i: number) => `SELECT ?::INTEGER + ${i} AS n`;
		for (let i = 0; i <= STATEMENT_CACHE_SIZE; i++) {
			expect(await db.query({ sql: sqlOf(i), params: [1] })).toEqual([{ n: 1 + i }]);
		}
		await new Promise((done) => setTimeout(done, 0));
		expect(counts.closed).toBe(1);
		// the first was evicted: running it again prepares it anew; the last is still kept
		await db.query({ sql: sqlOf(0), params: [1] });
		await db.query({ sql: sqlOf(STATEMENT_CACHE_SIZE), params: [1] });
		expect(counts.prepared).toBe(STATEMENT_CACHE_SIZE + 2);
		await db.close();
		expect(counts.closed).toBe(STATEMENT_CACHE_SIZE + 2);
	});

	it('does not keep a statement that failed to prepare', async () => {
		const { db } = await countingDatabase();
		const bad = { sql: 'SELECT * FROM no_such_table WHERE x = ?', params: [1] };
		await expect(db.query(bad)).rejects.toThrow(/no_such_table/);
		await db.exec('CREATE TABLE no_such_table (x INTEGER)');
		expect(await db.query(bad)).toEqual([]);
	});
});
