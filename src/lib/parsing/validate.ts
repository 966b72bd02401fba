/**
 * Warnings for what a form itself gets wrong (record.md): rates, sums, weights, missing notes,
 * over-spending. They never change a value; every comparison is done with decimal.js.
 */
import Decimal from 'decimal.js';
import type { FormRecord, FormWarning, FundRow } from '../model/form.ts';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import { printedRate } from './arithmetic.ts';
import { formatPoints, readAllPoints, SUM_TOLERANCE_POINTS } from './points.ts';
import { templateRule } from './templates/index.ts';

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
	const figures = [
		total?.weight ?? null,
		total?.score ?? null,
		record.total_weight,
		record.total_score,
		...record.indicators.flatMap((i) => [i.weight, i.score])
	];
	// exact integers when every figure reads so (nearly every form), decimal.js else
	const fast = readAllPoints(figures);
	if (fast) warnings.push(...pointsWarnings(record, fast, POINTS_MATH));
	else warnings.push(...pointsWarnings(record, figures.map(dec), DECIMAL_MATH));
	return warnings;
}

/** The arithmetic pointsWarnings needs, on millionths (points.ts) or on decimal.js. */
interface PointsMath<N> {
	plus(a: N, b: N): N;
	minus(a: N, b: N): N;
	/** a − b: negative, zero or positive */
	compare(a: N, b: N): number;
	/** |a − b| beyond the 0.01 a sum may be off by */
	off(a: N, b: N): boolean;
	zero: N;
	fixed(a: N): string;
	/** whole points as N */
	of(points: number): N;
}

const POINTS_MATH: PointsMath<number> = {
	plus: (a, b) => a + b,
	minus: (a, b) => a - b,
	compare: (a, b) => a - b,
	off: (a, b) => Math.abs(a - b) > SUM_TOLERANCE_POINTS,
	zero: 0,
	fixed: formatPoints,
	of: (points) => points * 1_000_000
};

const DECIMAL_MATH: PointsMath<Decimal> = {
	plus: (a, b) => a.plus(b),
	minus: (a, b) => a.minus(b),
	compare: (a, b) => a.comparedTo(b),
	off: (a, b) => a.minus(b).abs().greaterThan(SUM_TOLERANCE),
	zero: new Decimal(0),
	fixed: (a) => a.toFixed(),
	of: (points) => new Decimal(points)
};

/**
 * Sums and weights: Σ scores (with the funds score) against the total score, Σ weights against
 * the total weight, scores over weights, points lost without a note. `values`: the funds
 * weight and score, total weight and score, then each indicator's weight and score.
 */
function pointsWarnings<N>(
	record: FormRecord,
	values: ReadonlyArray<N | null>,
	math: PointsMath<N>
): FormWarning[] {
	const warnings: FormWarning[] = [];
	const [fundsWeight, fundsScore, totalWeight, totalScore] = values;
	const weights = record.indicators.map((_, k) => values[4 + 2 * k] ?? null);
	const scores = record.indicators.map((_, k) => values[5 + 2 * k] ?? null);
	const total = record.funds.find((r) => r.source === 'total');
	// a total that adds a rubric table's points (湖北) is no sum of the indicators' scores
	const rubric = templateRule(record.source.template)?.rubricPoints;
	if (totalScore != null && scores.length && scores.every((s) => s !== null)) {
		const sum = scores.reduce((a: N, s) => math.plus(a, s ?? math.zero), fundsScore ?? math.zero);
		// the rubric's scores are the total less the indicators': from 0 to its points
		const rest = math.minus(totalScore, sum);
		const outside =
			rubric === undefined
				? math.off(sum, totalScore)
				: (math.compare(rest, math.zero) < 0 && math.off(sum, totalScore)) ||
					(math.compare(rest, math.of(rubric)) > 0 && math.off(rest, math.of(rubric)));
		if (outside && rubric !== undefined) {
			warnings.push({
				code: 'score_sum_mismatch',
				message: `各指标得分合计 ${math.fixed(sum)} 分，填报总分 ${record.total_score} 分：项目决策/项目管理评分应在 0–${rubric} 分之间，差 ${math.fixed(rest)} 分`
			});
		} else if (outside) {
			warnings.push({
				code: 'score_sum_mismatch',
				message: `资金得分与各指标得分合计 ${math.fixed(sum)} 分，填报总分 ${record.total_score} 分`
			});
		}
	}
	if (totalWeight != null && weights.length && weights.every((w) => w !== null)) {
		const sum = weights.reduce((a: N, w) => math.plus(a, w ?? math.zero), fundsWeight ?? math.zero);
		if (math.off(sum, totalWeight)) {
			warnings.push({
				code: 'weight_sum_mismatch',
				message: `各项分值合计 ${math.fixed(sum)} 分，填报总分值 ${record.total_weight} 分`
			});
		}
	}
	// no form scores above its full marks (the printed total weight, else 100): a total like
	// 100.1 that the scores do add up to is a rounding slip on the form, read as printed and
	// flagged (a total the scores do not add up to, or a score over its weight, is flagged as
	// that already)
	const full = totalWeight ?? null;
	const over = (s: N | null, w: N | null) => s != null && w != null && math.compare(s, w) > 0;
	if (
		totalScore != null &&
		!warnings.some((w) => w.code === 'score_sum_mismatch') &&
		!over(fundsScore ?? null, fundsWeight ?? null) &&
		!scores.some((s, k) => over(s, weights[k] ?? null)) &&
		(full != null
			? math.compare(totalScore, full) > 0
			: new Decimal(record.total_score ?? 0).gt(100))
	) {
		warnings.push({
			code: 'score_over_weight',
			message: `总分 ${record.total_score} 分超过满分 ${record.total_weight ?? 100} 分`
		});
	}
	if (fundsWeight != null && fundsScore != null && math.compare(fundsScore, fundsWeight) > 0) {
		warnings.push({
			code: 'score_over_weight',
			message: `资金得分 ${total?.score} 分超过分值 ${total?.weight} 分`
		});
	}
	record.indicators.forEach((indicator, k) => {
		const [w, s] = [weights[k], scores[k]];
		if (w == null || s == null) return;
		if (math.compare(s, w) > 0) {
			warnings.push({
				code: 'score_over_weight',
				message: `${indicator.name}：得分 ${indicator.score} 分超过分值 ${indicator.weight} 分`
			});
		}
		if (math.compare(s, w) < 0 && !indicator.note) {
			warnings.push({
				code: 'missing_note',
				message: `${indicator.name}：失 ${math.fixed(math.minus(w, s))} 分，未说明原因`
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
