/**
 * Every way to walk a glued funds run's columns in order, each column taking a piece of its shape
 * or left blank (glued-row.ts), each complete reading costed (glued-walk-cost.ts).
 */
import { Checks } from './glued-checks.ts';
import { compare, isZero, Piece, RunPieces, Shape } from './glued-pieces.ts';
import { costOf, HUNDRED, type CostedWalk, type Places, type Row } from './glued-walk-cost.ts';
import { isPlaceholder } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';

const MAX_READINGS = 20000;

const isAmount = (column: FundColumn) =>
	column === 'initial' || column === 'adjusted' || column === 'executed';

/**
 * A blank cell: the total row's 年初 least (the column forms leave empty), its weight, rate or
 * score most; a breakdown row most often leaves its executed amount blank.
 */
function blankCost(column: FundColumn, total: boolean): number {
	if (total) return column === 'initial' ? 0.4 : isAmount(column) ? 0.5 : 1;
	return column === 'executed' ? 0.45 : 0.5;
}

const value = (piece: string | undefined) =>
	piece && !isPlaceholder(piece) ? piece.replace(/%$/, '') : null;

/** A reading within this much of the best one's cost is as likely, when it agrees as well. */
export const MARGIN = 1;

/**
 * One run walked: every way to give its columns in order a piece or a blank, each complete
 * reading costed (costOf); those that may end within MARGIN of the best kept.
 */
export class GluedWalk implements CostedWalk {
	readonly kept: Array<{ row: Row; cost: number }> = [];
	readings = 0;
	readonly checks = new Checks();
	private bestCost = Number.POSITIVE_INFINITY;
	estimated = false;
	private readonly row: Row = [];
	private readonly pieces: RunPieces;
	private readonly shapes: Shape[];
	readonly amount: boolean[];
	readonly blank: number[];
	/** whether columns[k…] can take text[from…] whole: 0 not known yet, 1 yes, 2 no */
	private readonly finishes: Uint8Array;
	private readonly width: number;
	/** the bound's figure for each column (a breakdown row), null where the total prints none */
	private readonly limits: Array<Piece | null> = [];
	readonly boundValues: Array<string | null> = [];
	readonly places: Places;

	constructor(
		private readonly text: string,
		readonly columns: readonly FundColumn[],
		readonly bounds: readonly string[] | undefined,
		places: number
	) {
		this.pieces = new RunPieces(text, places);
		this.shapes = columns.map((c) =>
			isAmount(c) ? Shape.Amount : c === 'rate' ? Shape.Rate : Shape.Other
		);
		this.amount = columns.map(isAmount);
		this.blank = columns.map((c) => blankCost(c, !bounds));
		this.width = columns.length + 1;
		this.finishes = new Uint8Array((text.length + 1) * this.width);
		this.places = {
			initial: columns.indexOf('initial'),
			adjusted: columns.indexOf('adjusted'),
			executed: columns.indexOf('executed'),
			weight: columns.indexOf('weight'),
			rate: columns.indexOf('rate'),
			score: columns.indexOf('score')
		};
		if (bounds)
			for (let k = 0; k < columns.length; k++) {
				const limit = value(bounds[k]);
				this.boundValues.push(limit);
				this.limits.push(limit === null ? null : new Piece(-1, limit, 0));
			}
	}

	canFinish(from: number, k: number): boolean {
		if (k === this.columns.length) return from === this.text.length;
		const key = from * this.width + k;
		const known = this.finishes[key];
		if (known) return known === 1;
		let can = this.canFinish(from, k + 1);
		if (!can && from < this.text.length)
			for (const next of this.pieces.ends(from, this.shapes[k]!))
				if (this.canFinish(next, k + 1)) {
					can = true;
					break;
				}
		this.finishes[key] = can ? 1 : 2;
		return can;
	}

	walk(from: number): void {
		const { row, columns } = this;
		if (this.readings >= MAX_READINGS || !this.canFinish(from, row.length)) return;
		const k = row.length;
		if (k === columns.length) {
			if (from < this.text.length) return;
			this.readings++;
			// a reading whose cost, the rate's distance (≥ 0) left out, already lies beyond the
			// margin is neither kept nor the best: its exact cost is not worked out
			this.estimated = false;
			let cost = costOf(this, row, false);
			if (this.estimated && cost <= this.bestCost + MARGIN + 1e-6) cost = costOf(this, row, true);
			// only readings that may end within the margin of the best are kept
			if (cost <= this.bestCost + MARGIN) this.kept.push({ row: row.slice(), cost });
			this.bestCost = Math.min(this.bestCost, cost);
			return;
		}
		// blank: only when the rest of the text still fits the columns left
		row.push(null);
		this.walk(from);
		row.pop();
		if (from >= this.text.length) return;
		for (const next of this.pieces.ends(from, this.shapes[k]!)) {
			// (a piece that leaves text no column can take is not made: walk would refuse it)
			if (this.readings >= MAX_READINGS || !this.canFinish(next, k + 1)) continue;
			const piece = this.pieces.piece(from, next);
			if (!this.fits(piece, k)) continue;
			row.push(piece);
			this.walk(piece.next);
			row.pop();
		}
	}

	/** The figure placed in column k (null when absent, blank or a placeholder). */
	figureAt(row: Row, k: number): Piece | null {
		const p = k < 0 ? null : (row[k] ?? null);
		return p?.isFigure ? p : null;
	}

	/**
	 * What column k's piece must satisfy: weight ≤ 100, score ≤ weight, a breakdown within its
	 * total.
	 */
	private fits(piece: Piece, k: number): boolean {
		if (!piece.isFigure) return true;
		const column = this.columns[k];
		if (column === 'weight' && compare(piece, HUNDRED) > 0) return false;
		if (column === 'score') {
			const weight = this.places.weight < 0 ? null : (this.row[this.places.weight] ?? null);
			if (compare(piece, weight?.isFigure ? weight : HUNDRED) > 0) return false;
		}
		const bound = this.bounds?.[k];
		if (bound === undefined) return true;
		// a breakdown prints a figure only in a column its total prints one, an amount no larger
		const limit = this.limits[k] ?? null;
		if (limit === null) return false;
		if (column === 'rate') return piece.text.endsWith('%') === bound.endsWith('%');
		// the block has one funds weight: a breakdown row printing one prints its total's
		if (column === 'weight') return compare(piece, limit) === 0;
		// …and a score its own rate gives, or its total's
		if (column === 'score' && !this.figureAt(this.row, this.places.rate))
			return compare(piece, limit) === 0;
		return !this.amount[k] || compare(piece, limit) <= 0;
	}

	/**
	 * What a reading must keep of its rival's to be as consistent with the form: the printed rate
	 * agreeing with executed / adjusted, the funds score with weight × rate.
	 */
	agreements(row: Row): string {
		const at = this.places;
		const adj = this.figureAt(row, at.adjusted);
		const exe = this.figureAt(row, at.executed);
		const w = this.figureAt(row, at.weight);
		const r = this.figureAt(row, at.rate);
		const s = this.figureAt(row, at.score);
		const rate = adj && exe && r && !isZero(adj) ? this.checks.rateClass(adj, exe, r) < 0 : null;
		const score = w && r && s ? this.checks.fitsScore(w, r, s) : null;
		return `${rate}|${score}`;
	}
}
