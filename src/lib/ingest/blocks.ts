/**
 * The one intermediate every file format is read into: blocks in reading order, each a table
 * (cells placed on a grid, merges kept as spans) or a line of text outside any table. The
 * parser reads them as rows of cells (src/lib/parsing/rows.ts).
 */
import type { Row } from '../parsing/rows.ts';

/** A cell on its table's grid: top-left slot, how many rows and columns it covers, its text. */
export interface GridCell {
	row: number;
	col: number;
	rowSpan: number;
	colSpan: number;
	/** the cell's text; `\n` where the cell wrapped or broke a line */
	text: string;
}

export type Block = { kind: 'table'; cells: GridCell[] } | { kind: 'line'; text: string };

/**
 * The cells less the blank ones of spacer columns: a column no cell with text covers (a margin
 * column left empty in a workbook, an empty column of a Word table) is not a column of the form,
 * and its blank cells would shift every row's cells by one.
 */
function withoutSpacerColumns(cells: readonly GridCell[]): readonly GridCell[] {
	const used = new Set<number>();
	for (const cell of cells)
		if (cell.text.trim()) for (let c = cell.col; c < cell.col + cell.colSpan; c++) used.add(c);
	return cells.filter((cell) => cell.text.trim() || cell.colSpan > 1 || used.has(cell.col));
}

/**
 * Blocks → rows: a table gives one row per grid row holding the cells that start on it, left to
 * right (a merged cell appears once, in its first row; spacer columns left out); a line gives a
 * row of one cell.
 */
export function blocksToRows(blocks: readonly Block[]): Row[] {
	const rows: Row[] = [];
	for (const block of blocks) {
		if (block.kind === 'line') {
			if (block.text.trim()) rows.push([block.text]);
			continue;
		}
		const byRow = new Map<number, GridCell[]>();
		for (const cell of withoutSpacerColumns(block.cells))
			byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
		for (const r of [...byRow.keys()].sort((a, b) => a - b))
			rows.push((byRow.get(r) ?? []).sort((a, b) => a.col - b.col).map((c) => c.text));
	}
	return rows;
}

/**
 * Places a table given row by row (HTML `<tr>`, Word `<w:tr>`) on its grid: each cell takes the
 * first slot its row leaves free, after the slots that merged cells from rows above cover.
 */
export function placeCells(
	rows: readonly { text: string; rowSpan: number; colSpan: number }[][]
): GridCell[] {
	const taken = new Set<string>();
	const cells: GridCell[] = [];
	rows.forEach((row, r) => {
		let col = 0;
		for (const cell of row) {
			while (taken.has(`${r},${col}`)) col++;
			const rowSpan = Math.max(1, cell.rowSpan);
			const colSpan = Math.max(1, cell.colSpan);
			for (let dr = 0; dr < rowSpan; dr++)
				for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr},${col + dc}`);
			cells.push({ row: r, col, rowSpan, colSpan, text: cell.text });
			col += colSpan;
		}
	});
	return cells;
}
