/**
 * The funds side of 偏差原因: projects that spent less than the watch threshold of their
 * adjusted budget (the filters' watch threshold, 90 % by default), grouped by the causes their indicators'
 * notes give (model/reason-causes.ts). A form whose notes give several causes counts under
 * each; notes matching none are 其他; a form with no note at all is 未说明原因.
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';
import { causesTable } from './reasons.ts';
import { divRound } from './sql.ts';
import type { ProjectExecutionRow } from './underspending.ts';

function taggedForms(filters: Filters) {
	const where = filterCondition(filters);
	const causes = causesTable();
	return {
		sql: `WITH ${causes.sql}, u AS (
			SELECT f.form_id, f.adjusted, f.executed, f.unspent
			FROM form_facts f WHERE ${where.sql} AND f.rate < CAST(? AS DECIMAL(10,6))
		), notes AS (
			SELECT i.form_id, i.note FROM indicators i JOIN u USING (form_id)
			WHERE i.note IS NOT NULL AND trim(i.note) <> ''
		), matched AS (
			SELECT DISTINCT n.form_id, c.cause FROM notes n JOIN causes c
				ON regexp_matches(n.note, c.pattern)
		), tagged AS (
			SELECT u.*, m.cause FROM u JOIN matched m USING (form_id)
			UNION ALL
			SELECT u.*, 'other' FROM u WHERE form_id IN (SELECT form_id FROM notes)
				AND form_id NOT IN (SELECT form_id FROM matched)
			UNION ALL
			SELECT u.*, 'unexplained' FROM u WHERE form_id NOT IN (SELECT form_id FROM notes)
		)`,
		params: [...causes.params, ...where.params, filters.thresholds.watch]
	};
}

export interface UnderspentCauseRow extends Row {
	cause: string;
	forms: number;
	adjusted: string;
	executed: string;
	unspent: string;
	/** Σ executed / Σ adjusted, a fraction with 4 decimals */
	rate: string | null;
}

/** Per cause: underspent projects, their money and what was left unspent; most unspent first. */
export function underspentCausesQuery(filters: Filters): Query<UnderspentCauseRow> {
	const t = taggedForms(filters);
	return {
		sql: `${t.sql}
		SELECT cause, count(*)::INTEGER AS forms, sum(adjusted) AS adjusted,
			sum(executed) AS executed, sum(unspent) AS unspent,
			${divRound('sum(executed)', 'sum(adjusted)', 4)} AS rate
		FROM tagged GROUP BY cause ORDER BY unspent DESC, cause`,
		params: t.params
	};
}

export interface UnderspentCauseFormRow extends ProjectExecutionRow {
	/** the form's distinct notes, joined with ；*/
	notes: string | null;
}

/** The underspent projects of one cause, most unspent first. */
export function underspentCauseFormsQuery(
	filters: Filters,
	cause: string,
	limit = 500
): Query<UnderspentCauseFormRow> {
	const t = taggedForms(filters);
	return {
		sql: `${t.sql}
		SELECT f.form_id, f.project, f.department, f.year, f.adjusted, f.executed, f.unspent, f.rate,
			(SELECT string_agg(DISTINCT n.note, '；') FROM notes n WHERE n.form_id = f.form_id) AS notes
		FROM (SELECT DISTINCT form_id FROM tagged WHERE cause = ?) p
		JOIN form_facts f USING (form_id)
		ORDER BY f.unspent DESC, f.form_id LIMIT ?`,
		params: [...t.params, cause, limit]
	};
}
