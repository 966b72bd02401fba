/**
 * Text → form records. Pure TypeScript: runs in Node and in the browser alike.
 * (Placeholder signature; the parser fills this in.)
 */
import type { ParseResult } from '../model/form.ts';

/** Decodes a file's bytes (UTF-8 with or without BOM, GBK/GB18030, UTF-16) and parses every form in it. */
export function parseFile(bytes: Uint8Array, file: string): ParseResult {
	return parseText(new TextDecoder('utf-8').decode(bytes), file);
}

/** Parses every form in one file's text; a file with no form header yields an error naming it. */
export function parseText(text: string, file: string): ParseResult {
	void text;
	return { file, records: [], errors: [`${file}: no form found`] };
}
