/**
 * Weights and scores (points, not money) as exact integers of millionths, so that checking a
 * form's sums needs no decimal.js object per figure (the validator made two per indicator and
 * a third per sum step: a tenth of a form's reading). Figures with more than 6 decimals or 6
 * integer digits are not read so: callers fall back to decimal.js for them.
 */

import { readDecimal } from './numbers.ts';

const SCALE = 1_000_000;
const POINTS = /^\+?(\d{1,6})(?:\.(\d{1,6}))?$/;

/**
 * `"8.5"` → 8500000; null when the text is not such a figure (negative ones neither: no form
 * prints them, decimal.js reads them). Exact: integers below 2^53.
 */
export function readPoints(value: string): number | null {
	const m = POINTS.exec(value);
	if (!m) return null;
	return Number(m[1]) * SCALE + Number((m[2] ?? '').padEnd(6, '0'));
}

/** Millionths as decimal.js's toFixed() prints the same value: `8500000` → `"8.5"`. */
export function formatPoints(millionths: number): string {
	const sign = millionths < 0 ? '-' : '';
	const n = Math.abs(millionths);
	const fraction = String(n % SCALE)
		.padStart(6, '0')
		.replace(/0+$/, '');
	return `${sign}${Math.floor(n / SCALE)}${fraction ? `.${fraction}` : ''}`;
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
