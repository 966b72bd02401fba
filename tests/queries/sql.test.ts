import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';
import type { Database } from '../../src/lib/db/database.ts';
import { divRound } from '../../src/lib/queries/sql.ts';

let db: Database;
beforeAll(async () => {
	db = await nodeDatabase({ wasm: SHIPPED_WASM });
});
afterAll(() => db?.close());

const divide = async (num: string, den: string, places: number) => {
	const [row] = await db.query({
		sql: `WITH v AS (SELECT CAST(? AS DECIMAL(18,2)) AS n, CAST(? AS DECIMAL(18,2)) AS d)
			SELECT CAST(${divRound('n', 'd', places)} AS VARCHAR) AS q FROM v`,
		params: [num, den]
	});
	return row?.q;
};

describe('divRound', () => {
	it('rounds 185.91 / 2 half up to 92.96', async () => {
		expect(await divide('185.91', '2', 2)).toBe('92.96');
	});

	it('rounds a negative quotient away from zero', async () => {
		expect(await divide('-185.91', '2', 2)).toBe('-92.96');
	});

	it('rounds an exact half up: 1 / 8 to 0.13', async () => {
		expect(await divide('1', '8', 2)).toBe('0.13');
	});

	it('rounds just below a half down: 0.12 / 0.97 to 0.1237', async () => {
		expect(await divide('0.12', '0.97', 4)).toBe('0.1237');
	});

	it('gives NULL for a zero denominator', async () => {
		expect(await divide('1', '0', 2)).toBeNull();
	});

	it('keeps precision on amounts of hundreds of millions', async () => {
		expect(await divide('987654321.99', '987654322.00', 6)).toBe('1.000000');
	});

	it('divides the seed executed by adjusted to 0.3591', async () => {
		expect(await divide('9640740', '26845000', 4)).toBe('0.3591');
	});
});
