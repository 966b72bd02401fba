/**
 * The funds total row read from numbers whose order the text lost (a shuffled PDF line prints
 * the executed amount and the weight beside header labels, [F002]): of every way to give the
 * numbers the columns 年初 / 全年预算 / 全年执行 / 分值 / 得分, the one that satisfies most of the
 * form's arithmetic (rate = executed / adjusted, score = weight × rate, score ≤ weight), then
 * keeps most numbers, then keeps their printed order.
 */
import Decimal from 'decimal.js';
import { fundsScoreAgrees, rateAgrees } from './arithmetic.ts';

/** The total row's numbers, decimal strings as printed (before any 万元 conversion). */
export interface TotalRow {
	initial: string | null;
	adjusted: string | null;
	executed: string | null;
	weight: string | null;
	score: string | null;
}

/** How well an assignment fits, and the assignment. */
export interface SolvedRow {
	row: TotalRow;
	/** higher is better: arithmetic satisfied, numbers used, printed order kept */
	fit: number;
}

/** Columns in their printed order; an index into the pool, or -1 for a cell not printed. */
type Pick = [initial: number, adjusted: number, executed: number, weight: number, score: number];

/** Solves the total row from the numbers `pool` (printed order) and the printed rate. */
export function solveTotalRow(pool: readonly string[], rate: string | null): SolvedRow {
	let best: SolvedRow = { row: rowOf(pool, [-1, -1, -1, -1, -1]), fit: -Infinity };
	const n = pool.length;
	const options = (taken: number[]) => [-1, ...range(n).filter((k) => !taken.includes(k))];
	for (const adjusted of options([]))
		for (const executed of options([adjusted].filter((k) => k >= 0)))
			for (const weight of options([adjusted, executed].filter((k) => k >= 0)))
				for (const score of options([adjusted, executed, weight].filter((k) => k >= 0))) {
					const used = [adjusted, executed, weight, score].filter((k) => k >= 0);
					// the year's first budget: the first number left, printed before the adjusted one
					const initial = range(n).find((k) => !used.includes(k) && k < adjusted) ?? -1;
					const pick: Pick = [initial, adjusted, executed, weight, score];
					const fit = fitOf(pool, pick, rate);
					if (fit > best.fit) best = { row: rowOf(pool, pick), fit };
				}
	return best;
}

function range(n: number): number[] {
	return Array.from({ length: n }, (_, k) => k);
}

function rowOf(pool: readonly string[], pick: Pick): TotalRow {
	const at = (k: number) => (k >= 0 ? (pool[k] ?? null) : null);
	const [initial, adjusted, executed, weight, score] = pick.map(at);
	return {
		initial: initial ?? null,
		adjusted: adjusted ?? null,
		executed: executed ?? null,
		weight: weight ?? null,
		score: score ?? null
	};
}

/**
 * Arithmetic first (a rate that agrees 4, a score that agrees 2, score ≤ weight ≤ 100 and
 * executed ≤ adjusted 1 each), then every number placed (1), then the printed order (0.1 per
 * pair of columns printed the other way round).
 */
function fitOf(pool: readonly string[], pick: Pick, rate: string | null): number {
	const { adjusted, executed, weight, score } = rowOf(pool, pick);
	let fit = 0;
	if (adjusted && executed) {
		if (rate && rateAgrees(adjusted, executed, rate)) fit += 4;
		if (new Decimal(executed).lte(adjusted)) fit += 1;
	}
	if (weight) {
		const w = new Decimal(weight);
		if (w.gt(100)) return -Infinity;
		if (score && new Decimal(score).lte(w)) fit += 1;
		if (score && rate && fundsScoreAgrees(weight, rate, score)) fit += 2;
	}
	const placed = pick.filter((k) => k >= 0);
	fit += placed.length - pool.length;
	for (let a = 0; a < placed.length; a++)
		for (let b = a + 1; b < placed.length; b++) if ((placed[a] ?? 0) > (placed[b] ?? 0)) fit -= 0.1;
	return fit;
}
