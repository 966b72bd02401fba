/**
 * Figures of the funds block that follow no row label: the total row's values printed away from
 * its label (after the column header, or each after its column's label), and figures no row took.
 */
import { cellText, type Cell } from './cells.ts';
import { columnOf } from './funds-columns.ts';
import { digitsFixed, isValue, rowLabelOf } from './funds-cells.ts';
import { isNumeric, isPlaceholder, isRunOn, readPercent } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';

/**
 * The figures in cells[start, end) read into no row nor column header (`used`, `labels`), joined;
 * '' when there are none. A placeholder or blank cell is furniture, not a figure.
 */
export function strayFigures(
	cells: readonly Cell[],
	start: number,
	end: number,
	used: ReadonlySet<number>,
	labels: ReadonlySet<number>
): string {
	const stray: string[] = [];
	for (let k = start; k < end; k++) {
		if (used.has(k) || labels.has(k)) continue;
		const text = cellText(cells, k);
		if (isRunOn(text) || (isValue(text) && !isPlaceholder(text))) stray.push(cells[k]!.text);
	}
	return stray.join(' ');
}

/**
 * The total row's values when its label is printed away from them (spreadsheet exports put the
 * row labels after the values): the first run of values after the column header, up to the
 * value after the first percentage (the rate, then the score).
 */
export function runAfterColumns(
	cells: readonly Cell[],
	start: number,
	end: number,
	columns: readonly FundColumn[],
	used: Set<number>
): string[] {
	let i = start;
	let lastColumn = -1;
	for (; i < end; i++) if (columnOf(cellText(cells, i))) lastColumn = i;
	const run: string[] = [];
	for (let k = lastColumn + 1; lastColumn >= 0 && k < end; k++) {
		const text = digitsFixed(cellText(cells, k));
		if (!isValue(text)) break;
		used.add(k);
		run.push(text);
		if (run.length >= columns.length) break;
		if (columns.includes('rate') && run.length >= 2 && readPercent(run[run.length - 2] ?? ''))
			return run;
	}
	return run;
}

/**
 * The total row of a block printed as label and value pairs (`全年预算数(A) 300 全年执行数(B)
 * 执行率(B/A)`, OCR of a Word form [F022]): each column label followed at once by a value gives
 * that column's value, up to the first breakdown row's label; columns without one stay blank.
 */
export function pairedValues(
	cells: readonly Cell[],
	start: number,
	end: number,
	columns: readonly FundColumn[],
	used: Set<number>
): string[] {
	const values = columns.map(() => '');
	let found = false;
	for (let i = start; i + 1 < end; i++) {
		const label = rowLabelOf(cellText(cells, i));
		if (label && label.source !== 'total') break;
		const column = columnOf(cellText(cells, i));
		const value = digitsFixed(cellText(cells, i + 1));
		const k = column ? columns.indexOf(column) : -1;
		if (k < 0 || !isNumeric(value)) continue;
		values[k] = value;
		used.add(i + 1);
		found = true;
	}
	return found ? values : [];
}
