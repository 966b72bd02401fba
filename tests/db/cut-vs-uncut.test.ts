/**
 * The site ships DuckDB's wasm with its export section cut to what the loader reaches
 * (scripts/duckdb-wasm.mjs): a differential test runs a broad set of SQL on that cut module and
 * on the package's own, and asks for the same rows and the same error messages — window
 * functions, regular expressions, DECIMAL arithmetic and overflow, GROUPING SETS, errors of
 * every kind, prepared statements, an Arrow insert and a cancelled query. The cut also rules
 * out loadable extensions, which the site never loads (no network): shown here too.
 */
import { readFileSync } from 'node:fs';
import { Decimal, makeData, makeVector, Table, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowToRows } from '../../src/lib/db/arrow-rows.ts';
import { boolVector, int32Vector, utf8Vector } from '../../src/lib/dataset/arrow-columns.ts';
import { nodeConnection, PACKAGE_WASM } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';

/** DECIMAL(precision, scale) from unscaled integers (12345n at scale 2 is 123.45), exact. */
function decimalVector(unscaled: readonly (bigint | null)[], precision: number, scale: number) {
	// Decimal128: four little-endian 32-bit words per value, two's complement.
	const data = new Uint32Array(unscaled.length * 4);
	const nullBitmap = new Uint8Array(Math.ceil(unscaled.length / 8));
	unscaled.forEach((v, i) => {
		if (v === null) return;
		nullBitmap[i >> 3]! |= 1 << (i & 7);
		const bits = BigInt.asUintN(128, v);
		for (let w = 0; w < 4; w++) data[i * 4 + w] = Number((bits >> BigInt(32 * w)) & 0xffffffffn);
	});
	const nullCount = unscaled.filter((v) => v === null).length;
	const type = new Decimal(scale, precision, 128);
	return makeVector(makeData({ type, length: unscaled.length, data, nullBitmap, nullCount }));
}

/** The blocking connection's calls this test makes (the package types them loosely). */
interface RawConnection {
	query(sql: string): Table;
	prepare(sql: string): { query(...params: unknown[]): Table; close(): void };
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): void;
	useUnsafe<R>(
		run: (
			bindings: {
				startPendingQuery(conn: number, sql: string, stream: boolean): Uint8Array | null;
				pollPendingQuery(conn: number): Uint8Array | null;
				cancelPendingQuery(conn: number): boolean;
			},
			conn: number
		) => R
	): R;
}

interface Engine {
	conn: RawConnection;
	reset: () => void;
}

let cut: Engine;
let uncut: Engine;

async function engine(wasm: string): Promise<Engine> {
	const { conn, reset } = await nodeConnection({ wasm });
	return { conn: conn as unknown as RawConnection, reset };
}

beforeAll(async () => {
	cut = await engine(SHIPPED_WASM);
	uncut = await engine(PACKAGE_WASM);
});
afterAll(() => {
	cut?.reset();
	uncut?.reset();
});

/** Rows as plain JSON: lists and structs (Arrow vectors and rows) as arrays and objects. */
const plain = (rows: unknown[]) =>
	JSON.parse(JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? String(v) : v))) as unknown[];

/** What a statement gives: its rows as plain values, or its error message. */
function outcome(run: () => Table): unknown {
	try {
		return { rows: plain(arrowToRows(run())) };
	} catch (e) {
		return { error: e instanceof Error ? e.message : String(e) };
	}
}

/** Runs the same thing on both engines; they must agree, and the outcome is returned. */
function both(run: (conn: RawConnection) => Table): unknown {
	const a = outcome(() => run(cut.conn));
	const b = outcome(() => run(uncut.conn));
	expect(a).toEqual(b);
	return a;
}

