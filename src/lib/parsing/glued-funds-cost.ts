/**
 * What a cut of a glued funds run costs (glued-funds-cuts.ts): pieces of unlikely shape, and the
 * arithmetic its row breaks (rate = executed / adjusted, score = weight × rate capped at weight);
 * the cheapest cut and those as likely.
 */
import Decimal from 'decimal.js';
import { isNumeric, isPlaceholder } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';
import { memoize } from './memo.ts';

const isDigit = (code: number) => code >= 48 && code <= 57;

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
export function bestCandidate(
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
