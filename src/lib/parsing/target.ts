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
	if (target === null || target.trim() === '') return null;
	const text = target.trim();
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

const PLAIN = /^(\d{1,15})(?:\.(\d{1,15}))?$/;

/**
 * num / den rounded half up to 6 decimals on integers (a decimal.js division per row was half of
 * building an indicator), as decimal.js prints it; undefined when the figures are not plain or so
 * long that decimal.js's rounding to 20 digits before the 6 decimals could differ: the quotient
 * below 10^4 and the divisor below 10^9 (in its last decimal's units) keep a quotient that is not
 * on a rounding boundary at least 1/(2·10^15) from one, more than the 20 digits' error (10^-16).
 */
function divideExactly(num: string, den: string): string | null | undefined {
	const n = PLAIN.exec(num);
	const d = PLAIN.exec(den);
	if (!n || !d) return undefined;
	const scale = Math.max(n[2]?.length ?? 0, d[2]?.length ?? 0);
	const a = Number((n[1] ?? '') + (n[2] ?? '').padEnd(scale, '0'));
	const b = Number((d[1] ?? '') + (d[2] ?? '').padEnd(scale, '0'));
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
