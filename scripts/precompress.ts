/**
 * Writes .br and .gz beside the built site's large text and wasm files, so a server that
 * serves precompressed files (ours: scripts/serve.ts; nginx gzip_static/brotli_static) sends
 * the 34 MB DuckDB wasm as about 5 MB. Brotli quality 9: near the best size in seconds, not minutes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'build';
const COMPRESSIBLE = /\.(wasm|js|css|html|json|svg|arrow)$/;
const MIN_BYTES = 1024;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const started = Date.now();
let before = 0;
let after = 0;
for (const file of walk(root)) {
	if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) continue;
	const bytes = readFileSync(file);
	const br = brotliCompressSync(bytes, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 9,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
		}
	});
	writeFileSync(file + '.br', br);
	writeFileSync(file + '.gz', gzipSync(bytes, { level: 9 }));
	before += bytes.length;
	after += br.length;
}
console.log(
	`precompressed ${(before / 1e6).toFixed(1)} MB to ${(after / 1e6).toFixed(1)} MB (brotli) in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
