/** Year-over-year changes, worded as a finance report words them. Exact (decimal.js). */
import Decimal from 'decimal.js';
import { groupDigits, UNIT_FACTOR, type AmountUnit } from './number.ts';

export type ChangeKind = 'count' | 'amount' | 'rate' | 'points';

export interface Change {
	text: string;
	direction: 'up' | 'down' | 'flat';
}

/**
 * The change from `previous` to `current`: counts and amounts (元, shown in `amountUnit`) as a
 * difference, rates (fractions) in 个百分点, points in 分. Null when either side is missing.
 */
export function describeChange(
	current: string | number | null,
	previous: string | number | null,
	kind: ChangeKind,
	amountUnit: AmountUnit = '万元'
): Change | null {
	if (current === null || previous === null) return null;
	let diff = new Decimal(current).minus(previous);
	let unit = '';
	let places = 2;
	if (kind === 'amount') {
		diff = diff.div(UNIT_FACTOR[amountUnit]);
		unit = amountUnit;
	} else if (kind === 'rate') {
		diff = diff.times(100);
		unit = '个百分点';
	} else if (kind === 'points') unit = '分';
	else places = 0;
	const rounded = diff.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
	const direction = rounded.isZero() ? 'flat' : rounded.isPositive() ? 'up' : 'down';
	const sign = direction === 'up' ? '+' : direction === 'down' ? '−' : '±';
	return { text: `${sign}${groupDigits(rounded.abs(), places)}${unit}`, direction };
}
