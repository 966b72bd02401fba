/**
 * Splits cells that extraction glued together (`145000000.0010100.0%10`, `-0.0%-`) into the
 * row's columns, choosing the split the form's arithmetic supports best: rate = executed /
 * adjusted, score = weight × rate capped at weight, score ≤ weight ≤ 100.
 */
import Decimal from 'decimal.js';
import type { FormWarning, FundSource } from '../model/form.ts';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import { splitGuess } from './split-guess.ts';
import { canonicalDecimal, isNumeric, isPlaceholder, scaledFigure } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';

import { bestCandidate } from './glued-funds-cost.ts';
import { cuts } from './glued-funds-cuts.ts';

/** Digits of a decimal string's integer part, leading zeros and sign aside. */
function integerDigits(value: string): number {
	let k = 0;
	while (k < value.length && (value[k] === '-' || value[k] === '+' || value[k] === '0')) k++;
	let end = k;
	while (end < value.length && value[end] !== '.') end++;
	return end - k;
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
	private decimal: Decimal | undefined;
	/** `limit`: a decimal as readDecimal gives it */
	constructor(private readonly limit: string | null) {}

	fits(piece: string): boolean {
		const { limit } = this;
		if (!limit || piece.endsWith('%')) return true;
		if (this.digits < 0) {
			// (its integer digits and scaled figure as decimal.js would write it)
			const plain = canonicalDecimal(limit);
			this.digits = integerDigits(plain);
			this.units = scaledFigure(plain);
		}
		return this.within(piece, limit);
	}

	/**
	 * True when a piece is no amount above `limit`: told by the count of integer digits where they
	 * differ (most pieces of a glued run), as scaled figures, by decimal.js else.
	 */
	private within(piece: string, limit: string): boolean {
		if (isPlaceholder(piece) || !isNumeric(piece)) return true;
		const plain = piece.replace(/,/g, '');
		const own = integerDigits(plain);
		if (own !== this.digits) return own < this.digits;
		const figure = this.units === null ? null : scaledFigure(plain);
		if (figure !== null) return figure <= this.units!;
		return !new Decimal(plain).greaterThan((this.decimal ??= new Decimal(limit)));
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
	limit: string | null = null,
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
