/**
 * Derived per-form facts, computed once in DuckDB after the tables load (the loader runs
 * CREATE_FACTS): the execution rate (executed / adjusted, exact), the unspent amount, the grade
 * from the total score, and points lost (from form_points, aggregated at build time:
 * dataset/derived.ts, so the indicators need not be loaded for it). Every page filters and
 * aggregates this table. The rate band is not stored: it depends on the thresholds in force
 * (queries/filters.ts).
 */
import { GRADE_BANDS } from '../model/rules.ts';
import { divRound } from './sql.ts';

/** SQL CASE giving the grade of a total score by the bands of rules.ts. */
export function gradeCase(score: string): string {
	const arms = GRADE_BANDS.bands.map((b) => `WHEN ${score} >= ${b.min} THEN '${b.grade}'`);
	return `CASE WHEN ${score} IS NULL THEN NULL ${arms.join(' ')} END`;
}

/** Statements creating `form_facts` (one row per form, a table) and `indicator_facts` (a view). */
export const CREATE_FACTS = [
	`CREATE OR REPLACE TABLE form_facts AS
	SELECT f.*,
		${divRound('f.executed', 'f.adjusted', 4)} AS rate,
		f.adjusted - f.executed AS unspent,
		f.adjusted - f.initial AS budget_change,
		${gradeCase('f.total_score')} AS grade,
		coalesce(i.points_lost, 0) AS points_lost,
		coalesce(i.weak_count, 0)::INTEGER AS weak_count
	FROM forms f
	LEFT JOIN form_points i USING (form_id)`,
	// A view, not a table: the overview never reads it, and copying 40,000 indicators with their
	// texts cost ~60 ms of its first load; the columns it adds are cheap to compute per query.
	`CREATE OR REPLACE VIEW indicator_facts AS
	SELECT i.*,
		CASE WHEN i.score < i.weight THEN i.weight - i.score ELSE 0 END AS points_lost,
		(i.score < i.weight) AS lost_points,
		(i.completion IS NOT NULL AND i.completion < 1) AS missed_target,
		(i.note IS NULL OR trim(i.note) = '') AS no_reason
	FROM indicators i`
];
