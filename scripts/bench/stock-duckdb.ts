/**
 * The yardstick of the first-chart target: stock DuckDB-WASM (the package's own worker and
 * wasm, not our trimmed copy) opening in a blank page and answering `SELECT 42`. Builds that
 * page once into node_modules/.cache (wasm precompressed like the site's) and serves it.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { serveBuild } from '../serve.ts';

const dist = dirname(
	createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
);
const version = JSON.parse(readFileSync(join(dist, '../package.json'), 'utf8')).version as string;
const dir = `node_modules/.cache/budgetlens-bench/stock-duckdb-${version}`;

const ENTRY = `
import * as duckdb from '@duckdb/duckdb-wasm';
const worker = new Worker('duckdb-browser-eh.worker.js');
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
await db.instantiate(new URL('duckdb-eh.wasm', location.href).href);
await db.open({});
const conn = await db.connect();
const answer = await conn.query('SELECT 42 AS answer');
window.answeredAt = performance.now();
window.answer = Number(answer.getChild('answer').get(0));
`;

/** Writes the page, its bundle and the stock wasm (with .br) once per package version. */
async function prepare(): Promise<void> {
	if (existsSync(join(dir, 'ready'))) return;
	mkdirSync(dir, { recursive: true });
	await build({
		stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
		bundle: true,
		format: 'esm',
		minify: true,
		outfile: join(dir, 'main.js'),
		logLevel: 'error'
	});
	writeFileSync(
		join(dir, 'index.html'),
		'<!doctype html><meta charset="utf-8"><title>stock DuckDB-WASM</title><script type="module" src="main.js"></script>'
	);
	for (const file of ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js']) {
		const bytes = readFileSync(join(dist, file));
		writeFileSync(join(dir, file), bytes);
		const params = {
			[constants.BROTLI_PARAM_QUALITY]: 9,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
		};
		writeFileSync(join(dir, file + '.br'), brotliCompressSync(bytes, { params }));
	}
	writeFileSync(join(dir, 'ready'), version);
}

/** Serves the stock page; `url` is its root. */
export async function serveStockDuckdb() {
	await prepare();
	return serveBuild(dir, 0);
}
