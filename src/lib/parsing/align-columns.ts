/**
 * Places a row's printed values into its columns when cells are missing or collapsed: a small
 * dynamic programme that keeps order, puts percentages in the rate column and prefers to leave
 * empty the columns a row usually leaves empty.
 */
import type { FundColumn } from './templates/labels.ts';
import { isPlaceholder, readPercent } from './numbers.ts';

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
	isTotal: boolean
): number[] {
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
	// sub-rows most often leave the executed amount blank; the total row prints it (its rate and
	// score come from it) and rather leaves the adjusted budget blank
	const blank = isTotal ? 'adjusted' : 'executed';
	for (let i = 0; i <= n; i++) {
		for (let j = 0; j <= m; j++) {
			const here = best[i * width + j] ?? INF;
			if (here === INF) continue;
			if (i < n && j < m) {
				const cost = here + fitCost(shapes[i] ?? noShape, columns[j] ?? 'note', isTotal);
				const to = (i + 1) * width + j + 1;
				if (cost < (best[to] ?? INF)) {
					best[to] = cost;
					from[to] = 1;
				}
			}
			if (j < m && i < n) {
				const skip =
					i === 0 ? SKIP_LEADING : columns[j] === blank ? SKIP_INSIDE - 0.1 : SKIP_INSIDE;
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
