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
import type { FundColumn } from './templates/labels.ts';
import { memoize } from './memo.ts';

const AMOUNTS: readonly FundColumn[] = ['initial', 'adjusted', 'executed'];
const MAX_READINGS = 20000;
const PLACEHOLDER = /^[—\-/]/;

/** The pieces a column can take at text[at]: [piece, next position]. */
function piecesAt(
	text: string,
	at: number,
	column: FundColumn,
	places: number
): Array<[string, number]> {
	const mark = PLACEHOLDER.exec(text.slice(at, at + 1));
	if (mark) return [[mark[0], at + 1]];
	const out: Array<[string, number]> = [];
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
				if (!percent) out.push([text.slice(at, e), e]);
			} else if (percent) out.push([text.slice(at, e + 1), e + 1]);
			else if (!text.includes('%')) out.push([text.slice(at, e), e]);
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

// A run is walked in up to 20,000 readings that share their pieces: each piece is read as a
// decimal once, and each triple of figures checked against the arithmetic once (profile: the
// decimal.js objects made per reading took most of a glued form's time).
/** A piece (or a `%` rate) as a decimal. */
const decimalOf = memoize((piece: string) => new Decimal(piece.replace(/%$/, '')));
/**
 * What the printed rate adds, of `adjusted|executed|rate` (adjusted not zero): −3 when it
 * agrees; else a misprinted rate still lies nearer the amounts' than another reading's rate
 * (its distance from executed / adjusted, at most 1).
 */
const rateCost = memoize((key: string) => {
	const [adjusted = '', executed = '', rate = ''] = key.split('|');
	if (rateAgrees(adjusted, executed, rate)) return -3;
	const implied = decimalOf(executed).dividedBy(adjusted).times(100);
	return Math.min(1, implied.minus(rate).abs().dividedBy(100).toNumber());
});
/** 1 when the adjusted budget is over ten times the initial one or under a tenth, of `initial|adjusted`. */
const tenfold = memoize((key: string) => {
	const [initial = '', adjusted = ''] = key.split('|');
	const ratio = decimalOf(adjusted).dividedBy(initial);
	return ratio.gt(10) || ratio.lt(0.1) ? 1 : 0;
});
/** fundsScoreAgrees of `weight|rate|score`. */
const scoreFits = memoize((key: string) => {
	const [weight = '', rate = '', score = ''] = key.split('|');
	return fundsScoreAgrees(weight, rate, score);
});
/** executed / adjusted × 100 at 2 decimals, of `adjusted|executed` (adjusted not zero). */
const impliedRate = memoize((key: string) => {
	const [adjusted = '', executed = ''] = key.split('|');
	return decimalOf(executed).dividedBy(adjusted).times(100).toDecimalPlaces(2).toFixed();
});

/**
 * Lower is better. Blank cells cost a little (a total row's weight, rate or score more than an
 * amount, 年初 least: it is the column forms leave empty), amounts with 3–4 decimals or without
 * any beside ones that have them a little; the arithmetic the row satisfies earns, what it
 * breaks costs.
 */
function costOf(
	row: readonly string[],
	columns: readonly FundColumn[],
	bounds: readonly string[] | undefined
): number {
	const total = !bounds;
	let cost = 0;
	// a breakdown row often repeats its total (one source of funds)
	if (bounds)
		columns.forEach((c, k) => {
			const p = value(row[k]);
			if (p && AMOUNTS.includes(c) && p === value(bounds[k])) cost -= 0.5;
		});
	const at = (c: FundColumn) => value(row[columns.indexOf(c)]);
	const amounts = columns
		.map((c, k) => (AMOUNTS.includes(c) ? row[k] : undefined))
		.filter((p): p is string => !!p && !isPlaceholder(p));
	const decimals = amounts.some((p) => p.includes('.'));
	// the amounts of a row print as many decimals, mostly (万元 figures need up to 4)
	const styles = new Set<number>();
	for (const p of amounts) {
		const places = p.includes('.') ? p.length - p.indexOf('.') - 1 : 0;
		styles.add(places);
		if (decimals && !places) cost += 1;
	}
	cost += 0.5 * Math.max(0, styles.size - 1);
	columns.forEach((c, k) => {
		const p = row[k] ?? '';
		if (p === '') cost += blankCost(c, total);
		else if (isPlaceholder(p) && AMOUNTS.includes(c)) cost += 0.5;
	});
	const [adj, exe, w, r, s] = (['adjusted', 'executed', 'weight', 'rate', 'score'] as const).map(
		at
	);
	if (r && decimalOf(r).gte(1000)) cost += 10;
	// spending beyond the budget happens, but rarely; so does a budget adjusted tenfold
	if (adj && exe && decimalOf(exe).gt(decimalOf(adj))) cost += 1;
	const init = at('initial');
	if (init && adj && !decimalOf(init).isZero() && !decimalOf(adj).isZero())
		cost += tenfold(`${init}|${adj}`);
	if (adj && exe && r && !decimalOf(adj).isZero()) cost += rateCost(`${adj}|${exe}|${r}`);
	if (w && s && decimalOf(s).gt(decimalOf(w))) cost += 6;
	if (w && w.includes('.')) cost += 1;
	if (w && s && r && scoreFits(`${w}|${r}|${s}`)) cost -= 2;
	else if (w && s && r && adj && exe && !decimalOf(adj).isZero()) {
		// a misprinted rate (domain.md §4.6): the score follows the amounts
		const implied = impliedRate(`${adj}|${exe}`);
		if (scoreFits(`${w}|${implied}|${s}`)) cost -= 2;
	}
	return cost;
}

