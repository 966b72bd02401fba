/**
 * What one complete reading of a glued funds run costs (glued-walk.ts): blanks, amounts printed
 * unlike their row's, and the arithmetic the row satisfies or breaks.
 */
import type { Checks } from './glued-checks.ts';
import { compare, isZero, Piece } from './glued-pieces.ts';
import type { FundColumn } from './templates/labels.ts';

/** A reading of a run: a piece or a blank (null) for each column. */
export type Row = Array<Piece | null>;

/** Where each column of a funds row is (-1 when the block prints none). */
export type Places = Record<
	'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score',
	number
>;

export const HUNDRED = new Piece(-1, '100', 0);
const THOUSAND = new Piece(-1, '1000', 0);

/** What costOf reads of the walk. */
export interface CostedWalk {
	readonly columns: readonly FundColumn[];
	readonly amount: readonly boolean[];
	readonly blank: readonly number[];
	readonly checks: Checks;
	readonly bounds: readonly string[] | undefined;
	readonly boundValues: ReadonlyArray<string | null>;
	readonly places: Places;
	/** set when the rate's distance was left out of the cost (exact false) */
	estimated: boolean;
	figureAt(row: Row, k: number): Piece | null;
}

/**
 * Lower is better. Blank cells cost a little (a total row's weight, rate or score more than an
 * amount, 年初 least: it is the column forms leave empty), amounts with 3–4 decimals or without
 * any beside ones that have them a little; the arithmetic the row satisfies earns, what it
 * breaks costs. (Added up in a fixed order: equal costs stay equal.)
 */
export function costOf(walk: CostedWalk, row: Row, exact: boolean): number {
	const { columns, amount, checks } = walk;
	let cost = 0;
	// a breakdown row often repeats its total (one source of funds)
	if (walk.bounds)
		for (let k = 0; k < columns.length; k++) {
			const p = row[k];
			if (p?.isFigure && amount[k] && p.plain === walk.boundValues[k]) cost -= 0.5;
		}
	// the amounts of a row print as many decimals, mostly (万元 figures need up to 4)
	let decimals = false;
	for (let k = 0; k < columns.length; k++)
		if (amount[k] && row[k]?.isFigure && row[k]!.dotted) decimals = true;
	let styles = 0;
	for (let k = 0; k < columns.length; k++) {
		const p = row[k];
		if (!amount[k] || !p?.isFigure) continue;
		styles |= 1 << p.places;
		if (decimals && !p.places) cost += 1;
	}
	let distinct = 0;
	for (let bits = styles; bits; bits &= bits - 1) distinct++;
	cost += 0.5 * Math.max(0, distinct - 1);
	for (let k = 0; k < columns.length; k++) {
		const p = row[k] ?? null;
		if (p === null) cost += walk.blank[k]!;
		else if (!p.isFigure && amount[k]) cost += 0.5;
	}
	const at = walk.places;
	const init = walk.figureAt(row, at.initial);
	const adj = walk.figureAt(row, at.adjusted);
	const exe = walk.figureAt(row, at.executed);
	const w = walk.figureAt(row, at.weight);
	const r = walk.figureAt(row, at.rate);
	const s = walk.figureAt(row, at.score);
	if (r && compare(r, THOUSAND) >= 0) cost += 10;
	// spending beyond the budget happens, but rarely; so does a budget adjusted tenfold
	if (adj && exe && compare(exe, adj) > 0) cost += 1;
	if (init && adj && !isZero(init) && !isZero(adj)) cost += checks.tenfold(init, adj);
	const spent = adj && exe && !isZero(adj);
	if (spent && r) {
		const rate = checks.rateClass(adj, exe, r);
		if (!Number.isNaN(rate)) cost += rate;
		else if (exact) cost += checks.rateFraction(adj, exe, r);
		// (the distance, 0 to 1, is left out of a first estimate: see walk)
		else walk.estimated = true;
	}
	// a rate of 100%: the budget spent in full (executed = adjusted) is far likelier than amounts
	// a hair apart that round to it (`5596.005596.005596.00100.00%`: not 5596.005 | 596.005 | 596.00)
	if (adj && exe && r && compare(r, HUNDRED) === 0 && compare(exe, adj) === 0) cost -= 1;
	if (w && s && compare(s, w) > 0) cost += 6;
	if (w && w.dotted) cost += 1;
	if (w && s && r && checks.fitsScore(w, r, s)) cost -= 2;
	else if (w && s && r && spent) {
		// a misprinted rate (domain.md §4.6): the score follows the amounts
		if (checks.impliedScoreFits(w, checks.impliedRate(adj, exe), s)) cost -= 2;
	}
	return cost;
}
