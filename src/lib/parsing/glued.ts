/**
 * Splits cells that extraction glued together (`145000000.0010100.0%10`, `-0.0%-`) into the
 * row's columns, choosing the split the form's arithmetic supports best: rate = executed /
 * adjusted, score = weight × rate capped at weight, score ≤ weight ≤ 100.
 */
import Decimal from 'decimal.js';
import type { FormWarning, FundSource } from '../model/form.ts';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import { splitGuess } from './split-guess.ts';
import { isNumeric, isPlaceholder, scaledFigure } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';
import { memoize } from './memo.ts';

const MAX_CANDIDATES = 4000;
/**
 * A figure prints at most 12 whole digits (an amount under a trillion 元): a longer digit run is
 * several figures, and the pieces tried at a place stay few (unbounded, a line of 100,000 digits
 * made 5·10⁹ pieces and exhausted memory).
 */
const WHOLE_DIGITS = 12;

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Every way to cut `text` into at most `max` number/percent/placeholder pieces, in a fixed
 * order (integer cuts first), at most MAX_CANDIDATES of them.
 */
function cuts(text: string, max: number): string[][] {
	// the pieces that can start at each position, as [piece, next position], in walk order
	const steps: Array<Array<readonly [string, number]>> = [];
	for (let at = 0; at < text.length; at++) steps.push(piecesAt(text, at));
	// fewest pieces that cover text[at…]: a branch that cannot finish within `max` is not walked
	const fewest = new Array<number>(text.length + 1).fill(Number.POSITIVE_INFINITY);
	fewest[text.length] = 0;
	for (let at = text.length - 1; at >= 0; at--)
		for (const [, next] of steps[at] ?? [])
			fewest[at] = Math.min(fewest[at] ?? 0, 1 + (fewest[next] ?? 0));
	const out: string[][] = [];
	const acc: string[] = [];
	const walk = (at: number): void => {
		if (out.length >= MAX_CANDIDATES || acc.length + (fewest[at] ?? 0) > max) return;
		if (at === text.length) {
			out.push(acc.slice());
			return;
		}
		for (const [piece, next] of steps[at] ?? []) {
			acc.push(piece);
			walk(next);
			acc.pop();
		}
	};
	walk(0);
	// (each piece is one number, percentage or placeholder by its making: none is filtered out)
	return out;
}

/**
 * The pieces that may start at text[at]: a placeholder; a cut inside the integer part; the
 * whole integer with 0 to 4 decimals, taking a `%` right after it (12 whole digits at most).
 */
function piecesAt(text: string, at: number): Array<readonly [string, number]> {
	const ch = text[at] ?? '';
	if (ch === '—' || ch === '-' || ch === '/') return [[ch, at + 1]];
	const first = text.charCodeAt(at);
	if (!isDigit(first)) return [];
	const out: Array<readonly [string, number]> = [];
	let intEnd = at + 1;
	// (the scan stops past WHOLE_DIGITS: a run's length is not looked at from each of its places)
	if (first !== 48)
		while (intEnd - at <= WHOLE_DIGITS && isDigit(text.charCodeAt(intEnd))) intEnd++;
	for (let end = at + 1; end < Math.min(intEnd, at + WHOLE_DIGITS + 1); end++)
		out.push([text.slice(at, end), end]);
	if (intEnd - at > WHOLE_DIGITS) return out;
	let digits = 0;
	if (text[intEnd] === '.')
		while (digits < 4 && isDigit(text.charCodeAt(intEnd + 1 + digits))) digits++;
	const withPercent = (end: number) =>
		text[end] === '%'
			? ([text.slice(at, end) + '%', end + 1] as const)
			: ([text.slice(at, end), end] as const);
	if (!digits) out.push(withPercent(intEnd));
	for (let dl = 1; dl <= digits; dl++) out.push(withPercent(intEnd + 1 + dl));
	return out;
}

function num(piece: string | undefined): Decimal | null {
	if (!piece || isPlaceholder(piece) || !isNumeric(piece)) return null;
	return new Decimal(piece.replace(/%$/, '').replace(/,/g, ''));
}

/** What pieceCost reads off one piece, computed once per piece (candidates share their pieces). */
interface PieceShape {
	/** a leading zero (5), a rate of 1000% or more (10), more than 2 decimals (1) */
	cost: number;
	/** an amount's count of decimals as a bit (1 << places), 0 for none or a percentage */
	placesBit: number;
	/** printed with fixed decimals (`1031.00`) */
	fixed: boolean;
	integer: boolean;
	/** a figure a sub-row can print: no percentage, no placeholder */
	figure: boolean;
}

