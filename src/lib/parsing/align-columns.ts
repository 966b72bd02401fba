/**
 * Places a row's printed values into its columns when cells are missing or collapsed: a small
 * dynamic programme that keeps order, puts percentages in the rate column and prefers to leave
 * empty the columns a row usually leaves empty.
 */
import type { FundColumn } from './templates/labels.ts';
import { isPlaceholder, readDecimal, readPercent } from './numbers.ts';

const SKIP_INSIDE = 1;
const SKIP_LEADING = 1.2;
const DROP_VALUE = 4;

/** What a value costs in a column: a percentage belongs in the rate column. */
interface ValueShape {
	percent: boolean;
	placeholder: boolean;
}

function fitCost(value: ValueShape, column: FundColumn, isTotal: boolean): number {
	if (column === 'rate') return value.percent || value.placeholder ? 0 : 2;
	if (column === 'note') return 0;
	if (value.percent) return 50;
	// a sub-row (其中…) prints a placeholder where the total row prints the funds weight
	if (column === 'weight' && !isTotal && !value.placeholder) return 0.5;
	return 0;
}

/**
 * Assigns values (in printed order) to columns (in printed order). Returns, for each value, the
 * column index it goes to, or -1 when it could not be placed.
 */
export function alignValues(
	values: readonly string[],
	columns: readonly FundColumn[],
	isTotal: boolean,
	blank?: FundColumn
): number[] {
	if (blank || !isTotal || values.length >= columns.length)
		return align(values, columns, isTotal, blank);
	// The total row prints its rate: of the ways to leave an amount column blank, the one whose
	// executed / adjusted gives the printed rate (or the printed score, when the rate was
	// misprinted) is the row as printed.
	const readings = BLANKS.map((b) => align(values, columns, isTotal, b));
	return (
		readings.find((placed) => rateAgrees(values, columns, placed)) ??
		readings.find((placed) => scoreAgrees(values, columns, placed)) ??
		align(values, columns, isTotal)
	);
}

const BLANKS: FundColumn[] = ['initial', 'adjusted', 'executed'];

/**
 * The amount column the total row left blank (it printed fewer values than columns), which its
 * sub-rows (其中…) leave blank too; undefined when that is not one column. `aligned`: the total
 * row's alignValues, when already known.
 */
export function blankAmount(
	values: readonly string[],
	columns: readonly FundColumn[],
	aligned: readonly number[] = alignValues(values, columns, true)
): FundColumn | undefined {
	if (values.length >= columns.length) return undefined;
	const placed = aligned.map((p) => columns[p]);
	const missing = BLANKS.filter((c) => columns.includes(c) && !placed.includes(c));
	return missing.length === 1 ? missing[0] : undefined;
}

type Placed = readonly number[];
interface Printed {
	value: number;
	decimals: number;
}

/** The number placed in `column`, with its printed decimals; null when none. */
function placedNumber(
	values: readonly string[],
	columns: readonly FundColumn[],
	placed: Placed,
	column: FundColumn
): Printed | null {
	const k = placed.findIndex((p) => columns[p] === column);
	const value = k < 0 ? undefined : values[k];
	if (value === undefined) return null;
	const n = column === 'rate' ? readPercent(value) : readDecimal(value);
	return n === null ? null : { value: Number(n), decimals: n.split('.')[1]?.length ?? 0 };
}

/** Within half a unit of the printed number's last digit (a check, not money: floats do). */
const near = (x: number, printed: Printed) =>
	Math.abs(x - printed.value) <= 0.5 * 10 ** -printed.decimals + 1e-9;

/** The placed executed / adjusted as a percentage, or null. */
function computedRate(values: readonly string[], columns: readonly FundColumn[], placed: Placed) {
	const a = placedNumber(values, columns, placed, 'adjusted');
	const e = placedNumber(values, columns, placed, 'executed');
	return a && e && a.value !== 0 ? (e.value / a.value) * 100 : null;
}

