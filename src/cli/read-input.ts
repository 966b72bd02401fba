/** Reads one input file from disk for `parse` and `build`: size checked first, then any format. */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ParseResult } from '../lib/model/form.ts';
import { readInputFile, sizeProblem } from '../lib/ingest/index.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdfjs reads its character maps and standard fonts from the package folder in Node. */
const PDF_ASSETS = {
	cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
	standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/'
};

/** The file's forms or errors, and its bytes (null when it was too large to read). */
export async function readInput(
	path: string,
	name: string
): Promise<{ result: ParseResult; bytes: Uint8Array | null }> {
	const problem = sizeProblem(name, statSync(path).size);
	if (problem) return { result: { file: name, records: [], errors: [problem] }, bytes: null };
	const bytes = new Uint8Array(readFileSync(path));
	return { result: await readInputFile(bytes, name, { pdf: PDF_ASSETS }), bytes };
}
