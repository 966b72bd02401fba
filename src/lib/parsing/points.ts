/**
 * Weights and scores (points, not money) as exact integers of millionths, so that checking a
 * form's sums needs no decimal.js object per figure (the validator made two per indicator and
 * a third per sum step: a tenth of a form's reading). Figures with more than 6 decimals or 6
 * integer digits are not read so: callers fall back to decimal.js for them.
 */

import { readDecimal } from './numbers.ts';

const SCALE = 1_000_000;

/**
 * `"8.5"` → 8500000; null when the text is not such a figure (negative ones neither: no form
 * prints them, decimal.js reads them). Exact: integers below 2^53.
 */
export function readPoints(value: string): number | null {
	// `+`? 1–6 digits, then maybe `.` and 1–6 digits, read digit by digit (no match object)
	let k = value.charCodeAt(0) === 0x2b ? 1 : 0;
	const whole = k;
	let points = 0;
	for (; k < value.length && k - whole < 7; k++) {
		const digit = value.charCodeAt(k) - 0x30;
		if (digit < 0 || digit > 9) break;
		points = points * 10 + digit;
	}
	const wholeDigits = k - whole;
	if (wholeDigits === 0 || wholeDigits > 6) return null;
	if (k === value.length) return points * SCALE;
	if (value.charCodeAt(k) !== 0x2e || k + 1 === value.length || value.length - k - 1 > 6)
		return null;
	let unit = SCALE;
	for (k++; k < value.length; k++) {
		const digit = value.charCodeAt(k) - 0x30;
		if (digit < 0 || digit > 9) return null;
		unit /= 10;
		points = points * 10 + digit;
	}
	return points * unit;
}

/** Millionths as decimal.js's toFixed() prints the same value: `8500000` → `"8.5"`. */
export function formatPoints(millionths: number): string {
	const sign = millionths < 0 ? '-' : '';
	const n = Math.abs(millionths);
	let fraction = n % SCALE;
	if (fraction === 0) return `${sign}${n / SCALE}`;
	// the fraction's digits without its trailing zeros, counted rather than cut from a string
	let digits = 6;
	while (fraction % 10 === 0) {
		fraction /= 10;
		digits--;
	}
	return `${sign}${(n - (n % SCALE)) / SCALE}.${String(fraction).padStart(digits, '0')}`;
}

/** Each value in millionths, or null when any is not a figure readPoints reads. */
export function readAllPoints(values: ReadonlyArray<string | null>): Array<number | null> | null {
	const out: Array<number | null> = [];
	for (const v of values) {
		if (v === null) out.push(null);
		else {
			const p = readPoints(v);
			if (p === null) return null;
			out.push(p);
		}
	}
	return out;
}

/** A sum may differ from the printed total by 0.01 points (rounding), in millionths. */
export const SUM_TOLERANCE_POINTS = 10_000;

/**
 * A cell's figure with its `分` dropped (`10分` → `"10"`), as readDecimal reads it; null when the
 * cell is no figure. Most cells tried are names and texts: a first character that can start no
 * figure (readDecimal drops whitespace, then wants a sign, a digit or a point) answers at once.
 */
export function readFigure(text: string): string | null {
	if (!mayStartFigure(text.charCodeAt(0))) return null;
	return readDecimal(text.endsWith('分') ? text.slice(0, -1) : text);
}

/** True when readDecimal reads the cell as a number (no `分` dropped), told as readFigure tells. */
export function isDecimal(text: string): boolean {
	return mayStartFigure(text.charCodeAt(0)) && readDecimal(text) !== null;
}

/** True when a cell is a figure, maybe with its `分` (readFigure). */
export function isFigure(text: string): boolean {
	return readFigure(text) !== null;
}

/** A sign, a digit, a point, or anything that may be whitespace (none of the CJK range is, but U+3000). */
function mayStartFigure(code: number): boolean {
	if (code >= 0x30 && code <= 0x39) return true;
	if (code === 0x2b || code === 0x2d || code === 0x2e) return true;
	if (code <= 0x20 || code === 0xa0 || code === 0x1680 || code === 0x3000 || code === 0xfeff)
		return true;
	return (
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f
	);
}
