/**
 * Text → form records. Pure TypeScript: runs in Node and in the browser alike.
 */
import type { FormRecord, ParseResult } from '../model/form.ts';
import { decodeBytes, type Decoded } from './decode.ts';
import { prepareLines } from './lines.ts';
import { restorePunctuation } from './punctuation.ts';
import { readForm } from './read-form.ts';
import { splitForms } from './split-forms.ts';

export { parseRows, rowsToText, type Row } from './rows.ts';

/** Decodes a file's bytes (UTF-8 with or without BOM, GBK/GB18030, UTF-16) and parses every form in it. */
export function parseFile(bytes: Uint8Array, file: string): ParseResult {
	let decoded: Decoded;
	try {
		decoded = decodeBytes(bytes);
	} catch (e) {
		return { file, records: [], errors: [`${file}: cannot decode the text (${String(e)})`] };
	}
	const result = parseText(decoded.text, file);
	// what the decoder guessed goes with every form it decoded, and with a file that held none
	for (const message of decoded.guesses) {
		for (const record of result.records) record.warnings.push({ code: 'encoding_guess', message });
		if (!result.records.length) result.errors.push(`${file}: ${message}`);
	}
	return result;
}

/** Parses every form in one file's text; a file with no form header yields an error naming it. */
export function parseText(text: string, file: string): ParseResult {
	try {
		const lines = prepareLines(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
		const spans = splitForms(lines);
		if (!spans.length) {
			const first = lines.findIndex((l) => l.trim());
			const where = first >= 0 ? `line ${first + 1}` : 'an empty file';
			return {
				file,
				records: [],
				errors: [`${file}: no form header (项目名称 or …自评表 title) found, from ${where}`]
			};
		}
		const records: FormRecord[] = spans.map((span, index) =>
			readForm(lines.slice(span.start, span.end), { file, index })
		);
		// text before the first form (the tail of a form printed on an earlier page, a banner)
		const before = lines.slice(0, spans[0]?.start ?? 0).filter((l) => l.trim());
		if (before.length)
			records[0]?.warnings.unshift({
				code: 'unplaced_text',
				message: '第一张表单之前的文字',
				text: before.join('\n')
			});
		restorePunctuation(records, text);
		return { file, records, errors: [] };
	} catch (e) {
		return {
			file,
			records: [],
			errors: [`${file}: parser failure (${e instanceof Error ? e.message : String(e)})`]
		};
	}
}
