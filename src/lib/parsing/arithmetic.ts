/**
 * What a form's own numbers must satisfy (domain.md §2, record.md): rate = executed / adjusted
 * at the printed precision, funds score = weight × rate capped at the weight, score ≤ weight.
 * Used to choose between readings of text that lost its order, and by the validator.
 */
import Decimal from 'decimal.js';

/** Printed and implied rates may always differ by this many percentage points (rounding). */
const RATE_TOLERANCE = new Decimal('0.01');

/** Half a unit of the last digit printed (`86` → 0.5, `13.05` → 0.005), counted on the string. */
export function halfUnit(printed: string): Decimal {
	const dot = printed.indexOf('.');
	const digits = dot < 0 ? 0 : printed.length - dot - 1;
	return (HALF_UNITS[digits] ??= new Decimal(0.5).times(new Decimal(10).pow(-digits)));
}

/** Half units by the number of decimals printed, made once. */
const HALF_UNITS: Decimal[] = [];

/**
 * The printed rate as a percentage, with the difference its printing allows: 0.01 percentage
 * point, or half a unit of the last printed digit when that is more (`86%` stands for
 * 85.5–86.5 %). A value of at most 1.5 that is nearer the implied rate once multiplied by 100 is
 * the ratio B/A itself (`0.1446`, `0.1` for 14.46 %), compared at its own precision.
 */
export function printedRate(
	printed: string,
	implied: Decimal
): { percent: Decimal; tolerance: Decimal; fraction: boolean } {
	const rate = new Decimal(printed);
	const half = halfUnit(printed);
	const asFraction = rate.times(100);
	const fraction =
		rate.lte(1.5) && implied.minus(asFraction).abs().lessThan(implied.minus(rate).abs());
	if (!fraction) return { percent: rate, tolerance: Decimal.max(half, RATE_TOLERANCE), fraction };
	return {
		percent: asFraction,
		tolerance: Decimal.max(half.times(100), RATE_TOLERANCE),
		fraction
	};
}

/** True when executed / adjusted (in percent) is the printed rate at its printed precision. */
export function rateAgrees(adjusted: string, executed: string, rate: string): boolean {
	if (surelyApart(adjusted, executed, rate)) return false;
	const a = new Decimal(adjusted);
	if (a.isZero()) return false;
	const implied = new Decimal(executed).dividedBy(a).times(100);
	const { percent, tolerance } = printedRate(rate, implied);
	return implied.minus(percent).abs().lte(tolerance);
}

/** True when the funds score is weight × rate (percent) capped at the weight, as printed. */
export function fundsScoreAgrees(weight: string, rate: string, score: string): boolean {
	const w = new Decimal(weight);
	const expected = Decimal.min(w, w.times(rate).dividedBy(100));
	return expected
		.minus(score)
		.abs()
		.lte(Decimal.max(halfUnit(score), RATE_TOLERANCE));
}

/** A plain decimal, as decimal.js and Number read it alike. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * True when the printed rate is nowhere near executed / adjusted, seen in floating point with a
 * margin far beyond its rounding: then rateAgrees is false without decimal.js (profile: the
 * glued funds walk checks thousands of readings whose rate is wildly off). False when unsure.
 */
function surelyApart(adjusted: string, executed: string, rate: string): boolean {
	if (!PLAIN_NUMBER.test(adjusted) || !PLAIN_NUMBER.test(executed) || !PLAIN_NUMBER.test(rate))
		return false;
	const [a, e, r] = [Number(adjusted), Number(executed), Number(rate)];
	if (a === 0) return false;
	const implied = (e / a) * 100;
	// the nearer of the rate read as a percentage and as a fraction (printedRate), against the
	// wider of their tolerances
	const dot = rate.indexOf('.');
	const half = 0.5 * 10 ** -(dot < 0 ? 0 : rate.length - dot - 1);
	const tolerance = Math.max(half * 100, 0.01);
	const distance = Math.min(Math.abs(implied - r), Math.abs(implied - r * 100));
	const margin = 1e-9 * Math.max(1, Math.abs(implied), Math.abs(r * 100));
	return distance > tolerance + margin;
}
