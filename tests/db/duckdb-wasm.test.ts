/**
 * The export cut of scripts/duckdb-wasm.mjs: only the export section changes, and DuckDB still
 * starts and answers from a wasm cut to what its Emscripten loader reaches (here the Node
 * blocking bundle's loader; the site's, in the browser tests).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachableExports, withExports } from '../../scripts/duckdb-wasm.mjs';

const dist = dirname(
	createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
);
const original = readFileSync(join(dist, 'duckdb-eh.wasm'));
let module: WebAssembly.Module;
let keep: Set<string>;
let cut: Buffer;
let dir: string;

/** Each section of a wasm binary: its id and its bytes. */
function sections(bytes: Uint8Array): { id: number; bytes: Buffer }[] {
	const out = [];
	let pos = 8;
	while (pos < bytes.length) {
		const id = bytes[pos]!;
		let size = 0;
		let shift = 0;
		let p = pos + 1;
		let byte;
		do {
			byte = bytes[p++]!;
			size |= (byte & 0x7f) << shift;
			shift += 7;
		} while (byte & 0x80);
		out.push({ id, bytes: Buffer.from(bytes.subarray(pos, p + size)) });
		pos = p + size;
	}
	return out;
}

beforeAll(() => {
	module = new WebAssembly.Module(original);
	const loader = readFileSync(join(dist, 'duckdb-node-blocking.cjs'), 'utf8');
	keep = reachableExports(module, [loader]);
	cut = withExports(original, keep);
	dir = mkdtempSync(join(tmpdir(), 'duckdb-cut-'));
	writeFileSync(join(dir, 'duckdb-eh.wasm'), cut);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withExports', () => {
	it('keeps a few hundred of the 75,011 exports: those the loader names or needs', () => {
		const all = WebAssembly.Module.exports(module).map((e) => e.name);
		expect(all.length).toBeGreaterThan(70_000);
		expect(keep.size).toBeLessThan(1_000);
		for (const name of ['malloc', 'free', 'duckdb_web_open', 'duckdb_web_query_run']) {
			expect(keep.has(name)).toBe(true);
		}
		const kept = WebAssembly.Module.exports(new WebAssembly.Module(new Uint8Array(cut))).map(
			(e) => e.name
		);
		expect(new Set(kept)).toEqual(keep);
	});

	it('leaves every other section byte for byte', () => {
		const before = sections(original).filter((s) => s.id !== 7);
		const after = sections(cut).filter((s) => s.id !== 7);
		expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
		after.forEach((s, i) => expect(s.bytes.equals(before[i]!.bytes)).toBe(true));
		expect(cut.length).toBeLessThan(original.length - 5_000_000);
	});

	it('still starts DuckDB and answers queries', async () => {
		const bundle = {
			mainModule: join(dir, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		};
		const db = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
		await db.instantiate();
		db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: false } });
		const conn = db.connect();
		conn.query('CREATE TABLE t AS SELECT range AS n, range::VARCHAR AS s FROM range(1000)');
		const sum = conn.query('SELECT sum(n)::INTEGER AS total, max(s) AS top FROM t').toArray()[0];
		expect(sum.toJSON()).toEqual({ total: 499500, top: '999' });
		const statement = conn.prepare('SELECT CAST(? AS DECIMAL(18,2)) * 3 AS x');
		// DuckDB-WASM hands a DECIMAL over as its unscaled integer: 3.30 at scale 2
		expect(String(statement.query('1.10').toArray()[0].x)).toBe('330');
		db.reset();
	});
});
