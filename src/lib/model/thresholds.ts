/**
 * The execution-rate thresholds in force: the defaults of rules.ts unless the user set others
 * (执行与结余's controls, kept in the URL). Fractions are decimal strings, so 87.5 % is exactly
 * 0.875 on its way to SQL (a bound parameter) and in every comparison here.
 */
import Decimal from 'decimal.js';
import { EXECUTION_THRESHOLDS, type RateBand } from './rules.ts';

export interface Thresholds {
	/** below this fraction a rate is watched (amber), decimal string, e.g. "0.9" */
	watch: string;
	/** below this fraction a rate needs attention (red), decimal string, e.g. "0.6" */
	attention: string;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
	watch: new Decimal(EXECUTION_THRESHOLDS.watch).toString(),
	attention: new Decimal(EXECUTION_THRESHOLDS.attention).toString()
};

/** A percentage 0–100 with at most two decimals as a fraction string; null if not one. */
function fractionOf(percent: string | null): string | null {
	if (percent === null || !/^\d{1,3}(\.\d{1,2})?$/.test(percent.trim())) return null;
	const value = new Decimal(percent.trim());
	return value.gt(100) ? null : value.div(100).toString();
}

/**
 * Thresholds from two percentages as typed or written in a URL ("87.5"); a missing or invalid
 * value falls back to rules.ts, and an attention level above the watch level is lowered to it.
 */
export function thresholdsFromPercents(watch: string | null, attention: string | null): Thresholds {
	const w = fractionOf(watch) ?? DEFAULT_THRESHOLDS.watch;
	const a = fractionOf(attention) ?? DEFAULT_THRESHOLDS.attention;
	return { watch: w, attention: new Decimal(a).gt(w) ? w : a };
}

/** A fraction string as the percentage written in the URL and the inputs: "0.875" → "87.5". */
export function percentOf(fraction: string): string {
	return new Decimal(fraction).times(100).toString();
}

/**
 * The band of a rate (fraction) under `t`: below attention, below watch, or good; null for no
 * rate. The same rule as queries/filters.ts's SQL (rateBandSql).
 */
export function rateBandOf(rate: string | number | null, t: Thresholds): RateBand | null {
	if (rate === null || rate === '') return null;
	const r = new Decimal(rate);
	if (r.lt(t.attention)) return 'attention';
	return r.lt(t.watch) ? 'watch' : 'good';
}
