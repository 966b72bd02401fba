/**
 * One PDF page's text items placed on its tables: each item goes to the cell that holds its
 * centre, and a cell's items become its text line by line; items outside every table become
 * lines of their own. The result is the page in reading order, top to bottom.
 */
import { foldGlyphs } from './glyphs.ts';
import type { PdfTable } from './tables.ts';

/** A text item as pdfjs gives it: the string and its placement (points, y up). */
export interface TextItem {
	str: string;
	x: number;
	/** baseline */
	y: number;
	width: number;
	size: number;
}

export type PageEntry =
	| { kind: 'line'; top: number; text: string }
	| {
			kind: 'table';
			top: number;
			table: PdfTable;
			texts: string[];
			/** how many lines each cell's text is printed on */
			lines: number[];
	  };

/**
 * Items → lines by baseline (top to bottom), items left to right, a space for a wide gap; each
 * line with where it ends on the right and its text size.
 */
export function groupLines(
	items: TextItem[]
): { top: number; text: string; right: number; size: number }[] {
	const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: TextItem[][] = [];
	for (const item of sorted) {
		const line = lines.at(-1);
		const first = line?.[0];
		if (line && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.5)
			line.push(item);
		else lines.push([item]);
	}
	return lines.map((line) => {
		line.sort((a, b) => a.x - b.x);
		let text = '';
		let end = -Infinity;
		for (const item of line) {
			const gap = item.x - end > item.size * 0.5;
			if (text && gap && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
			text += item.str;
			end = Math.max(end, item.x + item.width);
		}
		const size = line[0]?.size ?? 0;
		return { top: (line[0]?.y ?? 0) + size, text: foldGlyphs(text), right: end, size };
	});
}

/**
 * A cell's items as its text, one line per printed line; a number the cell's width wrapped
 * (`2180000` / `0.00`) is joined back without a break, and so is Chinese text wrapped inside a
 * word: a line that runs to the cell's right edge (`right`, within two characters) ending and
 * the next beginning with a Chinese character or a digit (`自` / `评表`, `委员会` / `2022 年度`),
 * which no printed break separates.
 */
export function itemsText(items: TextItem[], right = Infinity): string {
	let text = '';
	let full = false;
	for (const line of groupLines(items)) {
		const wrapped =
			(NUMBER_END.test(text) && NUMBER_START.test(line.text)) ||
			(full && HAN_END.test(text) && HAN_START.test(line.text));
		if (text && !wrapped) text += '\n';
		text += line.text;
		full = line.right >= right - 2 * line.size;
	}
	return text;
}

const NUMBER_END = /[\d.,]$/;
const NUMBER_START = /^[\d.,%]/;
const HAN_END = /[\p{Script=Han}\d]$/u;
const HAN_START = /^[\p{Script=Han}\d]/u;

/** Lays a page's items out over its tables. */
export function layoutPage(items: TextItem[], tables: PdfTable[]): PageEntry[] {
	const inCells: TextItem[][][] = tables.map((t) => t.cells.map(() => []));
	const outside: TextItem[] = [];
	for (const item of items) {
		if (!item.str) continue;
		const cx = item.x + item.width / 2;
		const cy = item.y + item.size * 0.3;
		let placed = false;
		tables.forEach((table, t) => {
			if (placed || cy > table.top || cy < table.bottom) return;
			const c = table.cells.findIndex(
				(cell) => cx >= cell.x1 && cx <= cell.x2 && cy >= cell.y1 && cy <= cell.y2
			);
			if (c >= 0) {
				inCells[t]![c]!.push(item);
				placed = true;
			}
		});
		if (!placed && item.str.trim()) outside.push(item);
	}
	const entries: PageEntry[] = tables.map((table, t) => ({
		kind: 'table',
		top: table.top,
		table,
		texts: inCells[t]!.map((cellItems, c) => itemsText(cellItems, table.cells[c]!.x2).trim()),
		lines: inCells[t]!.map((cellItems) => groupLines(cellItems).length)
	}));
	for (const line of groupLines(outside))
		if (line.text.trim()) entries.push({ kind: 'line', ...line });
	return entries.sort((a, b) => b.top - a.top);
}
