/**
 * A funds row whose cells extraction glued into one run with nothing for a blank cell
 * (`1464.001462.8011095.92%9.99`: 年初 blank, 1464.00 | 1462.801 | 10 | 95.92% | 9.99). Every way
 * to walk the row's columns in order, each column taking a piece of its shape (an amount with up
 * to 4 decimals, a weight ≤ 100, a rate with its `%`, a score ≤ weight) or left blank, is tried;
 * the reading the form's arithmetic supports best wins (rate = executed / adjusted at the printed
 * precision, funds score = weight × rate capped at the weight), and a breakdown row (其中…) prints
 * no amount above its total's in the same column nor one where the total's cell is blank.
 */
import { GluedWalk, MARGIN } from './glued-walk.ts';
import type { Row } from './glued-walk-cost.ts';
import { isNumeric, isPlaceholder } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';

/** At most this many readings of a run are kept as candidates. */
const MAX_CANDIDATES = 4;

/**
 * The glued run `text` read into `columns` (note columns excluded by the caller): the placed
 * row, `''` for a blank cell, or null when no reading uses the whole text; `candidates`, the
 * readings as likely as it (its cost within MARGIN, the same arithmetic agreeing), it first.
 * `bounds`: the total row's placed values, for a breakdown row; `places`: the most decimals an
 * amount prints (2 in 元: a fen is the least amount; 4 in 万元).
 */
export function readGluedRow(
	text: string,
	columns: readonly FundColumn[],
	bounds?: readonly string[],
	places = 4
): { row: string[]; readings: number; candidates: string[][] } | null {
	const walk = new GluedWalk(text, columns, bounds, places);
	walk.walk(0);
	const { kept } = walk;
	if (!kept.length) return null;
	// the best first (the first printed on a tie), then its rivals: those within the margin
	let least = Number.POSITIVE_INFINITY;
	for (const r of kept) if (r.cost < least) least = r.cost;
	const order: Array<{ row: Row; cost: number; index: number }> = [];
	kept.forEach((r, index) => {
		if (r.cost <= least + MARGIN) order.push({ row: r.row, cost: r.cost, index });
	});
	order.sort((a, b) => a.cost - b.cost || a.index - b.index);
	const best = order[0]!;
	const agree = walk.agreements(best.row);
	const texts = (reading: Row) => reading.map((p) => p?.text ?? '');
	const candidates = order
		.filter((r) => r.cost <= best.cost + MARGIN && walk.agreements(r.row) === agree)
		.slice(0, MAX_CANDIDATES)
		.map((r) => texts(r.row));
	return { row: texts(best.row), readings: walk.readings, candidates };
}

/**
 * A funds row printed as one glued run, read into its columns (a note column left blank), with
 * every reading as likely (`candidates`, the kept one first); null when the row is not one run,
 * or when `bounds` is absent and the run reads as one value. `bounds`: the total row read so, for
 * a breakdown row; `places`: the most decimals an amount prints.
 */
export function splitGluedRow(
	values: readonly string[],
	columns: readonly FundColumn[],
	bounds?: readonly string[],
	places = 4
): { row: string[]; candidates: string[][] } | null {
	const [run] = values;
	if (values.length !== 1 || !run || (!bounds && isPlain(run))) return null;
	const slots = columns.filter((c) => c !== 'note');
	const read = readGluedRow(
		run.replace(/,/g, ''),
		slots,
		bounds?.filter((_, k) => columns[k] !== 'note'),
		places
	);
	if (!read) return null;
	// back into every column, a note column blank
	const placed = (reading: readonly string[]) => {
		let k = 0;
		return columns.map((c) => (c === 'note' ? '' : (reading[k++] ?? '')));
	};
	return { row: placed(read.row), candidates: read.candidates.map(placed) };
}

/** A value that reads as one: a number, a placeholder, a rate below 1000% (`6060100%` is glued). */
function isPlain(value: string): boolean {
	if (isPlaceholder(value)) return true;
	if (!isNumeric(value)) return false;
	return !/^\d{4,}(\.\d+)?%$/.test(value.replace(/,/g, ''));
}
