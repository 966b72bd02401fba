/**
 * The arithmetic a glued funds run's readings are costed by (glued-row.ts), each check once per
 * pieces: the printed rate against executed / adjusted, the funds score against weight × rate,
 * a budget adjusted tenfold. Floats decide where they are far from an edge, exact integers or
 * decimal.js elsewhere.
 */
import { fundsScoreAgrees, rateAgrees, rateSeenOf, scoreSeenOf } from './arithmetic.ts';
import { Piece } from './glued-pieces.ts';
import { canonicalDecimal } from './numbers.ts';

/**
 * The arithmetic checked on a walk's pieces, each once: cached by the pieces' ids (numbers), as
 * most readings share their figures.
 */
export class Checks {
	private readonly rates = new Map<number, number>();
	private readonly fractions = new Map<number, number>();
	private readonly scores = new Map<number, boolean>();
	private readonly tenfolds = new Map<number, number>();
	private readonly implied = new Map<number, Piece>();
	private readonly impliedFits = new Map<number, boolean>();
	private impliedCount = 0;

	/** rateClass, once per pieces. */
	rateClass(adjusted: Piece, executed: Piece, rate: Piece): number {
		const key = keyOf(adjusted, executed, rate);
		let got = key < 0 ? undefined : this.rates.get(key);
		if (got === undefined) {
			got = rateClass(adjusted, executed, rate);
			if (key >= 0) this.rates.set(key, got);
		}
		return got;
	}

	/** rateFraction, once per pieces. */
	rateFraction(adjusted: Piece, executed: Piece, rate: Piece): number {
		const key = keyOf(adjusted, executed, rate);
		let got = key < 0 ? undefined : this.fractions.get(key);
		if (got === undefined) {
			got = rateFraction(adjusted, executed, rate);
			if (key >= 0) this.fractions.set(key, got);
		}
		return got;
	}

	/** fundsScoreAgrees of a weight, a rate and a score placed. */
	fitsScore(weight: Piece, rate: Piece, score: Piece): boolean {
		const key = keyOf(weight, rate, score);
		let got = key < 0 ? undefined : this.scores.get(key);
		if (got === undefined) {
			got =
				scoreSeenOf(weight.value, rate.value, score.value, score.places) ??
				fundsScoreAgrees(weight.plain, rate.plain, score.plain);
			if (key >= 0) this.scores.set(key, got);
		}
		return got;
	}

	/** tenfold, once per pieces. */
	tenfold(initial: Piece, adjusted: Piece): number {
		const key = keyOf(initial, adjusted, null);
		let got = key < 0 ? undefined : this.tenfolds.get(key);
		if (got === undefined) {
			got = tenfold(initial, adjusted);
			if (key >= 0) this.tenfolds.set(key, got);
		}
		return got;
	}

	/** executed / adjusted × 100 at 2 decimals (adjusted not zero), as a piece of its own. */
	impliedRate(adjusted: Piece, executed: Piece): Piece {
		const key = keyOf(adjusted, executed, null);
		let got = key < 0 ? undefined : this.implied.get(key);
		if (got === undefined) {
			// (numbered apart from the run's pieces: only impliedScoreFits keys by them)
			got = new Piece(this.impliedCount++, impliedRate(adjusted, executed), 0);
			if (key >= 0) this.implied.set(key, got);
		}
		return got;
	}

	/** fundsScoreAgrees of a weight, a rate worked out from the amounts (impliedRate), a score. */
	impliedScoreFits(weight: Piece, rate: Piece, score: Piece): boolean {
		const key = keyOf(weight, rate, score);
		let got = key < 0 ? undefined : this.impliedFits.get(key);
		if (got === undefined) {
			got =
				scoreSeenOf(weight.value, rate.value, score.value, score.places) ??
				fundsScoreAgrees(weight.plain, rate.text, score.plain);
			if (key >= 0) this.impliedFits.set(key, got);
		}
		return got;
	}
}

/** ids below ID_BASE make a key exact as a number (a run has far fewer pieces); else -1. */
const ID_BASE = 4095;
function keyOf(a: Piece, b: Piece, c: Piece | null): number {
	const last = c ? c.id + 1 : 0;
	if (Math.max(a.id, b.id, last) >= ID_BASE) return -1;
	return (a.id * ID_BASE + b.id) * ID_BASE + last;
}

/**
 * What the printed rate adds (adjusted not zero): −3 when it agrees, 1 when it is off by more
 * than 100 points, else NaN: then a misprinted rate still lies nearer the amounts' than another
 * reading's rate, and adds its distance from them (rateFraction, at most 1).
 */
function rateClass(adjusted: Piece, executed: Piece, rate: Piece): number {
	const agrees =
		rateSeenOf(adjusted.value, executed.value, rate.value, rate.places) ??
		rateAgrees(adjusted.plain, executed.plain, rate.plain);
	if (agrees) return -3;
	// a rate off by more than 100 points costs 1, seen without decimal.js
	const off = (executed.value / adjusted.value) * 100 - rate.value;
	return Math.abs(off) > 100 * (1 + 1e-9) ? 1 : NaN;
}

/** The rate's distance from executed / adjusted in hundreds of points (at most 1). */
function rateFraction(adjusted: Piece, executed: Piece, rate: Piece): number {
	const implied = executed.decimal.dividedBy(adjusted.decimal).times(100);
	return Math.min(1, implied.minus(rate.decimal).abs().dividedBy(100).toNumber());
}

/**
 * executed / adjusted × 100 at 2 decimals, written as decimal.js writes it (adjusted not zero):
 * by exact integers below 10,000 %, where decimal.js's 20 digits round alike.
 */
function impliedRate(adjusted: Piece, executed: Piece): string {
	const [a, e] = [adjusted.units, executed.units];
	if (a === null || e === null || e >= 100 * a)
		return executed.decimal.dividedBy(adjusted.decimal).times(100).toDecimalPlaces(2).toFixed();
	// hundredths of a percent, rounded half up
	const numerator = BigInt(e) * 10000n;
	const denominator = BigInt(a);
	let hundredths = numerator / denominator;
	if (2n * (numerator % denominator) >= denominator) hundredths++;
	const whole = hundredths / 100n;
	const part = String(hundredths % 100n).padStart(2, '0');
	return canonicalDecimal(`${whole}.${part}`);
}

/**
 * 1 when the adjusted budget is over ten times the initial one or under a tenth (both not zero).
 * (Exact on scaled figures: decimal.js's rounded quotient decides alike below 900 million.)
 */
function tenfold(initial: Piece, adjusted: Piece): number {
	if (initial.units !== null && adjusted.units !== null)
		return adjusted.units > 10 * initial.units || 10 * adjusted.units < initial.units ? 1 : 0;
	const ratio = adjusted.decimal.dividedBy(initial.decimal);
	return ratio.gt(10) || ratio.lt(0.1) ? 1 : 0;
}
