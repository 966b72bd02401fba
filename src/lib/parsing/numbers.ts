/** Printed numbers: placeholders, decimals, percentages, 万元 → 元 (plain digits by hand, else decimal.js). */
import Decimal from 'decimal.js';

const PLACEHOLDER = /^(?:[—–\-－─]+|\/|\\|／|)$/;
const DECIMAL = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$|^[+-]?\.\d+$/;

/** True for a printed placeholder (`—`, `-`, `/`, an empty cell): the value is null. */
export function isPlaceholder(cell: string): boolean {
	// (most cells asked are figures, blanks or dashes: told without a regex)
	const first = cell.charCodeAt(0);
	if (isDigit(first)) return false;
	if (cell.length <= 1 && (!cell || first === 0x2014 || first === 45 || first === 47)) return true;
	return PLACEHOLDER.test(cell.trim());
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * True for digits with at most one point between digits (`1031.00`, `10`): the shape most cells
 * print, read without a regex or a copy.
 */
function isPlainDigits(s: string, end = s.length): boolean {
	let digits = 0;
	let dot = -1;
	for (let k = 0; k < end; k++) {
		const code = s.charCodeAt(k);
		if (isDigit(code)) digits++;
		else if (code === 46 && dot < 0 && k > 0) dot = k;
		else return false;
	}
	return digits > 0 && dot !== end - 1;
}

/** Spreadsheet exports print large or tiny numbers in E notation (`1E+30`). */
const E_NOTATION = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d{1,3}$/;

/**
 * Reads a plain decimal (`1,080,740` → `"1080740"`, `21800000.00` kept; `1E+30` written out, so
 * the dataset's range check sees it rather than the number vanishing); null when not a number.
 */
export function readDecimal(cell: string): string | null {
	if (isPlainDigits(cell)) return wholeDigits(cell) > WHOLE_DIGITS ? null : cell;
	// most cells hold no whitespace, no exponent and no separator: no copy is made for them
	const s = SPACE.test(cell) ? cell.replace(SPACES, '') : cell;
	if ((s.includes('e') || s.includes('E')) && E_NOTATION.test(s)) return new Decimal(s).toFixed();
	if (!DECIMAL.test(s)) return null;
	const plain = s.includes(',') ? s.replace(/,/g, '') : s;
	return wholeDigits(plain) > WHOLE_DIGITS ? null : plain;
}

/**
 * The most whole digits a figure is read with: as many as `1E+30` written out has. A figure past
 * what a column holds is read, for the dataset's range check to name (dataset/bounds.ts); a
 * longer run of digits (a table's figures run together: 2,000 digits) is no figure at all: read
 * as one, it became a funds row's value.
 */
const WHOLE_DIGITS = 40;

/**
 * True for a run of digits longer than any figure (WHOLE_DIGITS): no column holds it, so a reader
 * sets it aside, warned, rather than reading a row's figures around it.
 */
export function isRunOn(cell: string): boolean {
	return cell.length > WHOLE_DIGITS && isPlainDigits(cell) && wholeDigits(cell) > WHOLE_DIGITS;
}

/** The digits before the point of a plain decimal (its sign and leading zeros included). */
function wholeDigits(plain: string): number {
	const point = plain.indexOf('.');
	return point < 0 ? plain.length : point;
}

const SPACE = /\s/;
const SPACES = /\s+/g;

/** Reads a percentage as printed without `%` (`13.05%` → `"13.05"`, `100 %` → `"100"`). */
export function readPercent(cell: string): string | null {
	const last = cell.length - 1;
	if (cell.charCodeAt(last) === 37 && isPlainDigits(cell, last)) return cell.slice(0, -1);
	const s = SPACE.test(cell) ? cell.replace(SPACES, '') : cell;
	if (!s.endsWith('%')) return null;
	return readDecimal(s.slice(0, -1));
}

/** True when the cell is a number or a percentage. */
export function isNumeric(cell: string): boolean {
	// (a blank or a dash is none: no regex asked)
	const first = cell.charCodeAt(0);
	if (!cell || first === 0x2014 || first === 47) return false;
	return isPlainDigits(cell) || readDecimal(cell) !== null || readPercent(cell) !== null;
}

/**
 * Converts an amount printed in `unit` to 元: 万元 × 10000 (`238.93` → `"2389300"`).
 * Amounts in 元 are kept as printed (without thousands separators).
 */
export function toYuan(value: string, unit: '元' | '万元'): string {
	if (unit === '元') return value;
	// (decimal.js rounds a product to 20 digits: a longer figure is left to it)
	if (value.length <= 20 && isPlainDigits(value)) {
		const dot = value.indexOf('.');
		if (dot < 0) return canonical(value + '0000');
		const fraction = value.slice(dot + 1);
		const moved = fraction.slice(0, 4).padEnd(4, '0');
		const rest = fraction.slice(4);
		return canonical(value.slice(0, dot) + moved + (rest ? '.' + rest : ''));
	}
	return new Decimal(value).times(10000).toFixed();
}

/**
 * A decimal written as decimal.js writes it (`toFixed()`): no sign for zero or `+`, no leading
 * zeros, no trailing zeros after the point (`007.50` → `7.5`, `-0.00` → `0`).
 */
export function canonicalDecimal(text: string): string {
	const negative = text.charCodeAt(0) === 45;
	const body = negative || text.charCodeAt(0) === 43 ? text.slice(1) : text;
	if (!isPlainDigits(body)) return new Decimal(text).toFixed();
	const plain = canonical(body);
	return negative && plain !== '0' ? '-' + plain : plain;
}

/** Plain digits (isPlainDigits) without leading zeros, nor trailing ones after the point. */
function canonical(digits: string): string {
	let start = 0;
	const dot = digits.indexOf('.');
	const intEnd = dot < 0 ? digits.length : dot;
	while (start < intEnd - 1 && digits.charCodeAt(start) === 48) start++;
	if (dot < 0) return start ? digits.slice(start) : digits;
	let end = digits.length;
	while (end > dot + 1 && digits.charCodeAt(end - 1) === 48) end--;
	if (end === dot + 1) end = dot;
	return start || end < digits.length ? digits.slice(start, end) : digits;
}

/** Figures are compared as whole counts of 10⁻⁴: no amount prints more decimals (万元). */
export const FIGURE_SCALE = 10_000;
/** Units below this stay exact times 1000 (under 2^53): figures under 900 million. */
const MAX_UNITS = 9e12;

/**
 * A plain unsigned decimal (`13.05`, `1031`, `.5`) as an exact count of 10⁻⁴ (`130500`): compared
 * and multiplied by small integers as a number, without decimal.js. Null when the text is no such
 * decimal, prints more than 4 decimals or is 900 million or more: callers use decimal.js then.
 */
export function scaledFigure(text: string): number | null {
	const n = text.length;
	let units = 0;
	let k = 0;
	for (; k < n; k++) {
		const code = text.charCodeAt(k);
		if (code < 48 || code > 57) break;
		units = units * 10 + (code - 48);
		if (units * FIGURE_SCALE >= MAX_UNITS) return null;
	}
	let whole = k;
	let scale = FIGURE_SCALE;
	if (k < n && text.charCodeAt(k) === 46) {
		for (k++; k < n; k++) {
			const code = text.charCodeAt(k);
			if (code < 48 || code > 57 || scale === 1) return null;
			scale /= 10;
			units = units * 10 + (code - 48);
			whole++;
		}
	}
	// `.` alone or nothing read: no figure
	return k === n && whole > 0 ? units * scale : null;
}