const CASES: Record<string, string> = {
	'window functions': `SELECT n, sum(n) OVER (ORDER BY n ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS s,
		row_number() OVER (PARTITION BY n % 3 ORDER BY n DESC) AS r, lag(n, 2) OVER (ORDER BY n) AS l,
		first_value(n) OVER (PARTITION BY n % 4 ORDER BY n) AS f,
		percent_rank() OVER (ORDER BY n % 5) AS p, ntile(3) OVER (ORDER BY n) AS t
		FROM range(25) r(n) ORDER BY n`,
	'regular expressions, Unicode classes included': `SELECT
		regexp_replace('2021年度 高技能（人才）·专项！', '[\\s\\p{Z}\\p{P}\\p{S}]', '', 'g') AS stripped,
		regexp_replace('2021年度培训', '^(19|20)[0-9]{2}年度?', '') AS yearless,
		regexp_matches('执行率 86.19 %', '\\d+\\.\\d+') AS has_number,
		regexp_extract('预算 4753.66万元', '([0-9.]+)(万?元)', 2) AS unit,
		regexp_split_to_array('a1b22c', '[0-9]+') AS parts,
		list_contains(string_split('甲' || chr(31) || '乙', chr(31)), '乙') AS listed`,
	'exact DECIMAL arithmetic': `SELECT CAST('185.91' AS DECIMAL(18,4)) / 2 AS half,
		CAST(CAST('185.91' AS DECIMAL(18,4)) * 10000 AS HUGEINT) * 1000 // 2 AS integer_half,
		round(CAST('0.125' AS DECIMAL(10,4)), 2) AS rounded,
		sum(x) AS total FROM (VALUES (CAST('0.1' AS DECIMAL(18,2))), (CAST('0.2' AS DECIMAL(18,2)))) t(x)`,
	'DECIMAL overflow in a cast': `SELECT CAST(99999999999 AS DECIMAL(4,2)) AS x`,
	'DECIMAL overflow in a product': `SELECT CAST('99999999999999999999999999999999999' AS DECIMAL(38,0)) * 1000 AS x`,
	'DECIMAL overflow in a sum': `SELECT sum(x) AS s FROM (VALUES
		(CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0))),
		(CAST('99999999999999999999999999999999999999' AS DECIMAL(38,0)))) t(x)`,
	'GROUPING SETS, ROLLUP and CUBE': `SELECT d, y, grouping(d, y) AS g, sum(v) AS v FROM (VALUES
		('甲', 2021, 1.5), ('甲', 2022, 2.25), ('乙', 2021, 4.0)) t(d, y, v)
		GROUP BY GROUPING SETS ((d, y), (d), ()) ORDER BY g, d NULLS LAST, y NULLS LAST`,
	rollup: `SELECT d, y, count(*) AS n FROM (VALUES ('甲', 2021), ('甲', 2022), ('乙', 2021)) t(d, y)
		GROUP BY ROLLUP (d, y) ORDER BY d NULLS LAST, y NULLS LAST`,
	cube: `SELECT d, y, count(*) AS n FROM (VALUES ('甲', 2021), ('乙', 2022)) t(d, y)
		GROUP BY CUBE (d, y) ORDER BY d NULLS LAST, y NULLS LAST`,
	'a syntax error': `SELEC 1`,
	'an unknown column': `SELECT nope FROM range(3)`,
	'an unknown table': `SELECT * FROM form_facts_missing`,
	'a failed cast': `SELECT CAST('12a' AS INTEGER) AS x`,
	'an error raised by the query': `SELECT error('自评表读取失败') AS x`,
	'integer division by zero and overflow': `SELECT 1 // 0 AS d, CAST(2147483647 AS INTEGER) + 1 AS o`,
	'dates, lists and structs': `SELECT DATE '2024-02-29' + INTERVAL 1 YEAR AS d,
		[1, 2, 3][2] AS second, {'a': 1, 'b': '乙'}.b AS field, strftime(DATE '2024-01-31', '%Y年%m月') AS s`,
	'string functions on Chinese text': `SELECT length('预算绩效') AS n, upper('abc预算') AS u,
		'预算' || '绩效' AS joined, contains('财政项目支出', '项目') AS has, trim(chr(12288) || '预算' || chr(12288)) AS trimmed`,
	// without the parquet extension (the site loads none: its tables come as Arrow IPC)
	'a function of an extension not loaded': `SELECT * FROM read_parquet('nowhere.parquet')`
};

