import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';
import type { Database } from '../../src/lib/db/database.ts';
import { scaleUnscaled } from '../../src/lib/db/arrow-rows.ts';

let db: Database;
beforeAll(async () => {
	db = await nodeDatabase({ wasm: SHIPPED_WASM });
});
afterAll(() => db?.close());

describe('query results', () => {
	it('come back as exact decimal strings for DECIMAL(38,2)', async () => {
		const [row] = await db.query({
			sql: `SELECT CAST('123456789012345678901234567.89' AS DECIMAL(38,2)) AS a,
				CAST('-0.05' AS DECIMAL(18,2)) AS b, CAST('-98765.4321' AS DECIMAL(12,4)) AS c`
		});
		expect(row).toEqual({ a: '123456789012345678901234567.89', b: '-0.05', c: '-98765.4321' });
	});

	it('turn BIGINT counts into numbers', async () => {
		const [row] = await db.query({ sql: 'SELECT count(*) AS n FROM range(3)' });
		expect(row).toEqual({ n: 3 });
	});
});

describe('scaleUnscaled', () => {
	it('writes -5 at scale 2 as -0.05', () => {
		expect(scaleUnscaled(-5n, 2)).toBe('-0.05');
	});
});
