/**
 * 自评可信度 per department: how often indicators get full marks, full marks while the actual
 * misses the target, a high total score with low execution (the score × execution quadrant),
 * and points lost with no reason. Ranked by the sum of the three doubtful shares; each figure
 * drills down to its forms. Thresholds: CREDIBILITY (model/target-quality-rules.ts).
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import { CREDIBILITY } from '../model/target-quality-rules.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';
import { INFLATED } from './indicators.ts';
import { divRound } from './sql.ts';

const SCORED = 'i.weight > 0 AND i.score IS NOT NULL';
const FULL = `${SCORED} AND i.score = i.weight`;
const HIGH_LOW = 'f.total_score >= ? AND f.rate < ?';
const UNEXPLAINED = 'i.lost_points AND i.no_reason';

export interface CredibilityRow extends Row {
	department: string;
	forms: number;
	/** indicators with a weight and a score */
	scored: number;
	full_marks: number;
	/** full_marks / scored, fraction, 4 decimals */
	full_share: string | null;
	/** full marks while the actual misses the target */
	inflated: number;
	/** inflated / scored */
	inflated_share: string | null;
	/** forms with a total score and an execution rate */
	rated: number;
	/** forms with a high total score and low execution */
	high_low: number;
	high_low_share: string | null;
	/** indicators that lost points */
	lost: number;
	/** … with no reason written */
	unexplained: number;
	unexplained_share: string | null;
	/** inflated_share + high_low_share + unexplained_share: the higher, the less credible */
	doubt: string;
	/** 1 = least credible */
	rank: number;
}

/** One row per department, least credible first. */
export function credibilityQuery(filters: Filters): Query<CredibilityRow> {
	const where = filterCondition(filters);
	const share = (n: string, d: string) => divRound(n, d, 4);
	return {
		sql: `WITH ind AS (
			SELECT f.department, count(*) FILTER (WHERE ${SCORED})::INTEGER AS scored,
				count(*) FILTER (WHERE ${FULL})::INTEGER AS full_marks,
				count(*) FILTER (WHERE ${INFLATED})::INTEGER AS inflated,
				count(*) FILTER (WHERE i.lost_points)::INTEGER AS lost,
				count(*) FILTER (WHERE ${UNEXPLAINED})::INTEGER AS unexplained
			FROM indicator_facts i JOIN form_facts f USING (form_id)
			WHERE ${where.sql} AND f.department IS NOT NULL GROUP BY f.department
		), frm AS (
			SELECT f.department, count(*)::INTEGER AS forms,
				count(*) FILTER (WHERE f.total_score IS NOT NULL AND f.rate IS NOT NULL)::INTEGER AS rated,
				count(*) FILTER (WHERE ${HIGH_LOW})::INTEGER AS high_low
			FROM form_facts f WHERE ${where.sql} AND f.department IS NOT NULL GROUP BY f.department
		), s AS (
			SELECT frm.department, frm.forms, coalesce(ind.scored, 0) AS scored,
				coalesce(ind.full_marks, 0) AS full_marks, coalesce(ind.inflated, 0) AS inflated,
				frm.rated, frm.high_low, coalesce(ind.lost, 0) AS lost,
				coalesce(ind.unexplained, 0) AS unexplained,
				${share('ind.full_marks', 'ind.scored')} AS full_share,
				${share('ind.inflated', 'ind.scored')} AS inflated_share,
				${share('frm.high_low', 'frm.rated')} AS high_low_share,
				${share('ind.unexplained', 'ind.lost')} AS unexplained_share
			FROM frm LEFT JOIN ind USING (department)
		)
		SELECT *, coalesce(inflated_share, 0) + coalesce(high_low_share, 0)
				+ coalesce(unexplained_share, 0) AS doubt,
			row_number() OVER (ORDER BY coalesce(inflated_share, 0) + coalesce(high_low_share, 0)
				+ coalesce(unexplained_share, 0) DESC, department)::INTEGER AS rank
		FROM s ORDER BY rank`,
		params: [...where.params, CREDIBILITY.highScore, CREDIBILITY.lowExecution, ...where.params]
	};
}

export type CredibilityFigure = 'full_marks' | 'inflated' | 'high_low' | 'unexplained';

export interface CredibilityFormRow extends Row {
	form_id: number;
	project: string | null;
	year: number | null;
	total_score: string | null;
	rate: string | null;
	/** indicators of the form behind the figure (0 for high_low, a form-level figure) */
	indicators: number;
}

const INDICATOR_FIGURES: Record<Exclude<CredibilityFigure, 'high_low'>, string> = {
	full_marks: FULL,
	inflated: INFLATED,
	unexplained: UNEXPLAINED
};

/** The forms of one department behind one figure, most indicators first. */
export function credibilityFormsQuery(
	filters: Filters,
	department: string,
	figure: CredibilityFigure
): Query<CredibilityFormRow> {
	const where = filterCondition(filters);
	if (figure === 'high_low')
		return {
			sql: `SELECT f.form_id, f.project, f.year, f.total_score, f.rate, 0 AS indicators
			FROM form_facts f WHERE ${where.sql} AND f.department = ? AND ${HIGH_LOW}
			ORDER BY f.rate, f.form_id`,
			params: [...where.params, department, CREDIBILITY.highScore, CREDIBILITY.lowExecution]
		};
	return {
		sql: `SELECT f.form_id, f.project, f.year, f.total_score, f.rate, count(*)::INTEGER AS indicators
		FROM indicator_facts i JOIN form_facts f USING (form_id)
		WHERE ${where.sql} AND f.department = ? AND ${INDICATOR_FIGURES[figure]}
		GROUP BY ALL ORDER BY indicators DESC, f.year, f.form_id`,
		params: [...where.params, department]
	};
}
