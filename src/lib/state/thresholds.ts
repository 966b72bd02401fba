/**
 * The thresholds' URL encoding: percentages, `watch=90&attention=60`, defaults left out. The
 * value type, its defaults and the reading of percentages are model/thresholds.ts.
 */
import {
	DEFAULT_THRESHOLDS,
	percentOf,
	thresholdsFromPercents,
	type Thresholds
} from '../model/thresholds.ts';

/** Thresholds from the URL's `watch` and `attention` percentages (see thresholdsFromPercents). */
export const thresholdsFromParams = thresholdsFromPercents;

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
