/**
 * Numbers for zh-CN readers, exact: amounts arrive as decimal strings in 元 and are scaled and
 * rounded with decimal.js (half up, as a finance officer rounds), never through a float.
 */
import Decimal from 'decimal.js';

export type AmountUnit = '元' | '万元' | '亿元';

export const UNIT_FACTOR: Record<AmountUnit, Decimal> = {
	元: new Decimal(1),
	万元: new Decimal(10_000),
	亿元: new Decimal(100_000_000)
};

/** "1234567.5" → "1,234,567.50" with `places` decimals, half up. */
export function groupDigits(value: Decimal.Value, places = 2): string {
	const fixed = new Decimal(value).toFixed(places, Decimal.ROUND_HALF_UP);
	const [whole = '0', fraction] = fixed.split('.');
	const sign = whole.startsWith('-') ? '-' : '';
	const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return sign + digits + (fraction ? '.' + fraction : '');
}

/** An amount in 元 (decimal string) shown in `unit`: ("26845000", "万元") → "2,684.50". */
export function formatAmount(
	yuan: string | null | undefined,
	unit: AmountUnit = '万元',
	places = 2
) {
	if (yuan == null || yuan === '') return '—';
	return groupDigits(new Decimal(yuan).div(UNIT_FACTOR[unit]), places);
}

/** The unit a total reads best in: 亿元 from one hundred million up, else 万元. */
export function pickAmountUnit(yuan: string | null | undefined): AmountUnit {
	if (yuan == null || yuan === '') return '万元';
	return new Decimal(yuan).abs().gte(UNIT_FACTOR['亿元']) ? '亿元' : '万元';
}

/** A fraction (decimal string, 0–1) as a percentage: "0.3591" → "35.91%". */
export function formatRate(fraction: string | null | undefined, places = 2): string {
	if (fraction == null || fraction === '') return '—';
	return new Decimal(fraction).times(100).toFixed(places, Decimal.ROUND_HALF_UP) + '%';
}

/** Points (scores, weights) with `places` decimals: "92.9600" → "92.96". */
export function formatPoints(value: string | null | undefined, places = 2): string {
	if (value == null || value === '') return '—';
	return new Decimal(value).toFixed(places, Decimal.ROUND_HALF_UP);
}

/** A count with thousands separators: 4321 → "4,321". */
export function formatCount(value: number | string | null | undefined): string {
	if (value == null || value === '') return '—';
	return groupDigits(value, 0);
}
