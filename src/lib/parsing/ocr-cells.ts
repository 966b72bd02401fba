/**
 * OCR'd and Word-converted tables (domain.md §4.8, §4.10), put right before the indicator rows are
 * read: Word's list numbering in front of each row (`1、产出指标 …`, `2、质量指标 …`) taken off, and
 * figures OCR printed with letters for digits (`IO` = 10, `1O0%` = 100%) read as digits. Both
 * are undone only where the text leaves no doubt: numbering that counts 1, 2, 3 … down the rows,
 * and a cell that is a figure in every other respect.
 */
import { cellKey, type Cell } from './cells.ts';
import { OCR_DIGIT_FIXES } from './templates/glued-labels.ts';

/** `12、` or `12.` before the row's first cell: Word's list numbering (`1.5` is a value) */
const LIST_NUMBER = /^(\d{1,3})[、.](?=[^\d\s.])/;

/**
 * A figure OCR misread: digits, `.` and `,` with O/o/I/l among them, with the comparator or unit
 * the cell may print (`>=9O%`, `1O所`); the glyphs stand for 0 and 1.
 */
const MISREAD_FIGURE = /^([<>=]*)([\dOoIl][\dOoIl.,]*)(%|[\u4e00-\u9fff/]{0,4})$/;
const GLYPHS = /[OoIl]/g;
/** what the figure must read as once fixed: no leading zero unless `0` or `0.…` */
const FIGURE = /^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$|^0\.\d+$/;

/** The cell's text with OCR's letters for digits read as digits; null when it is no such figure. */
export function fixFigure(text: string): string | null {
	if (!/[OoIl]/.test(text)) return null;
	const m = MISREAD_FIGURE.exec(text);
	if (!m) return null;
	const [, op = '', figure = '', unit = ''] = m;
	// a lone letter (`I`, `O`) is a letter: a figure needs a digit or two glyphs together (`IO`)
	if (!/\d/.test(figure) && figure.length < 2) return null;
	const fixed = figure.replace(GLYPHS, (c) => OCR_DIGIT_FIXES[c] ?? c);
	return FIGURE.test(fixed) ? `${op}${fixed}${unit}` : null;
}

/**
 * Runs of lines that start with `1、`, `2、`, `3、` (or `1.` …) counting up by one (at least three lines):
 * the numbering is taken off their first cell. Counted over cells[from, to) of flowing text.
 */
function dropListNumbers(cells: Cell[], from: number, to: number): void {
	const firsts: number[] = [];
	for (let i = from; i < to; i++) if (cells[i - 1]?.line !== cells[i]?.line) firsts.push(i);
	let run: Array<{ at: number; length: number }> = [];
	const flush = () => {
		if (run.length >= 3)
			for (const { at, length } of run) setText(cells, at, cells[at]!.text.slice(length));
		run = [];
	};
	for (const at of firsts) {
		const m = LIST_NUMBER.exec(cells[at]?.text ?? '');
		if (!m) continue;
		const n = Number(m[1]);
		if (n !== run.length + 1) flush();
		if (n === run.length + 1) run.push({ at, length: m[0].length });
	}
	flush();
}

function setText(cells: Cell[], at: number, text: string): void {
	const cell = cells[at];
	if (!cell) return;
	// a new cell: its cached key (cellKey) was the old text's
	cells[at] = cell.role ? { text, line: cell.line, role: cell.role } : { text, line: cell.line };
}

/**
 * Puts right the cells of flowing text: misread figures as digits wherever a cell is a figure but
 * for its glyphs (amounts, rates, the 自评总分 in the header, weights and scores), list numbering
 * off the indicator rows from `rowsFrom` on. Cells are replaced, not edited, so that no cached
 * key goes stale.
 */
export function normaliseOcrCells(cells: Cell[], rowsFrom: number | null): void {
	if (rowsFrom !== null) dropListNumbers(cells, rowsFrom, cells.length);
	for (let i = 0; i < cells.length; i++) {
		const fixed = fixFigure(cellKey(cells[i]));
		if (fixed !== null) setText(cells, i, fixed);
	}
}
