/** Indicator targets and actuals read into parts: comparator, value, unit; completion ratios. */
import Decimal from 'decimal.js';
import type { Comparator, ParsedTarget } from '../model/form.ts';
import { formatPoints } from './points.ts';
import { QUALITATIVE_TARGETS } from './templates/labels.ts';

const QUANTITY = /^(>=|<=|=|>|<)?\s*([+-]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(\S{0,12})$/;

/**
 * Reads a printed target: `>=90%` → quantitative {op '>=', value '90', unit '%'}; a bare number
 * reads as `=`; anything else (`稳步增长`, a deadline) is qualitative text.
 */
export function parseTarget(target: string | null): ParsedTarget | null {
	if (target === null) return null;
	const text = target.trim();
	if (text === '') return null;
	// (most targets and actuals are words: a first character no quantity starts with answers)
	if (!mayStartQuantity(text.charCodeAt(0))) return { kind: 'qualitative', text };
	const m = QUANTITY.exec(text);
	if (!m || /^\d/.test(m[3] ?? '')) return { kind: 'qualitative', text };
	const unit = m[3] ?? '';
	// a date such as 2020年12月31日前 is a deadline, not a quantity of 年
	if (/^年\d|^年度?\d|^月/.test(unit) || (unit.startsWith('年') && unit.length > 1)) {
		return { kind: 'qualitative', text };
	}
	const op = (m[1] ?? '=') as Comparator;
	return { kind: 'quantitative', op, value: (m[2] ?? '').replace(/,/g, ''), unit };
}

/** A digit, a sign or a comparator's first character (`>`, `<`, `=`): what QUANTITY can open with. */
function mayStartQuantity(code: number): boolean {
	return (code >= 48 && code <= 57) || code === 43 || code === 45 || (code >= 60 && code <= 62);
}

/** The actual value as a decimal string when it is a number (`100%` → `"100"`, `29.5亩` → `"29.5"`). */
export function readActualValue(actual: string | null): string | null {
	const parsed = parseTarget(actual);
	return parsed?.kind === 'quantitative' ? parsed.value : null;
}

/**
 * Completion = actual / target (target / actual for `<=` targets), as a decimal string fraction
 * (`"1"`, `"0.8"`); null when either side is not numeric or the divisor is zero.
 */
export function computeCompletion(
	target: ParsedTarget | null,
	actual: string | null
): string | null {
	if (target?.kind !== 'quantitative' || actual === null) return null;
	// the usual row met its target exactly (`100%` of `100%`): no division needed
	if (actual === target.value && !ZERO.test(actual)) return '1';
	const [num, den] =
		target.op === '<=' || target.op === '<' ? [target.value, actual] : [actual, target.value];
	const quick = divideExactly(num, den);
	if (quick !== undefined) return quick;
	const d = new Decimal(den);
	if (d.isZero()) return null;
	return new Decimal(num).dividedBy(d).toDecimalPlaces(6).toFixed();
}

/**
 * A plain figure (1–15 digits, maybe a point and 1–15 more) as its digits' integer and how many
 * decimals it prints, into `out`; false when it is no such figure. The integer is exact below 2^53
 * and, above, at least as large as the digits' value (callers reject it then).
 */
function readPlain(text: string, out: { value: number; decimals: number }): boolean {
	const n = text.length;
	let k = 0;
	let value = 0;
	for (; k < n; k++) {
		const code = text.charCodeAt(k);
		if (code < 48 || code > 57) break;
		value = value * 10 + (code - 48);
	}
	if (k === 0 || k > 15) return false;
	let decimals = 0;
	if (k < n) {
		if (text.charCodeAt(k) !== 46) return false;
		for (k++; k < n; k++) {
			const code = text.charCodeAt(k);
			if (code < 48 || code > 57) return false;
			value = value * 10 + (code - 48);
			decimals++;
		}
		if (decimals === 0 || decimals > 15) return false;
	}
	out.value = value;
	out.decimals = decimals;
	return true;
}

const numerator = { value: 0, decimals: 0 };
const denominator = { value: 0, decimals: 0 };

/**
 * num / den rounded half up to 6 decimals on integers (a decimal.js division per row was half of
 * building an indicator), as decimal.js prints it; undefined when the figures are not plain or so
 * long that decimal.js's rounding to 20 digits before the 6 decimals could differ: the quotient
 * below 10^4 and the divisor below 10^9 (in its last decimal's units) keep a quotient that is not
 * on a rounding boundary at least 1/(2·10^15) from one, more than the 20 digits' error (10^-16).
 */
function divideExactly(num: string, den: string): string | null | undefined {
	if (!readPlain(num, numerator) || !readPlain(den, denominator)) return undefined;
	const scale = Math.max(numerator.decimals, denominator.decimals);
	// both in units of the finer decimal (an exact integer wherever the bounds below let it pass)
	const a = numerator.value * 10 ** (scale - numerator.decimals);
	const b = denominator.value * 10 ** (scale - denominator.decimals);
	if (b === 0) return null;
	// a · 10^6 stays an exact integer (< 2^53), so its remainder is exact
	if (b >= 1e9 || a >= b * 1e4 || a >= 9e9) return undefined;
	const scaled = a * 1e6;
	const rest = scaled % b;
	const millionths = (scaled - rest) / b + (2 * rest >= b ? 1 : 0);
	return formatPoints(millionths);
}

const ZERO = /^[+-]?0*\.?0*$/;

const TARGET_START = /^(?:>=|<=|=|>|<|[+-]?\d)/;

/**
 * True when a cell's text reads as an indicator value: a comparator or a number first
 * (`>=90%`, `29.5亩`, `2020年12月31日前完成`), or a qualitative value word (`及时`, `稳步提升`).
 */
export function looksLikeTarget(text: string): boolean {
	const t = text.trim();
	if (TARGET_START.test(t)) return true;
	return t.length <= 8 && QUALITATIVE_TARGETS.some((w) => t.includes(w));
}
