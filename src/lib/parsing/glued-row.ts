/**
 * A funds row whose cells extraction glued into one run with nothing for a blank cell
 * (`1464.001462.8011095.92%9.99`: 年初 blank, 1464.00 | 1462.801 | 10 | 95.92% | 9.99). Every way
 * to walk the row's columns in order, each column taking a piece of its shape (an amount with up
 * to 4 decimals, a weight ≤ 100, a rate with its `%`, a score ≤ weight) or left blank, is tried;
 * the reading the form's arithmetic supports best wins (rate = executed / adjusted at the printed
 * precision, funds score = weight × rate capped at the weight), and a breakdown row (其中…) prints
 * no amount above its total's in the same column nor one where the total's cell is blank.
 */
import Decimal from 'decimal.js';
import { fundsScoreAgrees, rateAgrees } from './arithmetic.ts';
import { isNumeric, isPlaceholder } from './numbers.ts';
import { textCache } from './memo.ts';
import type { FundColumn } from './templates/labels.ts';

const AMOUNTS: readonly FundColumn[] = ['initial', 'adjusted', 'executed'];
const MAX_READINGS = 20000;
const PLACEHOLDER = /^[—\-/]/;

/** The places (start, end) of the pieces a column can take at text[at]. */
function piecesAt(
	text: string,
	at: number,
	column: FundColumn,
	places: number
): Array<[number, number]> {
	if (PLACEHOLDER.test(text.charAt(at))) return [[at, at + 1]];
	const out: Array<[number, number]> = [];
	const digit = (k: number) => /\d/.test(text[k] ?? '');
	if (!digit(at)) return out;
	let intEnd = at + 1;
	if (text[at] !== '0') while (digit(intEnd)) intEnd++;
	const amount = AMOUNTS.includes(column);
	const maxDecimals = amount ? places : 2;
	for (let end = at + 1; end <= intEnd; end++) {
		const ends: number[] = [end];
		if (end === intEnd && text[end] === '.')
			for (let d = 1; d <= maxDecimals && digit(end + d); d++) ends.push(end + 1 + d);
		for (const e of ends) {
			const percent = text[e] === '%';
			// a `%` belongs to the rate: no other column stops right before one
			// a rate without its `%` only in a row that prints none (a fraction, `0.98`)
			if (column !== 'rate') {
				if (!percent) out.push([at, e]);
			} else if (percent) out.push([at, e + 1]);
			else if (!text.includes('%')) out.push([at, e]);
		}
	}
	return out;
}

/**
 * A blank cell: the total row's 年初 least (the column forms leave empty), its weight, rate or
 * score most; a breakdown row most often leaves its executed amount blank.
 */
function blankCost(column: FundColumn, total: boolean): number {
	if (total) return column === 'initial' ? 0.4 : AMOUNTS.includes(column) ? 0.5 : 1;
	return column === 'executed' ? 0.45 : 0.5;
}

const value = (piece: string | undefined) =>
	piece && !isPlaceholder(piece) ? piece.replace(/%$/, '') : null;

/**
 * A piece of the run a column can take: its text, its text without `%`, where the run goes on,
 * and its figure (null for a placeholder mark), read as a decimal once, when first asked for.
 * One object per place in the run and walk (profile: the walk spent most of its time reading
 * pieces as decimals and looking them up in caches keyed by text, once per reading).
 */
class Piece {
	readonly plain: string;
	private read: Decimal | null | undefined;
	constructor(
		readonly id: number,
		readonly text: string,
		readonly next: number
	) {
		this.plain = text.endsWith('%') ? text.slice(0, -1) : text;
	}
	get figure(): Decimal | null {
		if (this.read === undefined)
			this.read = isPlaceholder(this.text) ? null : new Decimal(this.plain);
		return this.read;
	}
}

/** A placed cell's figure text (without `%`), null for a blank or a placeholder. */
const plainOf = (piece: Piece | null) => (piece?.figure ? piece.plain : null);

/**
 * One walk's pieces and the arithmetic checked on them, each once: the checks are cached by the
 * pieces' ids (numbers), as most readings share their figures.
 */
class WalkCache {
	readonly pieces: Piece[] = [];
	private readonly byPlace = new Map<number, Piece>();
	private readonly checks = new Map<number, number>();
	private readonly implied = new Map<string, string>();
	private readonly impliedFits = new Map<string, boolean>();
	constructor(private readonly text: string) {}

