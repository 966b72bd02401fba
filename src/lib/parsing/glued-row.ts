/**
 * A funds row whose cells extraction glued into one run with nothing for a blank cell
 * (`1464.001462.8011095.92%9.99`: 年初 blank, 1464.00 | 1462.801 | 10 | 95.92% | 9.99). Every way
 * to walk the row's columns in order, each column taking a piece of its shape (an amount with up
 * to 4 decimals, a weight ≤ 100, a rate with its `%`, a score ≤ weight) or left blank, is tried;
 * the reading the form's arithmetic supports best wins (rate = executed / adjusted at the printed
 * precision, funds score = weight × rate capped at the weight), and a breakdown row (其中…) prints
 * no amount above its total's in the same column nor one where the total's cell is blank.
 */
import { Checks } from './glued-checks.ts';
import { compare, isZero, Piece, RunPieces, Shape } from './glued-pieces.ts';
import { isNumeric, isPlaceholder } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';

const MAX_READINGS = 20000;
const HUNDRED = new Piece(-1, '100', 0);
const THOUSAND = new Piece(-1, '1000', 0);

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
const MARGIN = 1;
/** At most this many readings of a run are kept as candidates. */
const MAX_CANDIDATES = 4;

type Row = Array<Piece | null>;

/**
 * One run walked: every way to give its columns in order a piece or a blank, each complete
 * reading costed (costOf); those that may end within MARGIN of the best kept.
 */
class GluedWalk {
	readonly kept: Array<{ row: Row; cost: number }> = [];
	readings = 0;
	readonly checks = new Checks();
	private bestCost = Number.POSITIVE_INFINITY;
	private estimated = false;
	private readonly row: Row = [];
	private readonly pieces: RunPieces;
	private readonly shapes: Shape[];
	private readonly amount: boolean[];
	private readonly blank: number[];
	/** whether columns[k…] can take text[from…] whole: 0 not known yet, 1 yes, 2 no */
	private readonly finishes: Uint8Array;
	private readonly width: number;
	/** the bound's figure for each column (a breakdown row), null where the total prints none */
	private readonly limits: Array<Piece | null> = [];
	private readonly boundValues: Array<string | null> = [];
	readonly places: Record<
		'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score',
		number
	>;

	constructor(
		private readonly text: string,
		private readonly columns: readonly FundColumn[],
		private readonly bounds: readonly string[] | undefined,
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
			let cost = this.costOf(row, false);
			if (this.estimated && cost <= this.bestCost + MARGIN + 1e-6) cost = this.costOf(row, true);
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
	 * Lower is better. Blank cells cost a little (a total row's weight, rate or score more than an
	 * amount, 年初 least: it is the column forms leave empty), amounts with 3–4 decimals or without
	 * any beside ones that have them a little; the arithmetic the row satisfies earns, what it
	 * breaks costs. (Added up in a fixed order: equal costs stay equal.)
	 */
	private costOf(row: Row, exact: boolean): number {
		const { columns, amount, checks } = this;
		let cost = 0;
		// a breakdown row often repeats its total (one source of funds)
		if (this.bounds)
			for (let k = 0; k < columns.length; k++) {
				const p = row[k];
				if (p?.isFigure && amount[k] && p.plain === this.boundValues[k]) cost -= 0.5;
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
			if (p === null) cost += this.blank[k]!;
			else if (!p.isFigure && amount[k]) cost += 0.5;
		}
		const at = this.places;
		const init = this.figureAt(row, at.initial);
		const adj = this.figureAt(row, at.adjusted);
		const exe = this.figureAt(row, at.executed);
		const w = this.figureAt(row, at.weight);
		const r = this.figureAt(row, at.rate);
		const s = this.figureAt(row, at.score);
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
			else this.estimated = true;
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
