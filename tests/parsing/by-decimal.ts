/**
 * The decimal.js definitions the parser's fast agreement checks stand in for (arithmetic.ts):
 * figures.test and figures-fuzz.test hold the fast paths to them.
 */
import Decimal from 'decimal.js';
import { printedRate } from '../../src/lib/parsing/arithmetic.ts';

/** executed / adjusted (in percent) is the printed rate at its printed precision. */
export function rateAgreesByDecimal(adjusted: string, executed: string, rate: string): boolean {
	const a = new Decimal(adjusted);
	if (a.isZero()) return false;
	const implied = new Decimal(executed).dividedBy(a).times(100);
	const { percent, tolerance } = printedRate(rate, implied);
	return implied.minus(percent).abs().lte(tolerance);
}

/** The score is weight × rate (percent) capped at the weight, at its printed precision. */
export function scoreAgreesByDecimal(weight: string, rate: string, score: string): boolean {
	const w = new Decimal(weight);
	const expected = Decimal.min(w, w.times(rate).dividedBy(100));
	const dot = score.indexOf('.');
	const half = new Decimal(0.5).times(new Decimal(10).pow(dot < 0 ? 0 : -(score.length - dot - 1)));
	return expected.minus(score).abs().lte(Decimal.max(half, '0.01'));
}
