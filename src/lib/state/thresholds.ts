/**
 * The execution-rate thresholds of the 执行与结余 page: the defaults of rules.ts, adjustable and
 * kept in the URL as percentages (`watch=90&attention=60`). Fractions travel to SQL as decimal
 * strings (bound parameters), so 87.5 % is exactly 0.875.
 */
import Decimal from 'decimal.js';
import { EXECUTION_THRESHOLDS } from '../model/rules.ts';

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
 * Thresholds from the URL's `watch` and `attention` percentages; a missing or invalid value
 * falls back to rules.ts, and an attention level above the watch level is lowered to it.
 */
export function thresholdsFromParams(watch: string | null, attention: string | null): Thresholds {
	const w = fractionOf(watch) ?? DEFAULT_THRESHOLDS.watch;
	const a = fractionOf(attention) ?? DEFAULT_THRESHOLDS.attention;
	return { watch: w, attention: new Decimal(a).gt(w) ? w : a };
}

/** A fraction string as the percentage written in the URL and the inputs: "0.875" → "87.5". */
export function percentOf(fraction: string): string {
	return new Decimal(fraction).times(100).toString();
}

/** URL values for `thresholds`: defaults are left out (null) to keep links short. */
export function thresholdParams(thresholds: Thresholds): {
	watch: string | null;
	attention: string | null;
} {
	return {
		watch: thresholds.watch === DEFAULT_THRESHOLDS.watch ? null : percentOf(thresholds.watch),
		attention:
			thresholds.attention === DEFAULT_THRESHOLDS.attention ? null : percentOf(thresholds.attention)
	};
}
