/**
 * Whether an indicator block's rows are glued, one run per line (HTML/DOCX text): its lines'
 * texts, which the glued-table tests and the glued row reader (indicators-glued.ts) share.
 */
import type { Cell } from './cells.ts';
import { compact } from './text.ts';

/** A row's figures at the end of its line, or before its note (words, sentence marks: no figure) */
const ROW = /[\u4e00-\u9fff%]\d+(?:\.\d+)?(?:[\u4e00-\u9fff][^\d]*)?$/;

/** A line's text (whitespace removed), how many tokens it was printed as, how many are long. */
export interface LineText {
	text: string;
	tokens: number;
	long: number;
}

/** The lines of a form's indicator block: the glued-table tests and the reader share them. */
const linesOfBlock = new WeakMap<readonly Cell[], LineText[]>();

/** Each line's text (whitespace removed) and how many tokens it was printed as. */
export function lineTexts(cells: readonly Cell[]): LineText[] {
	let lines = linesOfBlock.get(cells);
	if (!lines) linesOfBlock.set(cells, (lines = readLineTexts(cells)));
	return lines;
}

function readLineTexts(cells: readonly Cell[]): LineText[] {
	const byLine = new Map<number, LineText>();
	for (const c of cells) {
		const line = byLine.get(c.line) ?? { text: '', tokens: 0, long: 0 };
		line.text += compact(c.text);
		line.tokens++;
		// (a letter-spaced label, `产 出 指 标`, prints tokens of a character or two)
		if (c.text.length > 2) line.long++;
		byLine.set(c.line, line);
	}
	return [...byLine.values()];
}

/**
 * True when most rows of the block are glued runs (a line ending in digits printed as a token
 * or a few: a row printed with its cells apart, as PDF text does, is no glued run).
 */
export function isGluedTable(cells: readonly Cell[]): boolean {
	const lines = lineTexts(cells);
	const glued = lines.filter((l) => l.tokens <= 3 && ROW.test(l.text) && l.text.length > 8);
	return glued.length >= 3 && glued.length * 2 >= lines.length;
}

/**
 * True when most rows of the block are printed each as one run glued from name to value (rows
 * of a table with no figure columns end in a value or a word, not in digits).
 */
export function isGluedLines(cells: readonly Cell[]): boolean {
	const lines = lineTexts(cells);
	const glued = lines.filter(
		(l) => l.long === 1 && l.text.length > 8 && /[\u4e00-\u9fff][<>=\d]/.test(l.text)
	);
	return glued.length >= 3 && glued.length * 2 >= lines.length;
}