describe('the cut wasm against the package wasm', () => {
	for (const [name, sql] of Object.entries(CASES)) {
		it(`agrees on ${name}`, () => {
			both((conn) => conn.query(sql));
		});
	}

	it('raises the errors as errors, with their messages', () => {
		expect(both((c) => c.query(CASES['a syntax error']!))).toMatchObject({
			error: expect.stringContaining('syntax error')
		});
		expect(both((c) => c.query(CASES['DECIMAL overflow in a cast']!))).toMatchObject({
			error: expect.stringContaining('Could not cast value 99999999999 to DECIMAL(4,2)')
		});
		expect(both((c) => c.query(CASES['an error raised by the query']!))).toMatchObject({
			error: expect.stringContaining('自评表读取失败')
		});
	});

	it('rules out loadable extensions: it keeps none of the duckdb:: symbols they link against', () => {
		// (LOAD itself is not tried: it would reach for the internet)
		const cpp = (file: string) =>
			WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(file))).filter((e) =>
				e.name.startsWith('_ZN6duckdb')
			).length;
		expect(cpp(PACKAGE_WASM)).toBeGreaterThan(20_000);
		expect(cpp(SHIPPED_WASM)).toBe(0);
	});

	it('agrees on prepared statements run again with other values, and on a wrong count', () => {
		const run = (conn: RawConnection) => {
			const s = conn.prepare(
				`SELECT CAST(? AS DECIMAL(18,2)) * 3 AS x, ? || '局' AS name, CAST(? AS INTEGER) IS NULL AS none`
			);
			try {
				const rows = [
					...arrowToRows(s.query('1.10', '甲', 2021)),
					...arrowToRows(s.query('-0.05', "x' OR 1=1", null))
				];
				const wrong = outcome(() => s.query('1'));
				return { rows, wrong };
			} finally {
				s.close();
			}
		};
		const [a, b] = [run(cut.conn), run(uncut.conn)];
		expect(a).toEqual(b);
		expect(a.rows).toEqual([
			{ x: '3.30', name: '甲局', none: false },
			{ x: '-0.15', name: "x' OR 1=1局", none: true }
		]);
		expect(a.wrong).toMatchObject({ error: expect.any(String) });
	});

	it('agrees on an Arrow table inserted and read back exactly', () => {
		const table = new Table({
			name: utf8Vector([new TextEncoder().encode('预算'), null, new TextEncoder().encode('绩效')]),
			amount: decimalVector([12345n, -1n, null], 18, 2),
			year: int32Vector([2021, null, 2023]),
			real: boolVector([true, false, null])
		});
		const bytes = tableToIPC(table, 'stream');
		const run = (conn: RawConnection, name: string) => {
			conn.insertArrowFromIPCStream(bytes, { name, create: true });
			return conn.query(
				`SELECT *, sum(amount) OVER () AS total FROM ${name} ORDER BY year NULLS LAST`
			);
		};
		expect(both((c) => run(c, 'arrow_in'))).toEqual({
			rows: [
				{ name: '预算', amount: '123.45', year: 2021, real: true, total: '123.44' },
				{ name: '绩效', amount: null, year: 2023, real: null, total: '123.44' },
				{ name: null, amount: '-0.01', year: null, real: false, total: '123.44' }
			]
		});
	});

	it('agrees on a query cancelled while it runs, and answers the next one', () => {
		const run = (conn: RawConnection) => {
			const pending = conn.useUnsafe((bindings, c) => {
				// 400 million hashes: far from done after the first step
				const first = bindings.startPendingQuery(
					c,
					'SELECT sum(hash(a.range * b.range)) FROM range(20000) a, range(20000) b',
					false
				);
				const cancelled = bindings.cancelPendingQuery(c);
				const poll = outcome(() => {
					bindings.pollPendingQuery(c);
					return new Table({});
				});
				return { done: first !== null, cancelled, poll };
			});
			return { ...pending, after: arrowToRows(conn.query('SELECT 42 AS answer')) };
		};
		const [a, b] = [run(cut.conn), run(uncut.conn)];
		expect(a).toEqual(b);
		expect(a).toEqual({
			done: false,
			cancelled: true,
			poll: { error: 'query was canceled' },
			after: [{ answer: 42 }]
		});
	});
});
