/**
 * Warnings for what a form itself gets wrong (record.md): rates, sums, weights, missing notes,
 * over-spending. They never change a value; every comparison is done with decimal.js.
 */
import Decimal from 'decimal.js';
import type { FormRecord, FormWarning } from '../model/form.ts';

/** Printed and implied rates may differ by this many percentage points (rounding). */
const RATE_TOLERANCE = new Decimal('0.01');
const SUM_TOLERANCE = new Decimal('0.01');

const dec = (v: string | null | undefined): Decimal | null => (v == null ? null : new Decimal(v));

/** Checks a record and returns its warnings (rate_mismatch, score_sum_mismatch, …). */
export function validateRecord(record: FormRecord): FormWarning[] {
	const warnings: FormWarning[] = [];
	for (const row of record.funds) {
		const [adjusted, executed, rate] = [dec(row.adjusted), dec(row.executed), dec(row.rate)];
		if (adjusted && executed && rate && !adjusted.isZero()) {
			const implied = executed.dividedBy(adjusted).times(100);
			if (implied.minus(rate).abs().greaterThan(RATE_TOLERANCE)) {
				warnings.push({
					code: 'rate_mismatch',
					message: `${row.source}: printed rate ${row.rate}% but executed/adjusted is ${implied.toDecimalPlaces(2).toFixed()}%`
				});
			}
		}
		if (adjusted && executed && executed.greaterThan(adjusted)) {
			warnings.push({
				code: 'executed_over_budget',
				message: `${row.source}: executed ${row.executed} > adjusted ${row.adjusted}`
			});
		}
	}
	const total = record.funds.find((r) => r.source === 'total');
	const weights = record.indicators.map((i) => dec(i.weight));
	const scores = record.indicators.map((i) => dec(i.score));
	const fundsWeight = dec(total?.weight);
	const fundsScore = dec(total?.score);
	const totalScore = dec(record.total_score);
	if (totalScore && scores.length && scores.every((s) => s !== null)) {
		const sum = scores.reduce((a: Decimal, s) => a.plus(s ?? 0), fundsScore ?? new Decimal(0));
		if (sum.minus(totalScore).abs().greaterThan(SUM_TOLERANCE)) {
			warnings.push({
				code: 'score_sum_mismatch',
				message: `funds and indicator scores add to ${sum.toFixed()}, total printed ${record.total_score}`
			});
		}
	}
	const totalWeight = dec(record.total_weight);
	if (totalWeight && weights.length && weights.every((w) => w !== null)) {
		const sum = weights.reduce((a: Decimal, w) => a.plus(w ?? 0), fundsWeight ?? new Decimal(0));
		if (sum.minus(totalWeight).abs().greaterThan(SUM_TOLERANCE)) {
			warnings.push({
				code: 'weight_sum_mismatch',
				message: `weights add to ${sum.toFixed()}, total weight printed ${record.total_weight}`
			});
		}
	}
	if (fundsWeight && fundsScore && fundsScore.greaterThan(fundsWeight)) {
		warnings.push({
			code: 'score_over_weight',
			message: `funds score ${total?.score} > weight ${total?.weight}`
		});
	}
	record.indicators.forEach((indicator, k) => {
		const [w, s] = [weights[k], scores[k]];
		if (w && s && s.greaterThan(w)) {
			warnings.push({
				code: 'score_over_weight',
				message: `${indicator.name}: score ${indicator.score} > weight ${indicator.weight}`
			});
		}
		if (w && s && s.lessThan(w) && !indicator.note) {
			warnings.push({
				code: 'missing_note',
				message: `${indicator.name}: lost ${w.minus(s).toFixed()} points without a reason`
			});
		}
	});
	return warnings;
}
