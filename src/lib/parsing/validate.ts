/**
 * Warnings for what a form itself gets wrong (record.md): rates, sums, weights, missing notes,
 * over-spending. They never change a value; every comparison is done with decimal.js.
 */
import Decimal from 'decimal.js';
import type { FormRecord, FormWarning, FundRow } from '../model/form.ts';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import { printedRate } from './arithmetic.ts';
import { TEMPLATES } from './templates/index.ts';

const SUM_TOLERANCE = new Decimal('0.01');

const dec = (v: string | null | undefined): Decimal | null => (v == null ? null : new Decimal(v));

/** Checks a record and returns its warnings (rate_mismatch, score_sum_mismatch, …). */
export function validateRecord(record: FormRecord): FormWarning[] {
	const warnings: FormWarning[] = [];
	for (const row of record.funds) {
		const [adjusted, executed] = [dec(row.adjusted), dec(row.executed)];
		if (adjusted && executed && row.rate != null && !adjusted.isZero()) {
			const implied = executed.dividedBy(adjusted).times(100);
			const printed = printedRate(row.rate, implied);
			if (implied.minus(printed.percent).abs().greaterThan(printed.tolerance)) {
				const shown = printed.fraction
					? `${row.rate}（即 ${printed.percent.toFixed()}%）`
					: `${row.rate}%`;
				warnings.push({
					code: 'rate_mismatch',
					message: `${FUND_SOURCE_LABELS[row.source]}：填报执行率 ${shown}，按执行数 ÷ 全年预算数计算为 ${implied.toDecimalPlaces(2).toFixed()}%`
				});
			}
		}
		if (adjusted && executed && executed.greaterThan(adjusted)) {
			warnings.push({
				code: 'executed_over_budget',
				message: `${FUND_SOURCE_LABELS[row.source]}：执行数 ${row.executed} 元超过全年预算数 ${row.adjusted} 元`
			});
		}
	}
	const total = record.funds.find((r) => r.source === 'total');
	warnings.push(...fundsSumWarnings(record.funds));
	const weights = record.indicators.map((i) => dec(i.weight));
	const scores = record.indicators.map((i) => dec(i.score));
	const fundsWeight = dec(total?.weight);
	const fundsScore = dec(total?.score);
	const totalScore = dec(record.total_score);
	const rubric = TEMPLATES.find((t) => t.id === record.source.template)?.totalAddsRubric;
	if (totalScore && !rubric && scores.length && scores.every((s) => s !== null)) {
		const sum = scores.reduce((a: Decimal, s) => a.plus(s ?? 0), fundsScore ?? new Decimal(0));
		if (sum.minus(totalScore).abs().greaterThan(SUM_TOLERANCE)) {
			warnings.push({
				code: 'score_sum_mismatch',
				message: `资金得分与各指标得分合计 ${sum.toFixed()} 分，填报总分 ${record.total_score} 分`
			});
		}
	}
	const totalWeight = dec(record.total_weight);
	if (totalWeight && weights.length && weights.every((w) => w !== null)) {
		const sum = weights.reduce((a: Decimal, w) => a.plus(w ?? 0), fundsWeight ?? new Decimal(0));
		if (sum.minus(totalWeight).abs().greaterThan(SUM_TOLERANCE)) {
			warnings.push({
				code: 'weight_sum_mismatch',
				message: `各项分值合计 ${sum.toFixed()} 分，填报总分值 ${record.total_weight} 分`
			});
		}
	}
	if (fundsWeight && fundsScore && fundsScore.greaterThan(fundsWeight)) {
		warnings.push({
			code: 'score_over_weight',
			message: `资金得分 ${total?.score} 分超过分值 ${total?.weight} 分`
		});
	}
	record.indicators.forEach((indicator, k) => {
		const [w, s] = [weights[k], scores[k]];
		if (w && s && s.greaterThan(w)) {
			warnings.push({
				code: 'score_over_weight',
				message: `${indicator.name}：得分 ${indicator.score} 分超过分值 ${indicator.weight} 分`
			});
		}
		if (w && s && s.lessThan(w) && !indicator.note) {
			warnings.push({
				code: 'missing_note',
				message: `${indicator.name}：失 ${w.minus(s).toFixed()} 分，未说明原因`
			});
		}
	});
	return warnings;
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
function fundsSumWarnings(funds: readonly FundRow[]): FormWarning[] {
	const total = funds.find((r) => r.source === 'total');
	const parts = funds.filter((r) => r.source !== 'total');
	if (!total || !parts.length) return [];
	const off: string[] = [];
	for (const column of ['initial', 'adjusted', 'executed'] as const) {
		const printed = dec(total[column]);
		const values = parts.map((p) => dec(p[column]));
		const known = values.filter((v): v is Decimal => v !== null);
		if (printed === null || !known.length) continue;
		const sum = known.reduce((a, v) => a.plus(v), new Decimal(0));
		const allPrinted = known.length === values.length;
		const tolerance = Decimal.max(1, Decimal.max(sum, printed).times(0.005));
		const gap = sum.minus(printed);
		if (gap.abs().lte(tolerance) || (!allPrinted && gap.isNegative())) continue;
		off.push(
			`${AMOUNT_LABELS[column]}总额 ${printed.toFixed()} 元，其中各项合计 ${sum.toFixed()} 元`
		);
	}
	return off.length ? [{ code: 'funds_sum_mismatch', message: off.join('；') }] : [];
}