/**
 * What a reading must keep of its rival's to be as consistent with the form: the printed rate
 * agreeing with executed / adjusted, the funds score with weight × rate.
 */
function agreements(row: readonly string[], columns: readonly FundColumn[]): string {
	const at = (c: FundColumn) => value(row[columns.indexOf(c)]);
	const [adj, exe, w, r, s] = (['adjusted', 'executed', 'weight', 'rate', 'score'] as const).map(
		at
	);
	const rate =
		adj && exe && r && !decimalOf(adj).isZero() ? rateCost(`${adj}|${exe}|${r}`) < 0 : null;
	const score = w && r && s ? scoreFits(`${w}|${r}|${s}`) : null;
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
	const kept: Array<{ row: string[]; cost: number }> = [];
	let bestCost = Number.POSITIVE_INFINITY;
	let readings = 0;
	const row: string[] = [];
	// the pieces column k can take at text[at], found once however often the walk comes by
	const width = columns.length + 1;
	const pieces: Array<Array<[string, number]> | undefined> = [];
	const piecesFor = (at: number, k: number) =>
		(pieces[at * width + k] ??= piecesAt(text, at, columns[k] ?? 'note', places));
	// whether columns[k…] can take text[at…] whole, whatever the pieces' values: a branch that
	// cannot is not walked (most branches, left with text no column takes)
	const finishes: Array<boolean | undefined> = [];
	const canFinish = (at: number, k: number): boolean => {
		if (k === columns.length) return at === text.length;
		const key = at * width + k;
		let can = finishes[key];
		if (can === undefined) {
			can =
				canFinish(at, k + 1) ||
				(at < text.length && piecesFor(at, k).some(([, next]) => canFinish(next, k + 1)));
			finishes[key] = can;
		}
		return can;
	};
	const walk = (at: number): void => {
		if (readings >= MAX_READINGS || !canFinish(at, row.length)) return;
		const k = row.length;
		if (k === columns.length) {
			if (at < text.length) return;
			readings++;
			const cost = costOf(row, columns, bounds);
			// only readings that may end within the margin of the best are kept
			if (cost <= bestCost + MARGIN) kept.push({ row: row.slice(), cost });
			bestCost = Math.min(bestCost, cost);
			return;
		}
		const column = columns[k] ?? 'note';
		// blank: only when the rest of the text still fits the columns left
		row.push('');
		walk(at);
		row.pop();
		if (at >= text.length) return;
		const bound = bounds?.[k];
		for (const [piece, next] of piecesFor(at, k)) {
			if (!fits(piece, column, row, columns, bound)) continue;
			row.push(piece);
			walk(next);
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
	const agree = agreements(best.row, columns);
	const candidates = order
		.filter((r) => r.cost <= best.cost + MARGIN && agreements(r.row, columns) === agree)
		.slice(0, MAX_CANDIDATES)
		.map((r) => r.row);
	return { row: best.row, readings, candidates };
}

/** What a column's piece must satisfy: weight ≤ 100, score ≤ weight, a breakdown within its total. */
function fits(
	piece: string,
	column: FundColumn,
	row: readonly string[],
	columns: readonly FundColumn[],
	bound: string | undefined
): boolean {
	if (isPlaceholder(piece)) return true;
	const n = decimalOf(piece);
	if (column === 'weight' && n.gt(100)) return false;
	const weight = value(row[columns.indexOf('weight')]);
	if (column === 'score' && n.gt(weight === null ? 100 : decimalOf(weight))) return false;
	if (bound === undefined) return true;
	// a breakdown prints a figure only in a column its total prints one, an amount no larger
	const limit = value(bound);
	if (limit === null) return false;
	if (column === 'rate') return piece.endsWith('%') === bound.endsWith('%');
	// the block has one funds weight: a breakdown row printing one prints its total's
	if (column === 'weight') return n.eq(decimalOf(limit));
	// …and a score its own rate gives, or its total's
	if (column === 'score' && !value(row[columns.indexOf('rate')])) return n.eq(decimalOf(limit));
	return !AMOUNTS.includes(column) || n.lte(decimalOf(limit));
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
