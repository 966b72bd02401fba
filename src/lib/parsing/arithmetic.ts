/**
 * What a form's own numbers must satisfy (domain.md §2, record.md): rate = executed / adjusted
 * at the printed precision, funds score = weight × rate capped at the weight, score ≤ weight.
 * Used to choose between readings of text that lost its order, and by the validator.
 */
import Decimal from 'decimal.js';

/** Printed and implied rates may always differ by this many percentage points (rounding). */
const RATE_TOLERANCE = new Decimal('0.01');

/** How many decimals a figure prints (`86` → 0, `13.05` → 2), counted on the string. */
function printedDecimals(printed: string): number {
	const dot = printed.indexOf('.');
	return dot < 0 ? 0 : printed.length - dot - 1;
}

/** Half a unit of the last digit printed (`86` → 0.5, `13.05` → 0.005). */
export function halfUnit(printed: string): Decimal {
	const digits = printedDecimals(printed);
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
	const seen = rateSeen(adjusted, executed, rate);
	if (seen !== null) return seen;
	const a = new Decimal(adjusted);
	if (a.isZero()) return false;
	const implied = new Decimal(executed).dividedBy(a).times(100);
	const { percent, tolerance } = printedRate(rate, implied);
	return implied.minus(percent).abs().lte(tolerance);
}

/** True when the funds score is weight × rate (percent) capped at the weight, as printed. */
export function fundsScoreAgrees(weight: string, rate: string, score: string): boolean {
	const seen = scoreSeen(weight, rate, score);
	if (seen !== null) return seen;
	const w = new Decimal(weight);
	const expected = Decimal.min(w, w.times(rate).dividedBy(100));
	return expected
		.minus(score)
		.abs()
		.lte(Decimal.max(halfUnit(score), RATE_TOLERANCE));
}

/** A plain decimal, as decimal.js and Number read it alike. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** 0.5 × 10^-decimals, made once for the usual counts. */
const HALVES = Array.from({ length: 8 }, (_, d) => 0.5 * 10 ** -d);
const halfAt = (decimals: number) => HALVES[decimals] ?? 0.5 * 10 ** -decimals;

/**
 * True when `x ≤ limit` beyond doubt in floating point (a margin far beyond its rounding and
 * decimal.js's 20 digits), false when `x > limit` so; null when too near to tell.
 */
function clearly(x: number, limit: number, scale: number): boolean | null {
	const margin = 1e-9 * Math.max(1, scale);
	if (x <= limit - margin) return true;
	if (x > limit + margin) return false;
	return null;
}

/**
 * rateAgrees seen in floating point (profile: the glued funds walk checks thousands of
 * readings): the answer when no comparison lies near its boundary, else null (decimal.js then
 * decides).
 */
function rateSeen(adjusted: string, executed: string, rate: string): boolean | null {
	if (!PLAIN_NUMBER.test(adjusted) || !PLAIN_NUMBER.test(executed) || !PLAIN_NUMBER.test(rate))
		return null;
	return rateSeenOf(Number(adjusted), Number(executed), Number(rate), printedDecimals(rate));
}

/**
 * rateAgrees of figures read as floats (each the float nearest its printed decimal), the rate
 * printing `decimals` decimals: the answer, or null when too near a boundary to tell.
 */
export function rateSeenOf(a: number, e: number, r: number, decimals: number): boolean | null {
	if (a === 0) return false;
	const implied = (e / a) * 100;
	const scale = Math.max(Math.abs(implied), Math.abs(r * 100));
	const half = halfAt(decimals);
	const asPercent = Math.abs(implied - r);
	const asFraction = Math.abs(implied - r * 100);
	const asIs = clearly(asPercent, Math.max(half, 0.01), scale);
	if (r > 1.5 + 1e-9) return asIs;
	// printedRate: the rate read as a fraction when it is at most 1.5 and nearer so; where that
	// is too near to tell, both readings must give the same answer
	const asRatio = clearly(asFraction, Math.max(half * 100, 0.01), scale);
	const nearer = Math.abs(r - 1.5) < 1e-9 ? null : clearly(asPercent, asFraction, scale);
	if (nearer === null) return asIs === asRatio ? asIs : null;
	return nearer ? asIs : asRatio;
}

/** fundsScoreAgrees seen in floating point, null when too near its boundary to tell. */
function scoreSeen(weight: string, rate: string, score: string): boolean | null {
	if (!PLAIN_NUMBER.test(weight) || !PLAIN_NUMBER.test(rate) || !PLAIN_NUMBER.test(score))
		return null;
	return scoreSeenOf(Number(weight), Number(rate), Number(score), printedDecimals(score));
}

/** fundsScoreAgrees of floats, the score printing `decimals` decimals; null when too near. */
export function scoreSeenOf(w: number, r: number, s: number, decimals: number): boolean | null {
	const expected = Math.min(w, (w * r) / 100);
	const scale = Math.max(Math.abs(w), Math.abs(s), Math.abs((w * r) / 100));
	return clearly(Math.abs(expected - s), Math.max(halfAt(decimals), 0.01), scale);
}
