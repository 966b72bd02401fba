/**
 * Decimal arithmetic for the generator: a private decimal.js clone (half-up rounding, so the
 * printed figures match how forms round), and the ways forms print amounts and numbers.
 */
import Decimal from 'decimal.js';
import type { Random } from './random.ts';

/** decimal.js with 40 significant digits and half-up rounding, not touching the global config. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** `12345.6` → `"12345.60"` (amounts in the 年初/全年预算数 columns). */
export function fixed2(value: Dec): string {
	return value.toFixed(2);
}

/** `12345.60` → `"12345.6"`, `100.00` → `"100"`: the shortest plain notation. */
export function plain(value: Dec): string {
	return value.toFixed();
}

/** `"1080740.5"` → `"1,080,740.5"`: thousands separators in the integer part. */
export function withThousands(text: string): string {
	const [whole = '', fraction] = text.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A round number drawn log-uniformly from [min, max]: two significant digits from 10 up,
 * one decimal below (targets such as `>=12000人次`, `>=2.5万亩`).
 */
export function roundNumber(random: Random, min: number, max: number): Dec {
	const value = new Dec(Math.exp(random.float(Math.log(min), Math.log(max))).toFixed(6));
	return value.lt(10) ? value.toDecimalPlaces(1) : value.toSignificantDigits(2);
}

/** A budget amount in 元 drawn log-uniformly between 10^lo and 10^hi, rounded as budgets are. */
export function budgetAmount(random: Random, lo: number, hi: number): Dec {
	const raw = new Dec(Math.pow(10, random.float(lo, hi)).toFixed(2));
	if (random.chance(0.15)) return raw; // an itemised budget, to the fen
	const step = raw.gte(1e6) ? 10000 : raw.gte(1e5) ? 1000 : 100;
	return Dec.max(raw.div(step).toDecimalPlaces(0).mul(step), step);
}

/**
 * Rounds each value down to `places` decimals, then adds the lost units back to the values with
 * the largest remainders (first first on ties), so the rounded values add up to the exact sum
 * rounded: the shares of a total never add up above it.
 */
export function roundToSum(values: readonly Dec[], places: number): Dec[] {
	const unit = new Dec(1).div(new Dec(10).pow(places));
	const rounded = values.map((v) => v.toDecimalPlaces(places, Dec.ROUND_DOWN));
	const sum = values.reduce((s, v) => s.plus(v), new Dec(0)).toDecimalPlaces(places);
	let left = sum
		.minus(rounded.reduce((s, v) => s.plus(v), new Dec(0)))
		.div(unit)
		.toNumber();
	const order = values
		.map((v, k) => ({ k, rest: v.minus(rounded[k]!) }))
		.sort((a, b) => b.rest.comparedTo(a.rest) || a.k - b.k);
	for (const { k } of order) {
		if (left <= 0) break;
		rounded[k] = rounded[k]!.plus(unit);
		left--;
	}
	return rounded;
}

/**
 * A score carried to a new full mark `top`: full marks stay full, none stays none, a partial
 * score is `scale`d at one decimal and never above `top` (a rounded-up share would print a
 * total over the form's points).
 */
export function scaledScore(old: Dec, score: Dec, top: Dec, scale: (score: Dec) => Dec): Dec {
	if (old.isZero()) return new Dec(0);
	if (score.gte(old)) return top;
	return Dec.min(scale(score).toDecimalPlaces(1), top);
}
