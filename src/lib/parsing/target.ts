/** Indicator targets and actuals read into parts: comparator, value, unit; completion ratios. */
import Decimal from 'decimal.js';
import type { Comparator, ParsedTarget } from '../model/form.ts';
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
	const a = new Decimal(actual);
	const t = new Decimal(target.value);
	const [num, den] = target.op === '<=' || target.op === '<' ? [t, a] : [a, t];
	if (den.isZero()) return null;
	return num.dividedBy(den).toDecimalPlaces(6).toFixed();
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
