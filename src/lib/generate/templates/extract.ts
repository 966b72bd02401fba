/**
 * A table printed the ways its text reaches us (see `EXTRACTIONS`): PDF text in reading order,
 * PDF text with the lines of side-by-side cells interleaved, a web table with `|`, a web table
 * one cell per line, cells glued, and a Word/OCR flow. Blank cells vanish where the medium
 * prints nothing for them (PDF text, glued cells, the flow).
 */
import type { Random } from '../random.ts';
import { textWidth, wrap } from '../text-wrap.ts';
import type { Table } from './cells.ts';
import type { Extraction } from './codes.ts';
import { ocrFlow } from './ocr.ts';

const NBSP = '\u00a0';
/** a table column's width in display units (a CJK character is 2) */
const WIDTH = 28;

function pipes(table: Table): string {
	const columns = Math.max(...table.map((row) => row.length));
	return table
		.map((row) => `${row.join(' | ')} | ${'|'.repeat(Math.max(columns - row.length - 1, 0))}`)
		.map((line) => line.trimEnd())
		.join('\n');
}

/** One cell per line, a blank line between cells, a blank cell as a lone no-break space. */
const cellPerLine = (table: Table) =>
	table.map((row) => row.map((c) => c || NBSP).join('\n\n')).join('\n\n');

const glued = (table: Table) => table.map((row) => row.join('')).join('\n');

/** The title row and a row of one cell span the table: as wide as the page, not a column. */
const spans = (table: Table, row: readonly string[]) =>
	row === table[0] || row.filter(Boolean).length === 1;

/** Reading order: short cells of a row share a line, a long cell wraps onto lines of its own. */
function readingOrder(table: Table): string {
	const lines: string[] = [];
	for (const row of table) {
		let line: string[] = [];
		for (const cell of row.filter(Boolean)) {
			if (textWidth(cell) <= WIDTH || spans(table, row)) {
				line.push(cell);
				continue;
			}
			if (line.length) lines.push(line.join(' '));
			lines.push(...wrap(cell, WIDTH));
			line = [];
		}
		if (line.length) lines.push(line.join(' '));
	}
	return lines.join('\n');
}

/**
 * Side by side: every cell wrapped to its column, the row printed line by line, a short cell
 * on the middle line of a tall row (as PDF text gives vertically centred cells).
 */
function interleaved(table: Table): string {
	const lines: string[] = [];
	for (const row of table) {
		const wrapped = row
			.filter(Boolean)
			.map((cell) => (spans(table, row) ? [cell] : wrap(cell, WIDTH)));
		const height = Math.max(1, ...wrapped.map((w) => w.length));
		for (let k = 0; k < height; k++) {
			const parts = wrapped
				.map((w) => w[k - Math.floor((height - w.length) / 2)])
				.filter((p): p is string => p !== undefined);
			if (parts.length) lines.push(parts.join(' '));
		}
	}
	return lines.join('\n');
}

/** The text of one form's table as the extraction gives it (no trailing newline). */
export function extract(table: Table, extraction: Extraction, random: Random): string {
	switch (extraction) {
		case 'pdf':
			return readingOrder(table);
		case 'columns':
			return interleaved(table);
		case 'pipes':
			return pipes(table);
		case 'cells':
			return cellPerLine(table);
		case 'glued':
			return glued(table);
		case 'ocr':
			return ocrFlow(table, random);
	}
}
