/**
 * Before the unit tests: writes the DuckDB wasm the site ships (static/duckdb/, cut by
 * scripts/copy-duckdb.mjs exactly as `npm run build` cuts it), so the query tests run it.
 */
import { execFileSync } from 'node:child_process';

export default function setup() {
	execFileSync(process.execPath, ['scripts/copy-duckdb.mjs'], { stdio: 'inherit' });
}
