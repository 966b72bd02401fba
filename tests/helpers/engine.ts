/** The DuckDB wasm the site ships: the query tests run it (tests/setup/shipped-wasm.ts writes it). */
import { resolve } from 'node:path';

export const SHIPPED_WASM = resolve('static/duckdb/duckdb-eh.wasm');
