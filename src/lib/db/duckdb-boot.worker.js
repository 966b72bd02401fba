// @ts-nocheck: a classic worker script, its globals written by the copy step; the browser tests run it
/*
 * DuckDB-WASM's worker, started by an inline script at the top of every page (app.html) so the
 * 34 MB wasm downloads and compiles while the page's own JavaScript is still loading. It begins
 * compiling at once, then runs DuckDB's own worker script, whose instantiate is handed the
 * module compiled here instead of fetching the wasm a second time. Copied with DuckDB's files
 * into static/duckdb/ by scripts/copy-duckdb.mjs. A plain classic worker: no bundling, no imports.
 */
/* global DUCKDB_EXPORTS, importScripts */
const wasmUrl = new URL('duckdb-eh.wasm', self.location.href).href;
const compiled = WebAssembly.compileStreaming(fetch(wasmUrl));
// A failure surfaces when DuckDB instantiates; don't report it twice.
compiled.catch(() => {});

// DUCKDB_EXPORTS (written above this file by scripts/copy-duckdb.mjs): the few hundred of the
// module's 75,011 exports that DuckDB's JavaScript can reach. Its loader walks every export it
// is given several times; handing it these alone saves about half a second of start.
WebAssembly.instantiateStreaming = async (_source, imports) => {
	const module = await compiled;
	const instance = await WebAssembly.instantiate(module, imports);
	const exports = {};
	for (const name of DUCKDB_EXPORTS) exports[name] = instance.exports[name];
	return { module, instance: { exports } };
};

// DuckDB's instantiate fetches the wasm itself (to report progress) before instantiating it:
// answer that one request with an empty body, since the bytes are already compiled above.
const fetchOver = self.fetch.bind(self);
self.fetch = (input, init) => {
	const url =
		input instanceof Request ? input.url : new URL(String(input), self.location.href).href;
	return url === wasmUrl
		? Promise.resolve(new Response(new Uint8Array(0)))
		: fetchOver(input, init);
};

importScripts('duckdb-browser-eh.worker.js');
