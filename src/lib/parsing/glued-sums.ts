/**
 * Glued indicator rows whose weight and score digits split more than one way (`510`: 51 | 0, or
 * 5 | 10 scored over its weight), settled by the form's own sums: the funds weight and the rows'
 * weights add up to the printed total weight, the funds score and the rows' scores to the printed
 * total score. Used only where the rows as first read do not add up; the search is bounded.
 */
import { isPlaceholder } from './numbers.ts';
import { readFigure, readPoints, SUM_TOLERANCE_POINTS } from './points.ts';
import type { FormSums } from './readings.ts';

/** What the sums look at in one reading of a row. */
export interface Figures {
	weight: string | null;
	score: string | null;
}

/** A row's readings: those its text gives (the kept one first), and the less likely others. */
export interface RowOptions<R extends Figures> {
	readings: R[];
	alternates: R[];
}

/** At most this many combinations of the rows' figures are tried. */
const MAX_COMBINATIONS = 4096;

/** A weight or score in millionths, 0 for a blank or a placeholder; null when not a figure. */
function points(value: string | null | undefined): number | null {
	if (value == null || isPlaceholder(value)) return 0;
	const figure = readFigure(value);
	return figure === null ? null : readPoints(figure);
}

/** One way a row's figures read: its weight and score in millionths, and the readings so. */
interface Option<R> {
	weight: number;
	score: number;
	alternate: boolean;
	readings: R[];
}

/** A row's distinct weight/score pairs, the kept reading's first. */
function optionsOf<R extends Figures>(row: RowOptions<R>): Array<Option<R>> | null {
	const out = new Map<string, Option<R>>();
	for (const [alternate, list] of [
		[false, row.readings],
		[true, row.alternates]
	] as const)
		for (const r of list) {
			const [weight, score] = [points(r.weight), points(r.score)];
			if (weight === null || score === null) return null;
			const key = `${weight}|${score}`;
			const option = out.get(key) ?? { weight, score, alternate, readings: [] };
			option.readings.push(r);
			out.set(key, option);
		}
	return [...out.values()];
}

/**
 * The weights and the scores of the rows' kept readings added up; null when one is no figure
 * (optionsOf gives up on the row then), undefined when a row has no kept reading (its first
 * option is an alternate's).
 */
function firstSums(rows: ReadonlyArray<RowOptions<Figures>>): [number, number] | null | undefined {
	let [weight, score] = [0, 0];
	for (const row of rows) {
		const read = row.readings[0];
		if (!read) return undefined;
		const [w, s] = [points(read.weight), points(read.score)];
		if (w === null || s === null) return null;
		weight += w;
		score += s;
	}
	return [weight, score];
}

/**
 * The readings of each row under which the rows add up to the form's printed totals, or null
 * when the rows as first read add up already, when no choice does, or when there are too many
 * to try. Of the choices that add up, those taking the fewest less likely readings and then
 * changing the fewest rows are kept; a row they leave more than one way keeps those readings.
 */
export function settleBySums<R extends Figures>(
	rows: ReadonlyArray<RowOptions<R>>,
	sums: FormSums | null
): R[][] | null {
	if (!sums || (sums.weight === null && sums.score === null) || !rows.length) return null;
	const funds = [points(sums.funds?.weight), points(sums.funds?.score)];
	const target = [sums.weight, sums.score].map((printed, k) => {
		const total = printed === null ? null : points(printed);
		return total === null || funds[k] == null ? null : total - funds[k]!;
	});
	if (target.every((t) => t === null)) return null;
	const fits = (weight: number, score: number) =>
		(target[0] == null || Math.abs(weight - target[0]) <= SUM_TOLERANCE_POINTS) &&
		(target[1] == null || Math.abs(score - target[1]) <= SUM_TOLERANCE_POINTS);
	// the rows as first read (each row's kept reading): nearly always they add up, and no other
	// reading of any row need be looked at
	const first = firstSums(rows);
	if (first === null || (first !== undefined && fits(first[0], first[1]))) return null;
	const options = rows.map(optionsOf);
	if (options.some((o) => !o?.length)) return null;
	const all = options as Array<Array<Option<R>>>;
	if (all.reduce((n, o) => n * o.length, 1) > MAX_COMBINATIONS) return null;
	// every combination, ranked by the less likely readings it takes, then the rows it changes
	let best: number[][] = [];
	let bestRank = Number.POSITIVE_INFINITY;
	const picked: number[] = [];
	const walk = (k: number, weight: number, score: number, rank: number): void => {
		if (rank > bestRank) return;
		if (k === all.length) {
			if (!fits(weight, score)) return;
			if (rank < bestRank) [best, bestRank] = [[], rank];
			best.push(picked.slice());
			return;
		}
		all[k]!.forEach((o, i) => {
			picked.push(i);
			walk(
				k + 1,
				weight + o.weight,
				score + o.score,
				rank + (o.alternate ? 1000 : 0) + (i ? 1 : 0)
			);
			picked.pop();
		});
	};
	walk(0, 0, 0, 0);
	if (!best.length) return null;
	return all.map((o, k) => {
		const kept = [...new Set(best.map((combo) => combo[k]!))].sort((a, b) => a - b);
		return kept.flatMap((i) => o[i]!.readings);
	});
}
