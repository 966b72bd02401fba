/**
 * A template's printed table (./cells.ts: rows of cell texts, merged cells printed once) laid
 * on a grid of merged cells, as the province's office file draws it: a row of one cell spans
 * the width (titles); a row continuing the one above with fewer cells (indicator rows under a
 * merged 一级/二级 label, funds rows under 项目资金, the rubric under its section) is aligned
 * right under it, the labels above merged down over the slots it leaves; any other row is
 * spread over the width, a label one column, its value the rest. Numbers a workbook stores as
 * numbers (amounts, rates, points) carry their value and number format.
 */
import type { LayoutCell } from '../layout-cell.ts';
import type { Table } from './cells.ts';

/** How many leading cells a row may leave to merged labels above it (项目绩效, 一级, 二级). */
const MAX_MERGED = 3;

/** The number a workbook stores for a printed cell, with the format that prints it back. */
export function storedValue(text: string): LayoutCell['value'] | undefined {
	const rate = /^(-?\d{1,6}(?:\.\d{1,4})?)\s?%$/.exec(text);
	if (rate) return { number: rate[1]!, format: 'percent' };
	if (!/^-?(?:0|[1-9]\d{0,13})(?:\.\d{1,6})?$/.test(text)) return undefined;
	return { number: text, format: text.includes('.') ? 'amount' : 'plain' };
}

/**
 * Column widths for `count` cells over `columns`: label–value pairs (few cells) give each label
 * one column and the values the rest; otherwise equal widths. The last cell takes what is left.
 */
function spread(count: number, columns: number): number[] {
	const pairs = count % 2 === 0 && count * 2 <= columns;
	const value = pairs ? Math.floor((columns - count / 2) / (count / 2)) : 0;
	const widths = Array.from({ length: count }, (_, k) =>
		pairs ? (k % 2 === 0 ? 1 : value) : Math.floor(columns / count)
	);
	widths[count - 1]! += columns - widths.reduce((s, w) => s + w, 0);
	return widths;
}

/** The table on its grid: every cell with its slot and spans; `columns` wide. */
export function tableGrid(table: Table): { cells: LayoutCell[]; columns: number } {
	const columns = Math.max(2, ...table.map((row) => row.length));
	const cells: LayoutCell[] = [];
	let previous: LayoutCell[] = [];
	table.forEach((texts, r) => {
		const put = (text: string, col: number, colSpan: number): LayoutCell => {
			const value = storedValue(text);
			return { row: r, col, rowSpan: 1, colSpan, text, ...(value ? { value } : {}) };
		};
		const drop = previous.length - texts.length;
		let placed: LayoutCell[];
		if (texts.length >= 4 && previous.length >= 4 && drop >= 0 && drop <= MAX_MERGED) {
			// under the row above: its last cells' slots; its first cells merged down over the rest
			placed = texts.map((text, k) => {
				const above = previous[drop + k]!;
				return put(text, above.col, above.colSpan);
			});
			const start = placed[0]!.col;
			for (const cell of cells)
				if (cell.col + cell.colSpan <= start && cell.row + cell.rowSpan === r) cell.rowSpan++;
		} else {
			let col = 0;
			placed = spread(texts.length, columns).map((width, k) => {
				const cell = put(texts[k]!, col, width);
				col += width;
				return cell;
			});
		}
		cells.push(...placed);
		previous = placed;
	});
	return { cells, columns };
}
