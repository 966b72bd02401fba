/**
 * One form as it was printed: its header and totals, its funds block, its indicators, its
 * validation warnings, and the same project in other years. The form id is a bound parameter.
 */
import type { Query } from '../model/query.ts';
import type {
	FundRowView,
	IndicatorRowView,
	ProjectFormRow,
	ProjectYearRow,
	WarningRowView
} from '../model/form-rows.ts';
import type { Thresholds } from '../model/thresholds.ts';
import { rateBandSql } from './filters.ts';
import { divRound } from './sql.ts';

/** A form id from the URL (`?id=12`), or null when it is not a positive whole number. */
export function parseFormId(value: string | null): number | null {
	return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** The form's row of `form_facts` and its rate band under `t` (none when the id is unknown). */
export function projectFormQuery(formId: number, t: Thresholds): Query<ProjectFormRow> {
	const band = rateBandSql('f.rate', t);
	return {
		sql: `SELECT f.*, t.goal_target, t.goal_actual, ${band.sql} AS rate_band
		FROM form_facts f LEFT JOIN form_texts t USING (form_id) WHERE f.form_id = ?`,
		params: [...band.params, formId]
	};
}

/** How far a printed rate may sit from the computed one: forms round up or down (record.md). */
const RATE_TOLERANCE = '0.01';

/** The funds block as printed, each line with its computed rate, in printed order. */
export function projectFundsQuery(formId: number): Query<FundRowView> {
	return {
		sql: `SELECT position, source, initial, adjusted, executed, weight, rate_printed,
			${divRound('executed', 'adjusted', 4)} AS rate, score,
			abs(${divRound('executed * 100', 'adjusted', 6)} - rate_printed) > ${RATE_TOLERANCE} AS rate_differs,
			CASE WHEN score < weight THEN weight - score END AS points_lost
		FROM funds WHERE form_id = ? ORDER BY position`,
		params: [formId]
	};
}

/** The indicator table in printed order, with the points each indicator lost. */
export function projectIndicatorsQuery(formId: number): Query<IndicatorRowView> {
	return {
		sql: `SELECT position, level1, level2, name, core, target, actual, weight, score, note,
			points_lost, lost_points, no_reason
		FROM indicator_facts WHERE form_id = ? ORDER BY position`,
		params: [formId]
	};
}

/** The form's validation warnings, in the order the parser raised them. */
export function projectWarningsQuery(formId: number): Query<WarningRowView> {
	return {
		sql: `SELECT code, message, text FROM warnings WHERE form_id = ? ORDER BY rowid`,
		params: [formId]
	};
}

/**
 * The same project in every year, also through renames: the forms sharing this form's project
 * key (dataset/project-keys.ts), oldest first, the form itself included and marked, each with
 * the rule, confidence and evidence that join it to the form before, and its rate's band under `t`.
 */
export function projectYearsQuery(formId: number, t: Thresholds): Query<ProjectYearRow> {
	const band = rateBandSql('f.rate', t);
	return {
		sql: `SELECT f.form_id, f.year, f.project, f.origin, f.adjusted, f.executed, f.rate,
			${band.sql} AS rate_band, f.total_score, f.grade, f.form_id = ? AS current,
			f.key_rule, f.key_confidence, t.key_evidence
		FROM form_facts f LEFT JOIN form_texts t USING (form_id)
		WHERE f.project_key = (SELECT project_key FROM form_facts WHERE form_id = ?)
		ORDER BY f.year NULLS LAST, f.form_id`,
		params: [...band.params, formId, formId]
	};
}