/** True when the placed executed / adjusted rounds to the placed rate as printed. */
function rateAgrees(values: readonly string[], columns: readonly FundColumn[], placed: Placed) {
	const rate = computedRate(values, columns, placed);
	const printed = placedNumber(values, columns, placed, 'rate');
	return rate !== null && printed !== null && near(rate, printed);
}

/** True when the placed score is weight × executed / adjusted (capped at the weight) as printed. */
function scoreAgrees(values: readonly string[], columns: readonly FundColumn[], placed: Placed) {
	const rate = computedRate(values, columns, placed);
	const weight = placedNumber(values, columns, placed, 'weight');
	const score = placedNumber(values, columns, placed, 'score');
	if (rate === null || !weight || !score) return false;
	return near(Math.min(weight.value, (weight.value * rate) / 100), score);
}

/** The dynamic programme; `known`: the amount column the row left blank, when known. */
function align(
	values: readonly string[],
	columns: readonly FundColumn[],
	isTotal: boolean,
	known?: FundColumn
): number[] {
	const blank = known ?? (isTotal ? 'adjusted' : 'executed');
	const n = values.length;
	const m = columns.length;
	const shapes: ValueShape[] = values.map((v) => ({
		percent: readPercent(v) !== null,
		placeholder: isPlaceholder(v)
	}));
	const noShape: ValueShape = { percent: false, placeholder: true };
	if (n === m) {
		const direct = shapes.every((v, i) => fitCost(v, columns[i] ?? 'note', isTotal) < 10);
		if (direct) return values.map((_, i) => i);
	}
	// best[i*(m+1)+j]: cost of placing values[0,i) in columns[0,j); from: the step that got there
	const INF = Number.POSITIVE_INFINITY;
	const width = m + 1;
	const best = new Array<number>((n + 1) * width).fill(INF);
	const from = new Array<number>((n + 1) * width).fill(0);
	best[0] = 0;
	// by default sub-rows most often leave the executed amount blank; the total row prints it
	// (its rate and score come from it) and rather leaves the adjusted budget blank
	for (let i = 0; i <= n; i++) {
		for (let j = 0; j <= m; j++) {
			const here = best[i * width + j] ?? INF;
			if (here === INF) continue;
			if (i < n && j < m) {
				const column = columns[j] ?? 'note';
				// a column known to be blank takes a value only when nothing else fits
				const cost =
					here + fitCost(shapes[i] ?? noShape, column, isTotal) + (column === known ? 3 : 0);
				const to = (i + 1) * width + j + 1;
				if (cost < (best[to] ?? INF)) {
					best[to] = cost;
					from[to] = 1;
				}
			}
			if (j < m && i < n) {
				const skip =
					columns[j] === blank ? SKIP_INSIDE - 0.1 : i === 0 ? SKIP_LEADING : SKIP_INSIDE;
				const to = i * width + j + 1;
				if (here + skip < (best[to] ?? INF)) {
					best[to] = here + skip;
					from[to] = 2;
				}
			}
			if (i < n) {
				const to = (i + 1) * width + j;
				if (here + DROP_VALUE < (best[to] ?? INF)) {
					best[to] = here + DROP_VALUE;
					from[to] = 3;
				}
			}
		}
	}
	let j = m;
	let bestEnd = best[n * width + m] ?? INF;
	for (let k = 0; k <= m; k++) {
		// trailing columns left empty cost nothing
		const c = best[n * width + k] ?? INF;
		if (c < bestEnd) {
			bestEnd = c;
			j = k;
		}
	}
	const placed = new Array<number>(n).fill(-1);
	let i = n;
	while (i > 0 || j > 0) {
		const how = from[i * width + j] ?? 0;
		if (how === 1) placed[--i] = --j;
		else if (how === 2) j--;
		else if (how === 3) i--;
		else break;
	}
	return placed;
}
