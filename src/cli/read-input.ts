/**
 * The per-file read step of `parse` and `build`: path → bytes → forms or an error. The disk part
 * is here (a regular file only, its size checked before reading); the formats are in lib/ingest.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { ParseResult } from '../lib/model/form.ts';
import { READABLE_FILE, readInputFile, sizeProblem } from '../lib/ingest/index.ts';
import { describeFsError } from './fs-errors.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdfjs reads its character maps and standard fonts from the package folder in Node. */
const PDF_ASSETS = {
	cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
	standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/'
};

/** True when a folder's file of this name is read (its ending names a format the build reads). */
export function isReadable(path: string): boolean {
	return READABLE_FILE.test(basename(path));
}

/**
 * Reads a regular file whole, or throws. Opened non-blocking and checked after opening, so a FIFO
 * or device put in the file's place after the folder was listed is refused, not waited on; the
 * size is checked before a byte is read.
 */
function readRegularFile(path: string, name: string): Uint8Array {
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) throw new Error('not a regular file, not read');
		const problem = sizeProblem(name, stat.size);
		if (problem) throw new Error(problem.slice(name.length + 2));
		const bytes = new Uint8Array(stat.size);
		let at = 0;
		while (at < bytes.length) {
			const n = readSync(fd, bytes, at, bytes.length - at, null);
			if (n === 0) break;
			at += n;
		}
		return at === bytes.length ? bytes : bytes.subarray(0, at);
	} finally {
		closeSync(fd);
	}
}

export const sha256 = (bytes: Uint8Array | string) =>
	createHash('sha256').update(bytes).digest('hex');

export interface ReadBytes {
	bytes: Uint8Array | null;
	/** null when the file could not be read */
	sha256: string | null;
	error: string | null;
}

/** The file's bytes and their SHA-256, or an error naming the file. */
export function readInputBytes(path: string, name: string): ReadBytes {
	try {
		const bytes = readRegularFile(path, name);
		return { bytes, sha256: sha256(bytes), error: null };
	} catch (e) {
		return { bytes: null, sha256: null, error: `${name}: ${describeFsError(e)}` };
	}
}

/** The forms in a file's bytes, whatever its format; never throws. */
export async function readForms(bytes: Uint8Array, name: string): Promise<ParseResult> {
	try {
		return await readInputFile(bytes, name, { pdf: PDF_ASSETS });
	} catch (e) {
		return { file: name, records: [], errors: [`${name}: cannot read (${describeFsError(e)})`] };
	}
}

/** Path → forms or an error: the whole read step for one file. */
export async function readInput(
	path: string,
	name: string
): Promise<{ result: ParseResult } & ReadBytes> {
	const read = readInputBytes(path, name);
	if (!read.bytes) return { result: { file: name, records: [], errors: [read.error!] }, ...read };
	return { result: await readForms(read.bytes, name), ...read };
}