	/** The piece text[start, end), made once. */
	piece(start: number, end: number): Piece {
		const place = start * (this.text.length + 2) + end;
		let piece = this.byPlace.get(place);
		if (!piece) {
			piece = new Piece(this.pieces.length, this.text.slice(start, end), end);
			this.pieces.push(piece);
			this.byPlace.set(place, piece);
		}
		return piece;
	}

	/** `compute` of pieces a, b (and c), once per kind of check and pieces. */
	check(kind: number, a: Piece, b: Piece, c: Piece | null, compute: () => number): number {
		const last = c ? c.id + 1 : 0;
		// ids below ID_BASE make a key that is exact as a number (a run has far fewer pieces)
		if (Math.max(a.id, b.id, last) >= ID_BASE) return compute();
		const key = ((kind * ID_BASE + a.id) * ID_BASE + b.id) * ID_BASE + last;
		let got = this.checks.get(key);
		if (got === undefined) this.checks.set(key, (got = compute()));
		return got;
	}

	/** executed / adjusted × 100 at 2 decimals (adjusted not zero). */
	impliedRate(adjusted: Piece, executed: Piece): string {
		const key = `${adjusted.id}|${executed.id}`;
		let got = this.implied.get(key);
		if (got === undefined) {
			got = executed.figure!.dividedBy(adjusted.figure!).times(100).toDecimalPlaces(2).toFixed();
			this.implied.set(key, got);
		}
		return got;
	}

	/** fundsScoreAgrees of a weight, a rate worked out from the amounts and a score. */
	impliedScoreFits(weight: Piece, rate: string, score: Piece): boolean {
		const key = `${weight.id}|${rate}|${score.id}`;
		let got = this.impliedFits.get(key);
		if (got === undefined) {
			got = fundsScoreAgrees(weight.plain, rate, score.plain);
			this.impliedFits.set(key, got);
		}
		return got;
	}
}

const ID_BASE = 4095;
const [HUNDRED, THOUSAND] = [new Decimal(100), new Decimal(1000)];
const RATE_COST = 0;
const TENFOLD = 1;
const SCORE_FITS = 2;

/**
 * What the printed rate adds (adjusted not zero): −3 when it agrees; else a misprinted rate
 * still lies nearer the amounts' than another reading's rate (its distance from executed /
 * adjusted, at most 1).
 */
function rateCost(adjusted: Piece, executed: Piece, rate: Piece): number {
	if (rateAgrees(adjusted.plain, executed.plain, rate.plain)) return -3;
	// a rate off by more than 100 points costs 1, seen without decimal.js
	const off = (Number(executed.plain) / Number(adjusted.plain)) * 100 - Number(rate.plain);
	if (Math.abs(off) > 100 * (1 + 1e-9)) return 1;
	const implied = executed.figure!.dividedBy(adjusted.figure!).times(100);
	return Math.min(1, implied.minus(rate.figure!).abs().dividedBy(100).toNumber());
}

/** 1 when the adjusted budget is over ten times the initial one or under a tenth. */
function tenfold(initial: Piece, adjusted: Piece): number {
	const ratio = adjusted.figure!.dividedBy(initial.figure!);
	return ratio.gt(10) || ratio.lt(0.1) ? 1 : 0;
}

/** fundsScoreAgrees of a weight, a rate and a score placed. */
function fitsScore(cache: WalkCache, weight: Piece, rate: Piece, score: Piece): boolean {
	const fits = () => (fundsScoreAgrees(weight.plain, rate.plain, score.plain) ? 1 : 0);
	return cache.check(SCORE_FITS, weight, rate, score, fits) === 1;
}

/** Where each named column is in a walk's columns (-1 when absent). */
interface ColumnPlaces {
	initial: number;
	adjusted: number;
	executed: number;
	weight: number;
	rate: number;
	score: number;
}

/** The figure each column of `places` holds in `row` (a blank or a placeholder holds none). */
function placedFigures(
	row: ReadonlyArray<Piece | null>,
	places: ColumnPlaces
): Record<keyof ColumnPlaces, Piece | null> {
	const figure = (k: number) => {
		const p = k < 0 ? null : (row[k] ?? null);
		return p?.figure ? p : null;
	};
	return {
		initial: figure(places.initial),
		adjusted: figure(places.adjusted),
		executed: figure(places.executed),
		weight: figure(places.weight),
		rate: figure(places.rate),
		score: figure(places.score)
	};
}

