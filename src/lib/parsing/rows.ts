/**
 * Rows of cells → form records: the entry for every format that already knows its cells (HTML
 * tables, workbooks, Word tables, PDF geometry; src/lib/ingest/). The rows go through the same
 * cell reader as a web table saved as text (`a | b | c |`), so there is one parser for all.
 */
import type { ParseResult } from '../model/form.ts';
import { joinText } from './text.ts';
import { parseText } from './index.ts';

/**
 * One table row (or one line of text outside a table) as its cells' texts, in reading order. A
 * cell merged over several rows or columns appears once, in its first row; covered slots are
 * absent, not empty. A line break inside a cell is one the cell's width made.
 */
export type Row = readonly string[];

/** The text of one cell as one line: wrapped pieces joined (CJK-aware), `|` kept out of the way. */
export function cellLine(text: string): string {
	const line = text.includes('\n') ? joinText(text.split('\n')) : text.trim();
	// a bar inside a cell would read as a cell boundary
	return line.includes('|') ? line.replace(/\|/g, '/') : line;
}

/** Rows as web-table text: one line per row, every cell followed by ` |`; empty rows dropped. */
export function rowsToText(rows: readonly Row[]): string {
	const lines: string[] = [];
	for (const row of rows) {
		const cells = row.map(cellLine);
		if (cells.every((c) => !c)) continue;
		lines.push(cells.map((c) => `${c} |`).join(' '));
	}
	return lines.join('\n');
}

/** Parses every form in rows of cells read from one file (see Row). */
export function parseRows(rows: readonly Row[], file: string): ParseResult {
	return parseText(rowsToText(rows), file);
}
