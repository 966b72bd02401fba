/**
 * Tables across page breaks: a page's first table continues the previous page's last one when
 * nothing is printed between them and both span the same width. Their grids are joined (the
 * columns of both parts merged by position). Where the break cut a cell (its edge at the break
 * left undrawn), the cell's two parts become one: their texts joined, its rows counted once
 * when the break went through the middle of a row.
 */
import type { GridCell } from '../blocks.ts';
import type { PdfTable, TableCell } from './tables.ts';

/** A table part and its cells' texts. */
export interface TablePart {
	table: PdfTable;
	texts: string[];
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
	for (const part of parts) {
		const rows = part.table.ys.length - 1;
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
				cell.row === 0 && cell.openTop
					? cut.find((c) => c.grid.col === grid.col && c.grid.colSpan === grid.colSpan)
					: undefined;
			if (above) {
				above.grid.text = joinTexts(above.grid.text, grid.text);
				above.grid.rowSpan += rowSplit ? grid.rowSpan - 1 : grid.rowSpan;
				if (cell.openBottom) bottom.push({ cell, grid: above.grid });
				return;
			}
			cells.push(grid);
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