/**
 * Lower is better. Blank cells cost a little (a total row's weight, rate or score more than an
 * amount, 年初 least: it is the column forms leave empty), amounts with 3–4 decimals or without
 * any beside ones that have them a little; the arithmetic the row satisfies earns, what it
 * breaks costs.
 */
function costOf(
	row: ReadonlyArray<Piece | null>,
	columns: readonly FundColumn[],
	places: ColumnPlaces,
	bounds: readonly string[] | undefined,
	cache: WalkCache
): number {
	const total = !bounds;
	let cost = 0;
	// a breakdown row often repeats its total (one source of funds)
	if (bounds)
		columns.forEach((c, k) => {
			const p = plainOf(row[k] ?? null);
			if (p && AMOUNTS.includes(c) && p === value(bounds[k])) cost -= 0.5;
		});
	const amounts = columns
		.map((c, k) => (AMOUNTS.includes(c) ? row[k] : undefined))
		.filter((p): p is Piece => !!p?.figure);
	const decimals = amounts.some((p) => p.text.includes('.'));
	// the amounts of a row print as many decimals, mostly (万元 figures need up to 4)
	const styles = new Set<number>();
	for (const { text: p } of amounts) {
		const places = p.includes('.') ? p.length - p.indexOf('.') - 1 : 0;
		styles.add(places);
		if (decimals && !places) cost += 1;
	}
	cost += 0.5 * Math.max(0, styles.size - 1);
	columns.forEach((c, k) => {
		const p = row[k] ?? null;
		if (p === null) cost += blankCost(c, total);
		else if (!p.figure && AMOUNTS.includes(c)) cost += 0.5;
	});
	const {
		initial: init,
		adjusted: adj,
		executed: exe,
		weight: w,
		rate: r,
		score: s
	} = placedFigures(row, places);
	if (r && r.figure!.gte(THOUSAND)) cost += 10;
	// spending beyond the budget happens, but rarely; so does a budget adjusted tenfold
	if (adj && exe && exe.figure!.gt(adj.figure!)) cost += 1;
	if (init && adj && !init.figure!.isZero() && !adj.figure!.isZero())
		cost += cache.check(TENFOLD, init, adj, null, () => tenfold(init, adj));
	if (adj && exe && r && !adj.figure!.isZero())
		cost += cache.check(RATE_COST, adj, exe, r, () => rateCost(adj, exe, r));
	// a rate of 100%: the budget spent in full (executed = adjusted) is far likelier than amounts
	// a hair apart that round to it (`5596.005596.005596.00100.00%`: not 5596.005 | 596.005 | 596.00)
	if (adj && exe && r && r.figure!.eq(HUNDRED) && exe.figure!.eq(adj.figure!)) cost -= 1;
	if (w && s && s.figure!.gt(w.figure!)) cost += 6;
	if (w && w.text.includes('.')) cost += 1;
	if (w && s && r && fitsScore(cache, w, r, s)) cost -= 2;
	else if (w && s && r && adj && exe && !adj.figure!.isZero()) {
		// a misprinted rate (domain.md §4.6): the score follows the amounts
		if (cache.impliedScoreFits(w, cache.impliedRate(adj, exe), s)) cost -= 2;
	}
	return cost;
}

/**
 * What a reading must keep of its rival's to be as consistent with the form: the printed rate
 * agreeing with executed / adjusted, the funds score with weight × rate.
 */
function agreements(
	row: ReadonlyArray<Piece | null>,
	places: ColumnPlaces,
	cache: WalkCache
): string {
	const { adjusted: adj, executed: exe, weight: w, rate: r, score: s } = placedFigures(row, places);
	const rate =
		adj && exe && r && !adj.figure!.isZero()
			? cache.check(RATE_COST, adj, exe, r, () => rateCost(adj, exe, r)) < 0
			: null;
	const score = w && r && s ? fitsScore(cache, w, r, s) : null;
	return `${rate}|${score}`;
}

