/*
 * DuckDB-WASM's worker, started by an inline script at the top of every page (app.html) so the
 * 34 MB wasm downloads and compiles while the page's own JavaScript is still loading. It begins
 * compiling at once, then runs DuckDB's own worker script, whose instantiate is handed the
 * module compiled here instead of fetching the wasm a second time (the wasm has only the
 * exports that script reaches: scripts/duckdb-wasm.mjs). Copied with DuckDB's files
 * into static/duckdb/ by scripts/copy-duckdb.mjs. A plain classic worker: no bundling, no imports.
 */
const wasmUrl = new URL('duckdb-eh.wasm', self.location.href).href;
const compiled = WebAssembly.compileStreaming(fetch(wasmUrl));
// A failure surfaces when DuckDB instantiates; don't report it twice.
compiled.catch(() => {});

/** @param {unknown} _source @param {WebAssembly.Imports} [imports] */
WebAssembly.instantiateStreaming = async (_source, imports) => {
	const module = await compiled;
	return { module, instance: await WebAssembly.instantiate(module, imports) };
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

/* global importScripts */
// @ts-expect-error: a worker global, unknown to the DOM types this project checks with
importScripts('duckdb-browser-eh.worker.js');
