/** The rate bands in words, from the thresholds in force (never a number written in a label). */
import type { RateBand } from '../model/rules.ts';
import { percentOf, type Thresholds } from '../model/thresholds.ts';

/** "90%" for the fraction "0.9". */
export const thresholdText = (fraction: string) => `${percentOf(fraction)}%`;

/** Each band's range: 低于60%, 60%–90%, 90%及以上 under the default thresholds. */
export function rateBandLabels(t: Thresholds): Record<RateBand, string> {
	const attention = thresholdText(t.attention);
	const watch = thresholdText(t.watch);
	return {
		attention: `低于${attention}`,
		watch: `${attention}–${watch}`,
		good: `${watch}及以上`
	};
}