/** A reading within this much of the best one's cost is as likely, when it agrees as well. */
const MARGIN = 1;
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
	const kept: Array<{ row: Array<Piece | null>; cost: number }> = [];
	let bestCost = Number.POSITIVE_INFINITY;
	let readings = 0;
	const row: Array<Piece | null> = [];
	const cache = new WalkCache(text);
	const at: ColumnPlaces = {
		initial: columns.indexOf('initial'),
		adjusted: columns.indexOf('adjusted'),
		executed: columns.indexOf('executed'),
		weight: columns.indexOf('weight'),
		rate: columns.indexOf('rate'),
		score: columns.indexOf('score')
	};
	// the pieces column k can take at text[from], found once however often the walk comes by
	const width = columns.length + 1;
	const pieces: Array<Piece[] | undefined> = [];
	const piecesFor = (from: number, k: number) =>
		(pieces[from * width + k] ??= piecesAt(text, from, columns[k] ?? 'note', places).map(
			([start, end]) => cache.piece(start, end)
		));
	// whether columns[k…] can take text[from…] whole, whatever the pieces' values: a branch that
	// cannot is not walked (most branches, left with text no column takes)
	const finishes: Array<boolean | undefined> = [];
	const canFinish = (from: number, k: number): boolean => {
		if (k === columns.length) return from === text.length;
		const key = from * width + k;
		let can = finishes[key];
		if (can === undefined) {
			can =
				canFinish(from, k + 1) ||
				(from < text.length && piecesFor(from, k).some(({ next }) => canFinish(next, k + 1)));
			finishes[key] = can;
		}
		return can;
	};
	const walk = (from: number): void => {
		if (readings >= MAX_READINGS || !canFinish(from, row.length)) return;
		const k = row.length;
		if (k === columns.length) {
			if (from < text.length) return;
			readings++;
			const cost = costOf(row, columns, at, bounds, cache);
			// only readings that may end within the margin of the best are kept
			if (cost <= bestCost + MARGIN) kept.push({ row: row.slice(), cost });
			bestCost = Math.min(bestCost, cost);
			return;
		}
		const column = columns[k] ?? 'note';
		// blank: only when the rest of the text still fits the columns left
		row.push(null);
		walk(from);
		row.pop();
		if (from >= text.length) return;
		const bound = bounds?.[k];
		for (const piece of piecesFor(from, k)) {
			if (!fits(piece, column, row, at, bound)) continue;
			row.push(piece);
			walk(piece.next);
			row.pop();
		}
	};
	walk(0);
	if (!kept.length) return null;
	// the best first (the first printed on a tie), then its rivals
	const order = kept
		.map((r, index) => ({ ...r, index }))
		.sort((a, b) => a.cost - b.cost || a.index - b.index);
	const best = order[0]!;
	const agree = agreements(best.row, at, cache);
	const texts = (reading: ReadonlyArray<Piece | null>) => reading.map((p) => p?.text ?? '');
	const candidates = order
		.filter((r) => r.cost <= best.cost + MARGIN && agreements(r.row, at, cache) === agree)
		.slice(0, MAX_CANDIDATES)
		.map((r) => texts(r.row));
	return { row: texts(best.row), readings, candidates };
}

/** A bound's figure, read once per text. */
const boundFigures = textCache<Decimal>();
function boundFigure(limit: string): Decimal {
	let figure = boundFigures.get(limit);
	if (!figure) {
		if (boundFigures.size > 1000) boundFigures.clear();
		boundFigures.set(limit, (figure = new Decimal(limit)));
	}
	return figure;
}

/** What a column's piece must satisfy: weight ≤ 100, score ≤ weight, a breakdown within its total. */
function fits(
	piece: Piece,
	column: FundColumn,
	row: ReadonlyArray<Piece | null>,
	places: ColumnPlaces,
	bound: string | undefined
): boolean {
	const n = piece.figure;
	if (!n) return true;
	if (column === 'weight' && n.gt(HUNDRED)) return false;
	const weight = places.weight < 0 ? null : (row[places.weight] ?? null);
	if (column === 'score' && n.gt(weight?.figure ?? HUNDRED)) return false;
	if (bound === undefined) return true;
	// a breakdown prints a figure only in a column its total prints one, an amount no larger
	const limit = value(bound);
	if (limit === null) return false;
	if (column === 'rate') return piece.text.endsWith('%') === bound.endsWith('%');
	// the block has one funds weight: a breakdown row printing one prints its total's
	if (column === 'weight') return n.eq(boundFigure(limit));
	// …and a score its own rate gives, or its total's
	const rate = places.rate < 0 ? null : (row[places.rate] ?? null);
	if (column === 'score' && !rate?.figure) return n.eq(boundFigure(limit));
	return !AMOUNTS.includes(column) || n.lte(boundFigure(limit));
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
