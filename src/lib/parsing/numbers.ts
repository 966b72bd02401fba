/** Reading printed numbers: placeholders, decimals, percentages, 万元 → 元 (decimal.js only). */
import Decimal from 'decimal.js';

const PLACEHOLDER = /^(?:[—–\-－─]+|\/|\\|／|)$/;
const DECIMAL = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$|^[+-]?\.\d+$/;

/** True for a printed placeholder (`—`, `-`, `/`, an empty cell): the value is null. */
export function isPlaceholder(cell: string): boolean {
	return PLACEHOLDER.test(cell.trim());
}

/** Spreadsheet exports print large or tiny numbers in E notation (`1E+30`). */
const E_NOTATION = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d{1,3}$/;

/**
 * Reads a plain decimal (`1,080,740` → `"1080740"`, `21800000.00` kept; `1E+30` written out, so
 * the dataset's range check sees it rather than the number vanishing); null when not a number.
 */
export function readDecimal(cell: string): string | null {
	// most cells hold no whitespace, no exponent and no separator: no copy is made for them
	const s = SPACE.test(cell) ? cell.replace(SPACES, '') : cell;
	if ((s.includes('e') || s.includes('E')) && E_NOTATION.test(s)) return new Decimal(s).toFixed();
	if (!DECIMAL.test(s)) return null;
	return s.includes(',') ? s.replace(/,/g, '') : s;
}

const SPACE = /\s/;
const SPACES = /\s+/g;

/** Reads a percentage as printed without `%` (`13.05%` → `"13.05"`, `100 %` → `"100"`). */
export function readPercent(cell: string): string | null {
	const s = SPACE.test(cell) ? cell.replace(SPACES, '') : cell;
	if (!s.endsWith('%')) return null;
	return readDecimal(s.slice(0, -1));
}

/** True when the cell is a number or a percentage. */
export function isNumeric(cell: string): boolean {
	return readDecimal(cell) !== null || readPercent(cell) !== null;
}

/**
 * Converts an amount printed in `unit` to 元: 万元 × 10000 (`238.93` → `"2389300"`).
 * Amounts in 元 are kept as printed (without thousands separators).
 */
export function toYuan(value: string, unit: '元' | '万元'): string {
	if (unit === '元') return value;
	return new Decimal(value).times(10000).toFixed();
}
