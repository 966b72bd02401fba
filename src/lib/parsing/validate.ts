/**
 * Warnings for what a form itself gets wrong (record.md): rates, sums, weights, missing notes,
 * over-spending. They never change a value; every comparison is exact (integers or decimal.js).
 */
import Decimal from 'decimal.js';
import type { FormRecord, FormWarning } from '../model/form.ts';
import { fundRowWarnings, fundsSumWarnings } from './validate-funds.ts';
import { formatPoints, readAllPoints, SUM_TOLERANCE_POINTS } from './points.ts';
import { templateRule } from './templates/index.ts';

const SUM_TOLERANCE = new Decimal('0.01');

const dec = (v: string | null | undefined): Decimal | null => (v == null ? null : new Decimal(v));

/** Checks a record and returns its warnings (rate_mismatch, score_sum_mismatch, …). */
export function validateRecord(record: FormRecord): FormWarning[] {
	const warnings: FormWarning[] = [];
	warnings.push(...fundRowWarnings(record.funds));
	const total = record.funds.find((r) => r.source === 'total');
	warnings.push(...fundsSumWarnings(record.funds));
	const figures = [
		total?.weight ?? null,
		total?.score ?? null,
		record.total_weight,
		record.total_score
	];
	for (const i of record.indicators) figures.push(i.weight, i.score);
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

/** A score above its weight (both printed). */
function over<N>(math: PointsMath<N>, score: N | null, weight: N | null): boolean {
	return score != null && weight != null && math.compare(score, weight) > 0;
}

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
	const weights: Array<N | null> = [];
	const scores: Array<N | null> = [];
	for (let k = 4; k + 1 < values.length; k += 2) {
		weights.push(values[k] ?? null);
		scores.push(values[k + 1] ?? null);
	}
	const total = record.funds.find((r) => r.source === 'total');
	// a total that adds a rubric table's points (湖北) is no sum of the indicators' scores
	const rubric = templateRule(record.source.template)?.rubricPoints;
	if (totalScore != null && scores.length && !scores.includes(null)) {
		let sum = fundsScore ?? math.zero;
		for (const s of scores) sum = math.plus(sum, s ?? math.zero);
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
	if (totalWeight != null && weights.length && !weights.includes(null)) {
		let sum = fundsWeight ?? math.zero;
		for (const w of weights) sum = math.plus(sum, w ?? math.zero);
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
	if (
		totalScore != null &&
		!warnings.some((w) => w.code === 'score_sum_mismatch') &&
		!over(math, fundsScore ?? null, fundsWeight ?? null) &&
		!scores.some((s, k) => over(math, s, weights[k] ?? null)) &&
		(full != null ? math.compare(totalScore, full) > 0 : math.compare(totalScore, math.of(100)) > 0)
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
