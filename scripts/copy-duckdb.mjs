// Puts DuckDB-WASM's worker and wasm (from the npm package: no CDN) and our boot worker into
// static/duckdb/, at fixed paths the first inline script of every page can start (app.html).
// The wasm keeps only the exports its loader reaches (scripts/duckdb-wasm.mjs): half a second
// less to start. Runs on install and before every build, so the copy matches the package.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { reachableExports, withExports } from './duckdb-wasm.mjs';

const dist = 'node_modules/@duckdb/duckdb-wasm/dist';
const out = 'static/duckdb';
mkdirSync(out, { recursive: true });

const wasm = readFileSync(`${dist}/duckdb-eh.wasm`);
const worker = readFileSync(`${dist}/duckdb-browser-eh.worker.js`, 'utf8');
const keep = reachableExports(new WebAssembly.Module(wasm), [worker]);
writeFileSync(`${out}/duckdb-eh.wasm`, withExports(wasm, keep));
writeFileSync(`${out}/duckdb-browser-eh.worker.js`, worker);
copyFileSync('src/lib/db/duckdb-boot.worker.js', `${out}/boot.js`);
