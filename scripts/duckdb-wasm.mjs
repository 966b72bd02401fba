/**
 * Cuts DuckDB-WASM's export section down to what its JavaScript can reach. The package builds
 * DuckDB to load extensions as side modules, so the wasm exports 75,011 symbols (7.4 MB of its
 * 34 MB), and Emscripten's loader walks every one of them several times as it starts. The site
 * never loads an extension; the few hundred exports its loader and bindings name are enough.
 * Only the export section changes: code, data, tables and indices stay byte for byte.
 */

/**
 * Reads an unsigned LEB128 at `pos`: [value, next position].
 * @param {Uint8Array} bytes @param {number} pos @returns {[number, number]}
 */
function readU32(bytes, pos) {
	let value = 0;
	for (let shift = 0; ; shift += 7) {
		const byte = bytes[pos++] ?? 0;
		value |= (byte & 0x7f) << shift;
		if (!(byte & 0x80)) return [value >>> 0, pos];
	}
}

/** @param {number} value */
function writeU32(value) {
	const out = [];
	do {
		let byte = value & 0x7f;
		value >>>= 7;
		if (value) byte |= 0x80;
		out.push(byte);
	} while (value);
	return out;
}

const EXPORT_SECTION = 7;

/**
 * The exports the loader can reach: those whose names appear in its JavaScript (as themselves
 * or with Emscripten's `_` prefix), those the module's own GOT imports resolve to, and
 * Emscripten's dynCall_/__em_js__ helpers; `orig$x` goes with `x`.
 * @param {WebAssembly.Module} module @param {string[]} scripts @returns {Set<string>}
 */
export function reachableExports(module, scripts) {
	const named = new Set(scripts.flatMap((js) => js.match(/[A-Za-z_$][\w$]*/g) ?? []));
	const got = new Set(
		WebAssembly.Module.imports(module)
			.filter((i) => i.module.startsWith('GOT.'))
			.map((i) => i.name)
	);
	const reachable = (/** @type {string} */ name) =>
		named.has(name) ||
		named.has(`_${name}`) ||
		got.has(name) ||
		name.startsWith('dynCall_') ||
		name.startsWith('__em_js__');
	return new Set(
		WebAssembly.Module.exports(module)
			.map((e) => e.name)
			.filter((name) => reachable(name.startsWith('orig$') ? name.slice(5) : name))
	);
}

/**
 * The wasm with only the exports named in `keep`; every other section as it was.
 * @param {Uint8Array} bytes @param {Set<string>} keep @returns {Buffer}
 */
export function withExports(bytes, keep) {
	const parts = [bytes.subarray(0, 8)];
	let pos = 8;
	while (pos < bytes.length) {
		const id = bytes[pos];
		const [size, body] = readU32(bytes, pos + 1);
		const end = body + size;
		if (id !== EXPORT_SECTION) {
			parts.push(bytes.subarray(pos, end));
		} else {
			const [count, first] = readU32(bytes, body);
			const kept = [];
			let p = first;
			for (let i = 0; i < count; i++) {
				const [nameLength, nameStart] = readU32(bytes, p);
				const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
				const [, next] = readU32(bytes, nameStart + nameLength + 1); // kind byte, then index
				if (keep.has(name)) kept.push(bytes.subarray(p, next));
				p = next;
			}
			const entries = Buffer.concat([Uint8Array.from(writeU32(kept.length)), ...kept]);
			parts.push(Uint8Array.from([EXPORT_SECTION, ...writeU32(entries.length)]), entries);
		}
		pos = end;
	}
	return Buffer.concat(parts);
}
