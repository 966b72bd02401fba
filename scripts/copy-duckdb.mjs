// Puts DuckDB-WASM's worker and wasm (from the npm package: no CDN) and our boot worker into
// static/duckdb/, at fixed paths the first inline script of every page can start (app.html).
// Runs on install and before every build, so the copy always matches the installed package.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = 'node_modules/@duckdb/duckdb-wasm/dist';
const out = 'static/duckdb';
mkdirSync(out, { recursive: true });
copyFileSync(`${dist}/duckdb-eh.wasm`, `${out}/duckdb-eh.wasm`);
copyFileSync(`${dist}/duckdb-browser-eh.worker.js`, `${out}/duckdb-browser-eh.worker.js`);

// The wasm exports 75,011 symbols (DuckDB is built to load extensions as side modules), and
// Emscripten's loader walks them all several times at start: ~0.5 s. The boot worker hands it
// only the exports its JavaScript can reach: those it names, those the module's own GOT
// imports resolve to, and Emscripten's dynCall_/__em_js__ helpers (duckdb-boot.worker.js).
const module = new WebAssembly.Module(readFileSync(`${dist}/duckdb-eh.wasm`));
const js = readFileSync(`${dist}/duckdb-browser-eh.worker.js`, 'utf8');
const named = new Set(js.match(/[A-Za-z_$][\w$]*/g));
const got = new Set(
	WebAssembly.Module.imports(module)
		.filter((i) => i.module.startsWith('GOT.'))
		.map((i) => i.name)
);
const reachable = (name) =>
	named.has(name) ||
	named.has(`_${name}`) ||
	got.has(name) ||
	name.startsWith('dynCall_') ||
	name.startsWith('__em_js__');
const exports = WebAssembly.Module.exports(module)
	.map((e) => e.name)
	.filter((name) => (name.startsWith('orig$') ? reachable(name.slice(5)) : reachable(name)));
writeFileSync(
	`${out}/boot.js`,
	`const DUCKDB_EXPORTS = ${JSON.stringify(exports)};\n` +
		readFileSync('src/lib/db/duckdb-boot.worker.js', 'utf8')
);
