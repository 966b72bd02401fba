/**
 * Weights and scores (points, not money) as exact integers of millionths, so that checking a
 * form's sums needs no decimal.js object per figure (the validator made two per indicator and
 * a third per sum step: a tenth of a form's reading). Figures with more than 6 decimals or 6
 * integer digits are not read so: callers fall back to decimal.js for them.
 */

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
