/**
 * How an indicator block is printed, told from its cells' lines without reading it: whether it
 * may be a glued table or glued lines (what isGluedTable and isGluedLines ask of token counts,
 * asked first), and whether its rows print their cells apart.
 */
import type { Cell } from './cells.ts';

/**
 * What isGluedLines asks of token lengths alone: at least 3 lines, and half of all, printed with
 * one token longer than 2 characters (its glued lines are such lines). Cells out of line order
 * are left to the full test.
 */
export function mayBeGluedLines(body: readonly Cell[]): boolean {
	let [lines, single, long, last] = [0, 0, 0, -1];
	for (const cell of body) {
		if (cell.line !== last) {
			if (cell.line < last) return true;
			if (long === 1) single++;
			lines++;
			long = 0;
			last = cell.line;
		}
		if (cell.text.length > 2) long++;
	}
	if (long === 1) single++;
	return single >= 3 && single * 2 >= lines;
}

/**
 * What isGluedTable asks of token counts alone: at least 3 lines, and half of all, printed as
 * ≤ 3 tokens (its glued lines are such lines). Most blocks print their rows' cells apart and fail
 * here without their lines' texts being joined. Cells out of line order are left to the full test.
 */
export function mayBeGluedTable(body: readonly Cell[]): boolean {
	let [lines, short, tokens, last] = [0, 0, 0, -1];
	for (const cell of body) {
		if (cell.line !== last) {
			if (cell.line < last) return true;
			if (lines && tokens <= 3) short++;
			lines++;
			tokens = 0;
			last = cell.line;
		}
		tokens++;
	}
	if (lines && tokens <= 3) short++;
	return short >= 3 && short * 2 >= lines;
}

/**
 * Text whose rows print their cells apart (lines of ≥ 3 tokens, few tokens gluing words to
 * figures) is no glued text.
 */
export function printedApart(body: readonly Cell[]): boolean {
	const perLine = new Map<number, number>();
	let gluedTokens = 0;
	for (const c of body) {
		perLine.set(c.line, (perLine.get(c.line) ?? 0) + 1);
		if (c.text.length >= 8 && GLUED_TOKEN.test(c.text)) gluedTokens++;
	}
	let spacedLines = 0;
	for (const n of perLine.values()) if (n >= 3) spacedLines++;
	return spacedLines >= 3 && spacedLines >= gluedTokens * 2;
}

/** A token gluing words to figures (`预算执行率10一100%9`). */
const GLUED_TOKEN = /[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff].*\d/;
