/**
 * Indicator and funds scores by the rules of domain.md §2 (as configured in a public fiscal
 * performance-management system): positive, reverse and qualitative indicators, and the
 * funds score. Pure decimal arithmetic.
 */
import { Dec } from './money.ts';
import type { Random } from './random.ts';

/** How a form rounds its indicator scores: to one decimal, or to whole points. */
export type ScoreRounding = 0 | 1;

function rounded(value: Dec, places: ScoreRounding): Dec {
	return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

/**
 * Positive (`>=`, `=`) indicator: full weight when actual ≥ target, else weight × actual / target.
 * A target of 0 gives full marks only when actual ≤ 0.
 */
export function scorePositive(weight: Dec, target: Dec, actual: Dec, places: ScoreRounding): Dec {
	if (target.isZero()) return actual.lte(0) ? weight : new Dec(0);
	if (actual.gte(target)) return weight;
	return rounded(weight.mul(Dec.max(actual, 0)).div(target), places);
}

/**
 * Reverse (`<=`) indicator: full weight when actual ≤ target, else
 * weight × (1 − (actual − target) / target), and 0 from twice the target up.
 * A target of 0 gives full marks only when actual ≤ 0.
 */
export function scoreReverse(weight: Dec, target: Dec, actual: Dec, places: ScoreRounding): Dec {
	if (actual.lte(target)) return weight;
	if (target.lte(0)) return new Dec(0);
	const share = new Dec(1).minus(actual.minus(target).div(target));
	return rounded(weight.mul(Dec.max(share, 0)), places);
}

/** The three bands for qualitative indicators, as shares of the weight. */
export type QualitativeBand = 'achieved' | 'partly' | 'not';

const BANDS: Record<QualitativeBand, readonly [number, number]> = {
	achieved: [0.8, 1],
	partly: [0.6, 0.8],
	not: [0, 0.6]
};

/**
 * Qualitative indicator: 达成年度指标 80–100 % of the weight, 部分达成 60–80 %, 未达成 0–60 %;
 * a missed band never reaches its upper bound, so the score shows the points lost.
 */
export function scoreQualitative(
	random: Random,
	weight: Dec,
	band: QualitativeBand,
	places: ScoreRounding
): Dec {
	if (band === 'achieved') return weight;
	const [lo, hi] = BANDS[band];
	const share = new Dec(random.float(lo, hi).toFixed(4));
	const score = rounded(weight.mul(share), places);
	return score.gte(weight) ? Dec.max(weight.minus(1), 0) : score;
}

/**
 * The funds score: weight × executed / adjusted, capped at the weight, rounded to 2 decimals
 * (13.0445 % of 10 → 1.3; 86.19 % → 8.62). An adjusted budget of 0 scores 0.
 */
export function scoreFunds(weight: Dec, executed: Dec, adjusted: Dec): Dec {
	if (adjusted.lte(0)) return new Dec(0);
	return Dec.min(weight.mul(executed).div(adjusted), weight).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/**
 * The execution rate as printed: executed / adjusted in percent, rounded up to 2 decimals, as
 * the Shanghai forms do (13.0445 → 13.05, 46.1206 → 46.13, 86.1830 → 86.19).
 */
export function executionRate(executed: Dec, adjusted: Dec): Dec {
	if (adjusted.lte(0)) return new Dec(0);
	return executed.mul(100).div(adjusted).toDecimalPlaces(2, Dec.ROUND_UP);
}

/** Grade bands (MOF 预算司): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差. */
export function gradeOf(total: Dec): string {
	if (total.gte(90)) return '优';
	if (total.gte(80)) return '良';
	if (total.gte(60)) return '中';
	return '差';
}
