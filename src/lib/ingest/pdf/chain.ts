/**
 * Tables across page breaks: a page's first table continues the previous page's last one when
 * nothing is printed between them and both span the same width. Their grids are joined (the
 * columns of both parts merged by position). Where the break cut a cell (its edge at the break
 * left undrawn), the cell's two parts become one: their texts joined, its rows counted once
 * when the break went through the middle of a row. Word draws the edges at the break: there a
 * row it split is told by its text (`splitRowFragment`).
 */
import type { GridCell } from '../blocks.ts';
import type { PdfTable, TableCell } from './tables.ts';

/** A table part and its cells' texts. */
export interface TablePart {
	table: PdfTable;
	texts: string[];
	/** the lines each cell's text is printed on */
	lines: number[];
}

/** True when `next` (top of a page) continues `previous` (end of the page before). */
export function continues(previous: PdfTable, next: PdfTable): boolean {
	const [a1, a2] = [previous.xs[0] ?? 0, previous.xs.at(-1) ?? 0];
	const [b1, b2] = [next.xs[0] ?? 0, next.xs.at(-1) ?? 0];
	return Math.abs(a1 - b1) <= 3 && Math.abs(a2 - b2) <= 3;
}

function columnsOf(parts: TablePart[]): number[] {
	const all = parts.flatMap((p) => p.table.xs).sort((a, b) => a - b);
	const out: number[] = [];
	for (const x of all) if (!out.length || x - (out.at(-1) ?? x) > 2) out.push(x);
	return out;
}

function nearest(xs: number[], x: number): number {
	let best = 0;
	xs.forEach((v, i) => {
		if (Math.abs(v - x) < Math.abs((xs[best] ?? 0) - x)) best = i;
	});
	return best;
}

const joinTexts = (a: string, b: string) => (a && b ? `${a}\n${b}` : a || b);

/** Joins the parts of one table into one grid. */
export function joinParts(parts: TablePart[]): GridCell[] {
	const xs = columnsOf(parts);
	const cells: GridCell[] = [];
	let offset = 0;
	/** the previous part's cells cut at its bottom, with their grid cells */
	let cut: { cell: TableCell; grid: GridCell }[] = [];
	/** printed lines of each grid cell's text */
	const printed = new Map<GridCell, number>();
	for (const part of parts) {
		const rows = part.table.ys.length - 1;
		const fragment = offset > 0 && splitRowFragment(cells, offset, part, xs, printed);
		if (fragment) cut = fragment;
		// the break went through a row: every cell at the bottom of the part before was cut
		const rowSplit = cut.length > 0 && cut.length === countBottom(cells, offset);
		if (rowSplit) offset -= 1;
		const bottom: { cell: TableCell; grid: GridCell }[] = [];
		part.table.cells.forEach((cell, i) => {
			const col = nearest(xs, cell.x1);
			const grid: GridCell = {
				row: offset + cell.row,
				col,
				rowSpan: cell.rowSpan,
				colSpan: Math.max(1, nearest(xs, cell.x2) - col),
				text: part.texts[i] ?? ''
			};
			const above =
				cell.row === 0 && (cell.openTop || fragment)
					? cut.find((c) => c.grid.col === grid.col && c.grid.colSpan === grid.colSpan)
					: undefined;
			const lines = part.lines[i] ?? 0;
			if (above) {
				above.grid.text = joinTexts(above.grid.text, grid.text);
				printed.set(above.grid, (printed.get(above.grid) ?? 0) + lines);
				above.grid.rowSpan += rowSplit ? grid.rowSpan - 1 : grid.rowSpan;
				if (cell.openBottom) bottom.push({ cell, grid: above.grid });
				return;
			}
			cells.push(grid);
			printed.set(grid, lines);
			if (cell.openBottom) bottom.push({ cell, grid });
		});
		cut = bottom;
		offset += rows;
	}
	return cells;
}

/** How many cells end on the row just above `offset`. */
function countBottom(cells: GridCell[], offset: number): number {
	return cells.filter((c) => c.row + c.rowSpan === offset).length;
}

/**
 * The cells ending at the bottom of the part before, when the first row of the next part is the
 * rest of its last row, cut by a page break with its edges drawn (Word and LibreOffice Writer
 * split a tall row so, their "row may break across pages" on by default): every cell of that
 * first row sits under a bottom cell of the same columns; its text, where it has any, continues
 * one of the tallest cells of the last row (a cut cell runs to the break, so it has as many
 * lines as the tallest), never a number under a number (a number is cut before its unit at
 * most); and it leaves blank a cell
 * whose row above has text. A row of its own has text under the shorter cells above (a number,
 * a name of fewer lines), so it is not taken for the rest of a row. When the break left one
 * line of the row, every cell is as tall: then the row must have a number above a blank.
 */
const LONE_NUMBER = /^[-+]?\d[\d,]*(\.\d+)?%?$/;

function splitRowFragment(
	cells: GridCell[],
	offset: number,
	part: TablePart,
	xs: number[],
	printed: Map<GridCell, number>
): { cell: TableCell; grid: GridCell }[] | null {
	const bottom = cells.filter((c) => c.row + c.rowSpan === offset);
	const first = part.table.cells.flatMap((cell, i) =>
		cell.row === 0 ? [{ cell, text: part.texts[i] ?? '' }] : []
	);
	if (!first.length || first.length !== bottom.length) return null;
	const lines = (cell: GridCell) => printed.get(cell) ?? 0;
	const last = bottom.filter((c) => c.row === offset - 1);
	const tallest = Math.max(...(last.length ? last : bottom).map((c) => lines(c)));
	if (tallest < 1) return null;
	let blanked = false;
	let numberBlanked = false;
	const pairs: { cell: TableCell; grid: GridCell }[] = [];
	for (const { cell, text } of first) {
		const col = nearest(xs, cell.x1);
		const span = Math.max(1, nearest(xs, cell.x2) - col);
		const above = bottom.find((c) => c.col === col && c.colSpan === span);
		if (!above) return null;
		const number = LONE_NUMBER.test(above.text);
		// a number cut before its unit continues with the unit, never with a number of its own
		if (text && ((number && /^\d/.test(text)) || lines(above) < tallest)) return null;
		if (!text && above.text) blanked = true;
		if (!text && number) numberBlanked = true;
		pairs.push({ cell, grid: above });
	}
	if (tallest === 1 && !numberBlanked) return null;
	return blanked && first.some((f) => f.text) ? pairs : null;
}
