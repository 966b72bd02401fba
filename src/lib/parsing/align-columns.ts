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

function fitCost(value: string, column: FundColumn, isTotal: boolean): number {
	const percent = readPercent(value) !== null;
	if (column === 'rate') return percent || isPlaceholder(value) ? 0 : 2;
	if (column === 'note') return 0;
	if (percent) return 50;
	// a sub-row (其中…) prints a placeholder where the total row prints the funds weight
	if (column === 'weight' && !isTotal && !isPlaceholder(value)) return 0.5;
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
	if (n === m) {
		const direct = values.every((v, i) => fitCost(v, columns[i] ?? 'note', isTotal) < 10);
		if (direct) return values.map((_, i) => i);
	}
	// best[i][j]: cost of placing values[0,i) in columns[0,j), with value i-1 ending at column < j
	const INF = Number.POSITIVE_INFINITY;
	const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
	const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	(best[0] as number[])[0] = 0;
	for (let i = 0; i <= n; i++) {
		for (let j = 0; j <= m; j++) {
			const here = best[i]?.[j] ?? INF;
			if (here === INF) continue;
			const relax = (ni: number, nj: number, cost: number, how: number) => {
				const row = best[ni] as number[];
				if (here + cost < (row[nj] ?? INF)) {
					row[nj] = here + cost;
					(from[ni] as number[])[nj] = how;
				}
			};
			if (i < n && j < m)
				relax(i + 1, j + 1, fitCost(values[i] ?? '', columns[j] ?? 'note', isTotal), 1);
			// sub-rows most often leave the executed amount blank; the total row prints it (its
			// rate and score come from it) and rather leaves the adjusted budget blank
			const blank = isTotal ? 'adjusted' : 'executed';
			const skip = i === 0 ? SKIP_LEADING : columns[j] === blank ? SKIP_INSIDE - 0.1 : SKIP_INSIDE;
			if (j < m && i < n) relax(i, j + 1, skip, 2);
			if (i < n) relax(i + 1, j, DROP_VALUE, 3);
		}
	}
	let j = m;
	let bestEnd = best[n]?.[m] ?? INF;
	for (let k = 0; k <= m; k++) {
		// trailing columns left empty cost nothing
		const c = best[n]?.[k] ?? INF;
		if (c < bestEnd) {
			bestEnd = c;
			j = k;
		}
	}
	const placed = new Array<number>(n).fill(-1);
	let i = n;
	while (i > 0 || j > 0) {
		const how = from[i]?.[j] ?? 0;
		if (how === 1) placed[--i] = --j;
		else if (how === 2) j--;
		else if (how === 3) i--;
		else break;
	}
	return placed;
}