const shapeOf = memoize((p: string): PieceShape => {
	let cost = 0;
	let placesBit = 0;
	if (p.length > 1 && p.charCodeAt(0) === 48 && isDigit(p.charCodeAt(1))) cost += 5;
	// no rate reaches 1000%: such a piece holds amounts glued to it
	if (/^\d{4,}(\.\d+)?%$/.test(p)) cost += 10;
	const dot = p.indexOf('.');
	const percent = p.endsWith('%');
	if (dot >= 0) {
		const places = p.length - dot - 1 - (percent ? 1 : 0);
		if (places > 2) cost += 1;
		if (places && !percent) placesBit = 1 << places;
	}
	return {
		cost,
		placesBit,
		fixed: /\.\d*0$/.test(p),
		integer: /^\d+$/.test(p),
		figure: !percent && !isPlaceholder(p)
	};
});

/**
 * Lower is better: unnatural pieces (a leading zero, more than 2 decimals, amounts with mixed
 * decimals), a row longer than its columns. The row is `before`, the candidate, then `after`.
 * `full` when the row fills every column: its arithmetic can then only add (arithmeticCost).
 */
function pieceCost(
	candidate: readonly string[],
	before: readonly string[],
	after: readonly string[],
	slots: readonly FundColumn[],
	subRow: boolean
): { cost: number; full: boolean } {
	let cost = candidate.length;
	// the amounts of one row are printed with the same number of decimals: the distinct decimal
	// counts (1 to 4) as bits
	let placesSeen = 0;
	for (const p of candidate) {
		const shape = shapeOf(p);
		cost += shape.cost;
		placesSeen |= shape.placesBit;
	}
	let distinct = 0;
	for (let bits = placesSeen; bits; bits &= bits - 1) distinct++;
	cost += Math.max(0, distinct - 1);
	const length = before.length + candidate.length + after.length;
	const piece = (k: number) =>
		k < before.length
			? before[k]!
			: k < before.length + candidate.length
				? candidate[k - before.length]!
				: after[k - before.length - candidate.length]!;
	// amounts printed with fixed decimals print them in every amount cell: `10` beside `1031.00` is
	// a weight, not an amount; a sub-row (其中…) prints no more figures than amount columns
	const amounts = slots.findIndex((c) => !AMOUNT_SLOTS.includes(c));
	const figures = Math.min(length, amounts < 0 ? length : amounts);
	// (printed so: a trailing zero says the cell prints fixed decimals, `1031.00`)
	if (length === slots.length) {
		let fixed = false;
		let integers = 0;
		for (let k = 0; k < figures; k++) {
			const shape = shapeOf(piece(k));
			fixed ||= shape.fixed;
			if (shape.integer) integers++;
		}
		if (fixed) cost += 2 * integers;
	}
	if (subRow) {
		let numbers = 0;
		for (let k = 0; k < length; k++) if (shapeOf(piece(k)).figure) numbers++;
		cost += 5 * Math.max(0, numbers - (amounts < 0 ? slots.length : amounts));
	}
	if (length > slots.length) return { cost: cost + 10 * (length - slots.length), full: false };
	if (length < slots.length) return { cost, full: false };
	return { cost: cost - 2.5, full: true };
}

const AMOUNT_SLOTS: readonly FundColumn[] = ['initial', 'adjusted', 'executed'];

