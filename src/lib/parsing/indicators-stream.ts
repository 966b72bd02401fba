/**
 * Indicator rows of web tables and flattened text: a stream of cells read against the template's
 * column order (indicators-cells.ts). Flowing text first has its wrapped cells joined and its
 * glued rows cut; PDF text that interleaves tall cells with the rows around them is read woven
 * back too, and the reading that fits better is kept.
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell, Layout } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { readCells } from './indicators-cells.ts';
import { readLevelLabel } from './levels.ts';
import type { IndicatorColumn } from './templates/columns.ts';
import { cutRowRun } from './glued-text.ts';
import { joinWrappedCells } from './wrapped-cells.ts';
import { fillsColumn, weaveInterleaved } from './interleaved-cells.ts';

/** Reads indicator rows from cells (the column header already skipped). */
export function readIndicatorStream(
	printed: readonly Cell[],
	columns: readonly IndicatorColumn[],
	layout: Layout,
	warnings: FormWarning[]
): IndicatorDraft[] {
	if (layout !== 'flow') return readCells(printed, columns, layout, warnings);
	// PDF text: tall cells printed in reading order, or their lines interleaved with the rows
	// around them; the interleaved reading is tried only when the reading in order misfits (it
	// wins ties, and a misfit of 0 cannot be beaten); whether a text fills its column is asked of
	// few blocks: measured when first asked
	const column: FillsColumn = { cells: printed, full: null };
	const inOrder = readFlowing(printed, columns, column);
	const woven = inOrder.cost > 0 ? weaveInterleaved(printed, () => fills(column)) : null;
	const other = woven ? readFlowing(woven, columns, column) : null;
	const best = other && other.cost < inOrder.cost ? other : inOrder;
	warnings.push(...best.warnings);
	return best.drafts;
}

/** The printed block's fillsColumn, made when first needed. */
interface FillsColumn {
	cells: readonly Cell[];
	full: ((text: string) => boolean) | null;
}

const fills = (column: FillsColumn) => (column.full ??= fillsColumn(column.cells));

/** One reading of flowing text's cells: joined, unglued, read against the columns, and its misfit. */
function readFlowing(
	cells: readonly Cell[],
	columns: readonly IndicatorColumn[],
	column: FillsColumn
): { drafts: IndicatorDraft[]; warnings: FormWarning[]; cost: number } {
	const own: FormWarning[] = [];
	const drafts = readCells(ungluedRows(joinWrappedCells(cells)), columns, 'flow', own);
	return { drafts, warnings: own, cost: misfit(drafts, own, columns, column) };
}

/**
 * How badly a reading fits: text left unplaced, rows without their values, sentences as names,
 * and a name that fills its column with a note of no sentence below it (the name's last line).
 */
function misfit(
	drafts: readonly IndicatorDraft[],
	warnings: readonly FormWarning[],
	columns: readonly IndicatorColumn[],
	column: FillsColumn
): number {
	const scored = columns.includes('score');
	let cost = 2 * warnings.filter((w) => w.code === 'unplaced_text').length;
	for (const d of drafts) {
		if (/[，,。；;]/.test(d.name)) cost += 3;
		// a character or two is a piece of a wrapped cell, not a note or a name of its own
		if (d.name.length <= 2 || (d.note !== null && d.note.length <= 2)) cost++;
		// a note where the table prints no note column is a stray piece of text
		if (d.note !== null && !columns.includes('note')) cost++;
		if (d.note !== null && !/[，,。；;]/.test(d.note) && fills(column)(d.name)) cost++;
		if (d.actual === null) cost++;
		if (scored && d.score === null) cost++;
	}
	return cost;
}

/**
 * Flowing text whose rows extraction glued (`库存数量真实率100%100%县级…`): each glued run is cut
 * into its rows' names and values (cutRowRun), so the columns can be read as from any text.
 */
function ungluedRows(cells: readonly Cell[]): readonly Cell[] {
	let out: Cell[] | null = null;
	for (let k = 0; k < cells.length; k++) {
		const cell = cells[k]!;
		const pieces = mayBeGlued(cell) ? cutRowRun(cell.text.trim()) : null;
		// the cells are copied only from the first one cut
		if (pieces && pieces.length > 1) {
			out ??= cells.slice(0, k);
			for (const piece of pieces) out.push({ text: piece, line: cell.line });
		} else out?.push(cell);
	}
	return out ?? cells;
}

/**
 * A token of at least 6 characters, no whitespace, a digit or a doubled last character (`较好好`):
 * maybe a glued run. A level label with its points (产出指标(54分)) or a note is one cell.
 */
function mayBeGlued(cell: Cell): boolean {
	// (trimming only shortens: most cells are too short to be asked more)
	if (cell.text.length < 6) return false;
	const text = cell.text.trim();
	if (text.length < 6 || SPACE.test(text)) return false;
	if (!DIGIT.test(text) && text.charCodeAt(text.length - 1) !== text.charCodeAt(text.length - 2))
		return false;
	return !cell.role && !readLevelLabel(text);
}

const SPACE = /\s/;
const DIGIT = /\d/;
