/**
 * What a cell of the indicator table is, told once a reading of the cells: its text, its level
 * label, whether it is blank, a figure or the table's end (the walk, indicators-cells.ts, asks
 * again for every column it tries); and the tests of a cell's opening words.
 */
import { cellKey, type Cell } from './cells.ts';
import { readLevelLabel, type LevelLabel } from './levels.ts';
import { isPlaceholder } from './numbers.ts';
import { isFigure } from './points.ts';
import { INDICATOR_HEADER_WORDS } from './templates/columns.ts';

const SKIP_ROW = /^(其中|……|…|\.\.\.|指标\d+[:：]?$)/;
const STOP = /^(总分|合计|总计|评价结论|其他需要说明|偏差大|说明)/;
/**
 * Each test the walk makes of a cell's opening words, and the first characters what it matches
 * opens with: most cells open with none, and are not tested (cell-kinds.test holds each set
 * to its pattern).
 */
export const OPENINGS = {
	stop: { pattern: STOP, first: new Set([...'总合评其偏说']) },
	skip: { pattern: SKIP_ROW, first: new Set([...'其….指']) },
	header: { pattern: INDICATOR_HEADER_WORDS, first: new Set([...'一二三指年实完分得权全绩']) }
} as const;

/** A blank cell or a placeholder (`—`, `/`): one whose first character can start no placeholder is neither. */
export function isEmpty(text: string): boolean {
	const t = text.trim();
	return t === '' || (PLACEHOLDER_START.has(t.charAt(0)) && isPlaceholder(t));
}

const PLACEHOLDER_START = new Set(['—', '–', '-', '－', '─', '/', '\\', '／']);

/** isEmpty of a text without whitespace (a cell's key): nothing to trim. */
const isBlank = (key: string) =>
	key === '' || (PLACEHOLDER_START.has(key.charAt(0)) && isPlaceholder(key));

/** What each cell is, told once a reading (the walk below asks again for every column it tries). */
export const EMPTY = 1;
export const NUMBER = 2;
export const END = 4;

/** The cells' texts, level labels and kinds (EMPTY, NUMBER, END: the table's end). */
export interface Told {
	texts: string[];
	labels: Array<LevelLabel | null>;
	kinds: Uint8Array;
}

export function tell(cells: readonly Cell[]): Told {
	const n = cells.length;
	const texts: string[] = new Array<string>(n);
	const labels: Array<LevelLabel | null> = new Array<LevelLabel | null>(n);
	const kinds = new Uint8Array(n);
	for (let k = 0; k < n; k++) {
		const text = cellKey(cells[k]);
		texts[k] = text;
		labels[k] = readLevelLabel(text);
		kinds[k] =
			(isBlank(text) ? EMPTY : isFigure(text) ? NUMBER : 0) |
			(OPENINGS.stop.first.has(text.charAt(0)) && STOP.test(text) ? END : 0);
	}
	return { texts, labels, kinds };
}

/** Whether the first filled cell from `from` on is a number (none is no number). */
export function nextFilledIsNumber(kinds: Uint8Array, from: number): boolean {
	for (let k = from; k < kinds.length; k++) if (!(kinds[k]! & EMPTY)) return !!(kinds[k]! & NUMBER);
	return false;
}

/** How many lines the cells print on (cells come in line order; any order is counted too). */
export function countLines(cells: readonly Cell[]): number {
	let count = 0;
	let last = -1;
	for (const cell of cells) {
		if (cell.line < last) return new Set(cells.map((c) => c.line)).size;
		if (cell.line !== last) count++;
		last = cell.line;
	}
	return count;
}