/** Adds to `cost` what a full row breaks: rate = executed / adjusted, score = weight × rate. */
function arithmeticCost(
	row: readonly string[],
	slots: readonly FundColumn[],
	cost: number
): number {
	const at = (c: FundColumn) => row[slots.indexOf(c)];
	row.forEach((p, k) => {
		if (p.endsWith('%') !== (slots[k] === 'rate') && !isPlaceholder(p)) cost += 3;
	});
	const [adj, exe, w, r, s] = (['adjusted', 'executed', 'weight', 'rate', 'score'] as const).map(
		(c) => num(at(c))
	);
	const implied = adj && exe && !adj.isZero() ? exe.dividedBy(adj).times(100) : null;
	// the score a rate gives: weight × rate, capped at the weight
	const scoreAt = (rate: Decimal) => w && s && Decimal.min(w, w.times(rate).dividedBy(100));
	const near = (expect: Decimal | null | undefined) =>
		!!(expect && s && w && expect.minus(s).abs().lessThanOrEqualTo(w.times(0.15)));
	// a rate misprinted on the form (domain.md §4.6): the score follows the amounts, not it
	const misprinted =
		!!(implied && r && implied.minus(r).abs().greaterThan(1)) && near(scoreAt(implied!));
	// …and lies near the amounts' rate: a reading far from it (`453.28` | `991.66` for 453.289 |
	// 91.66 of 469) took an amount's digits (rates printed without `%`, 河北)
	const off = implied && r ? implied.minus(r).abs() : null;
	if (off?.greaterThan(1)) cost += (misprinted ? 1 : 4) + Math.min(4, off.toNumber() / 100);
	if (w && w.greaterThan(100)) cost += 6;
	if (w && s) {
		if (s.greaterThan(w)) cost += 6;
		if (r && !misprinted && !near(scoreAt(r))) cost += 3;
	}
	return cost;
}

/**
 * A row with cells missing before its rate (a 部门整体 block printing rate, weight and score
 * only): the values after the printed percentage are read as the columns after the rate, and
 * what they break of weight ≤ 100, score ≤ weight, score = weight × rate is added to `cost`.
 */
function tailCost(row: readonly string[], slots: readonly FundColumn[], cost: number): number {
	const at = row.findIndex((p) => p.endsWith('%'));
	const rateSlot = slots.indexOf('rate');
	if (at < 0 || rateSlot < 0) return cost;
	const after = row.slice(at + 1);
	const columns = slots.slice(rateSlot + 1);
	if (after.length > columns.length) return cost + 10;
	const tail = [...row.slice(0, at).map(() => ''), row[at] ?? '', ...after];
	const tailSlots = [
		...row.slice(0, at).map(() => 'initial' as const),
		'rate' as const,
		...columns.slice(0, after.length)
	];
	return arithmeticCost(tail, tailSlots, cost);
}

/** A reading within this much of the best one's cost is as likely. */
const MARGIN = 1;

/**
 * The candidate of lowest cost, the first printed on a tie, and the others within MARGIN of it
 * (`rivals`). Candidates are tried by their piece cost, a lower bound of their cost, so the
 * decimal arithmetic runs for few of them.
 */
function bestCandidate(
	candidates: readonly string[][],
	before: readonly string[],
	after: readonly string[],
	slots: readonly FundColumn[],
	subRow: boolean
): { best: string[]; rivals: string[][] } | null {
	const scored = candidates.map((candidate, index) => {
		const { cost, full } = pieceCost(candidate, before, after, slots, subRow);
		return { candidate, index, cost, full };
	});
	scored.sort((x, y) => x.cost - y.cost || x.index - y.index);
	const totals: Array<{ candidate: string[]; total: number; index: number }> = [];
	let best: { candidate: string[]; total: number; index: number } | null = null;
	for (const s of scored) {
		if (best && s.cost > best.total + MARGIN) break;
		const row = [...before, ...s.candidate, ...after];
		const total = s.full ? arithmeticCost(row, slots, s.cost) : tailCost(row, slots, s.cost);
		totals.push({ candidate: s.candidate, total, index: s.index });
		if (!best || total < best.total || (total === best.total && s.index < best.index))
			best = { candidate: s.candidate, total, index: s.index };
	}
	if (!best) return null;
	const top = best;
	// the same pieces may be cut by two paths: each reading once
	const seen = new Set([top.candidate.join('|')]);
	const rivals = totals
		.filter((t) => t.total <= top.total + MARGIN)
		.sort((x, y) => x.total - y.total || x.index - y.index)
		.map((t) => t.candidate)
		.filter((c) => !seen.has(c.join('|')) && !!seen.add(c.join('|')));
	return { best: top.candidate, rivals };
}

/** Digits of a decimal string's integer part, leading zeros and sign aside. */
function integerDigits(value: string): number {
	let k = 0;
	while (k < value.length && (value[k] === '-' || value[k] === '+' || value[k] === '0')) k++;
	let end = k;
	while (end < value.length && value[end] !== '.') end++;
	return end - k;
}

/**
 * True when a piece is no amount above `limit` (whose integer part has `digits` digits): told by
 * the count of integer digits where they differ (most pieces of a glued run), by decimal.js else.
 */
