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

/** Cells with text in a row. */
const filled = (row: Row) => row.filter((c) => c.trim()).length;

/**
 * True when `row` repeats a header row of the table it continues: the same texts (three cells or
 * more) as a row above, with only table body rows (three cells or more) between them. Word
 * repeats a table's header rows on every page it runs onto (and people copy them into the second
 * half of a split table); a form printed after another starts with rows of one or two cells
 * (its title, 项目名称), so its own header row is never taken for a repeat.
 */
function repeatsHeader(row: Row, table: readonly Row[]): boolean {
	if (filled(row) < 3) return false;
	const key = row.join('\u0000');
	for (let k = table.length - 1; k >= 0; k--) {
		const above = table[k]!;
		if (above.join('\u0000') === key) return true;
		if (filled(above) < 3) return false;
	}
	return false;
}

/**
 * Blocks → rows: a table gives one row per grid row holding the cells that start on it, left to
 * right (a merged cell appears once, in its first row; spacer columns and repeated header rows
 * left out); a line gives a row of one cell. Tables that follow one another with no text between
 * (a table split at a page) are one table here.
 */
export function blocksToRows(blocks: readonly Block[]): Row[] {
	const rows: Row[] = [];
	let table: Row[] = [];
	for (const block of blocks) {
		if (block.kind === 'line') {
			if (block.text.trim()) rows.push([block.text]);
			if (block.text.trim()) table = [];
			continue;
		}
		const byRow = new Map<number, GridCell[]>();
		for (const cell of withoutSpacerColumns(block.cells))
			byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
		for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
			const row = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col).map((c) => c.text);
			if (repeatsHeader(row, table)) continue;
			table.push(row);
			rows.push(row);
		}
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
