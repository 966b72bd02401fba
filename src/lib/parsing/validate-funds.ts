/**
 * Warnings about a form's money (record.md): a printed rate that is not executed ÷ adjusted, more
 * executed than budgeted, a total row its breakdown does not add up to. Plain figures (nearly
 * all) are compared as exact integers (a decimal.js object per figure and step was a third of
 * validating a form); other figures, and the message of a warning, go through decimal.js.
 */
import Decimal from 'decimal.js';
import type { FormWarning, FundRow } from '../model/form.ts';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import { printedRate } from './arithmetic.ts';

/** A figure without sign or separator: its digits before and after the point. */
const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/** Plain figures as integers of one common unit (10^-decimals), or null when any is not plain. */
function scaled(values: readonly string[]): bigint[] | null {
	const parts: RegExpExecArray[] = [];
	let decimals = 0;
	for (const value of values) {
		const m = PLAIN.exec(value);
		if (!m) return null;
		parts.push(m);
		decimals = Math.max(decimals, m[2]?.length ?? 0);
	}
	return parts.map((m) => BigInt((m[1] ?? '') + (m[2] ?? '').padEnd(decimals, '0')));
}

const abs = (n: bigint) => (n < 0n ? -n : n);
const max = (a: bigint, b: bigint) => (a > b ? a : b);

/** rate_mismatch and executed_over_budget for each funds row. */
export function fundRowWarnings(funds: readonly FundRow[]): FormWarning[] {
	const warnings: FormWarning[] = [];
	for (const row of funds) {
		if (row.adjusted == null || row.executed == null) continue;
		const figures = scaled([row.adjusted, row.executed]);
		const quick = row.rate == null ? false : figures && rateOff(figures[0]!, figures[1]!, row.rate);
		if (quick !== false) {
			const warning = rateWarning(row, row.adjusted, row.executed, row.rate ?? '');
			if (warning) warnings.push(warning);
		}
		const over = figures ? figures[1]! > figures[0]! : new Decimal(row.executed).gt(row.adjusted);
		if (over)
			warnings.push({
				code: 'executed_over_budget',
				message: `${FUND_SOURCE_LABELS[row.source]}：执行数 ${row.executed} 元超过全年预算数 ${row.adjusted} 元`
			});
	}
	return warnings;
}

/**
 * printedRate's test on integers: whether executed / adjusted × 100 is off the printed rate by
 * more than its printing allows; undefined when decimal.js must answer (a zero budget, a long
 * figure). Every quantity is counted in units of 1 / (2·A·10^(k+2)) (A adjusted in its last
 * decimal's units, k the rate's decimals), so all are integers. decimal.js rounds the implied
 * rate (≤ 10^4) to 20 digits, off by at most 5·10^-16; with A·10^k < 10^12 two different
 * quantities differ by at least 5·10^-15, so both compare alike.
 */
function rateOff(adjusted: bigint, executed: bigint, rate: string): boolean | undefined {
	const r = PLAIN.exec(rate);
	const k = r?.[2]?.length ?? 0;
	if (!r || k > 6 || adjusted === 0n) return undefined;
	const unit = 10n ** BigInt(k);
	if (adjusted * unit >= 10n ** 12n || executed > 100n * adjusted) return undefined;
	const printed = BigInt((r[1] ?? '') + (r[2] ?? ''));
	const implied = 200n * executed * unit * 100n;
	const asPercent = 200n * printed * adjusted;
	const asFraction = 100n * asPercent;
	// a value of at most 1.5 nearer the implied rate once multiplied by 100 is the ratio itself
	const fraction =
		2n * printed <= 3n * unit && abs(implied - asFraction) < abs(implied - asPercent);
	// half a unit of the last printed digit (× 100 for a fraction), at least 0.01 point
	const tolerance = max((fraction ? 10000n : 100n) * adjusted, 2n * adjusted * unit);
	return abs(implied - (fraction ? asFraction : asPercent)) > tolerance;
}

/** The rate_mismatch warning, or null when the printed rate agrees (decimal.js). */
function rateWarning(
	row: FundRow,
	adjustedText: string,
	executedText: string,
	rate: string
): FormWarning | null {
	const [adjusted, executed] = [new Decimal(adjustedText), new Decimal(executedText)];
	if (adjusted.isZero()) return null;
	const implied = executed.dividedBy(adjusted).times(100);
	const printed = printedRate(rate, implied);
	if (!implied.minus(printed.percent).abs().greaterThan(printed.tolerance)) return null;
	const shown = printed.fraction ? `${rate}（即 ${printed.percent.toFixed()}%）` : `${rate}%`;
	return {
		code: 'rate_mismatch',
		message: `${FUND_SOURCE_LABELS[row.source]}：填报执行率 ${shown}，按执行数 ÷ 全年预算数计算为 ${implied.toDecimalPlaces(2).toFixed()}%`
	};
}

const AMOUNT_LABELS = {
	initial: '年初预算数',
	adjusted: '全年预算数',
	executed: '全年执行数'
} as const;

/**
 * The total row against its breakdown (当年财政拨款, 上年结转, 其他资金…): some forms print the money
 * on a breakdown row and leave the total at zero (domain.md §4.6). Parts printed can only add up to
 * the total when every part is printed; parts above the total are wrong either way. Rounding of
 * each part in 万元 is allowed for (half a percent).
 */
export function fundsSumWarnings(funds: readonly FundRow[]): FormWarning[] {
	const total = funds.find((r) => r.source === 'total');
	const parts = funds.filter((r) => r.source !== 'total');
	if (!total || !parts.length) return [];
	const off: string[] = [];
	for (const column of ['initial', 'adjusted', 'executed'] as const) {
		const printed = total[column];
		const values = parts.map((p) => p[column]);
		const known = values.filter((v): v is string => v != null);
		if (printed == null || !known.length) continue;
		const allPrinted = known.length === values.length;
		if (sumAgrees(printed, known, allPrinted)) continue;
		const message = sumMessage(column, printed, known, allPrinted);
		if (message) off.push(message);
	}
	return off.length ? [{ code: 'funds_sum_mismatch', message: off.join('；') }] : [];
}

/** True when the parts surely agree with the total: sumMessage's test on integers. */
function sumAgrees(printed: string, known: readonly string[], allPrinted: boolean): boolean {
	// the figures and one unit, in their common unit
	const figures = scaled([printed, ...known, '1']);
	if (!figures) return false;
	const unit = figures.pop()!;
	const [total, ...parts] = figures;
	let sum = 0n;
	for (const part of parts) sum += part;
	const gap = sum - total!;
	// |gap| ≤ max(1, 0.5 % of the larger), times 1000
	const within = 1000n * abs(gap) <= max(1000n * unit, 5n * max(sum, total!));
	return within || (!allPrinted && gap < 0n);
}

/** The mismatch of one amount column, or null when it agrees (decimal.js). */
function sumMessage(
	column: keyof typeof AMOUNT_LABELS,
	printedText: string,
	known: readonly string[],
	allPrinted: boolean
): string | null {
	const printed = new Decimal(printedText);
	const sum = known.reduce((a, v) => a.plus(v), new Decimal(0));
	const tolerance = Decimal.max(1, Decimal.max(sum, printed).times(0.005));
	const gap = sum.minus(printed);
	if (gap.abs().lte(tolerance) || (!allPrinted && gap.isNegative())) return null;
	return `${AMOUNT_LABELS[column]}总额 ${printed.toFixed()} 元，其中各项合计 ${sum.toFixed()} 元`;
}