function within(piece: string, limit: Decimal, digits: number, units: number | null): boolean {
	if (isPlaceholder(piece) || !isNumeric(piece)) return true;
	const plain = piece.replace(/,/g, '');
	const own = integerDigits(plain);
	if (own !== digits) return own < digits;
	const figure = units === null ? null : scaledFigure(plain);
	if (figure !== null) return figure <= units!;
	return !new Decimal(plain).greaterThan(limit);
}

/** The longest figure a funds cell prints: 16 whole digits, a point, four decimals, `%`. */
const FIGURE_CHARS = 22;

/** A value that reads as one: a number, a placeholder, a rate below 1000% (`6060100%` is glued). */
function isPlain(value: string): boolean {
	if (isPlaceholder(value)) return true;
	if (!isNumeric(value)) return false;
	return !value.endsWith('%') || !/^\d{4,}(\.\d+)?%$/.test(value.replace(/,/g, ''));
}

/**
 * The total row's largest amount as a bound on a breakdown row's pieces (none: every piece
 * fits).
 */
class Bound {
	private digits = -1;
	private units: number | null = null;
	constructor(private readonly limit: Decimal | null) {}

	fits(piece: string): boolean {
		if (!this.limit || piece.endsWith('%')) return true;
		if (this.digits < 0) {
			const whole = this.limit.trunc().toFixed();
			this.digits = integerDigits(whole);
			this.units = scaledFigure(this.limit.toFixed());
		}
		return within(piece, this.limit, this.digits, this.units);
	}

	fitsAll(pieces: readonly string[]): boolean {
		for (const p of pieces) if (!this.fits(p)) return false;
		return true;
	}
}

/**
 * Splits glued values of one funds row (`source`). Values that read as one number are kept; a
 * glued run is cut by the candidate with the lowest arithmetic cost, and where others are as
 * likely, a `split_guess` warning names the row and every reading.
 */
export function splitGlued(
	values: string[],
	columns: readonly FundColumn[],
	warnings: FormWarning[],
	limit: Decimal | null = null,
	source: FundSource = 'total'
): string[] {
	// a breakdown row (其中…) holds no amount above the total's: `2020` under a total of 20 is 20|20
	// (only the row's amount cells are bounded: a weight of 10 may exceed a total of 9.48)
	const amounts = columns.findIndex((c) => !['initial', 'adjusted', 'executed'].includes(c));
	// (most rows print plain values and no bound: told at once, without closures)
	if (!limit && values.every(isPlain)) return values;
	const bound = new Bound(limit);
	let plain = true;
	for (let k = 0; k < values.length && plain; k++)
		plain = isPlain(values[k]!) && (k >= amounts || bound.fits(values[k]!));
	if (plain) return values;
	const out: string[] = [];
	// a note column between figure columns prints a figure (河北's 资金到位情况); a last one, text
	const slots = columns.filter((c, k) => c !== 'note' || k < columns.length - 1);
	const room = slots.length;
	// digits longer than the row's columns can print (an account number, a table's figures run
	// together) are no value of it: kept as text, not read into the row nor weighed with it
	const overlong = (v: string) => v.length > room * FIGURE_CHARS && /^[\d.,%]+$/.test(v);
	if (values.some(overlong)) {
		for (const v of values.filter(overlong))
			warnings.push({
				code: 'unplaced_text',
				message: `资金行「${FUND_SOURCE_LABELS[source]}」中的数字串过长，不是金额`,
				text: v
			});
		values = values.filter((v) => !overlong(v));
	}
	for (const [k, value] of values.entries()) {
		if (isPlain(value) && (k >= amounts || bound.fits(value))) {
			out.push(value);
			continue;
		}
		const text = value.replace(/,/g, '');
		const candidates = cuts(text, room).filter((c) => k >= amounts || bound.fitsAll(c));
		if (!candidates.length) {
			out.push(value);
			continue;
		}
		const later = values.slice(k + 1);
		const chosen = bestCandidate(candidates, out, later, slots, limit !== null);
		const before = out.slice();
		out.push(...(chosen?.best ?? []));
		if (chosen?.rivals.length) {
			const row = (pieces: readonly string[]) =>
				Object.fromEntries(
					[...before, ...pieces, ...later].map((p, i) => [slots[i] ?? `extra${i}`, p || null])
				);
			warnings.push(
				splitGuess(
					`funds.${source}`,
					`资金行「${FUND_SOURCE_LABELS[source]}」`,
					[chosen.best, ...chosen.rivals].map(row),
					value
				)
			);
		}
	}
	return out;
}
