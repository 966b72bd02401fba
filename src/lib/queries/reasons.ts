/**
 * Why targets were missed, counted: every 偏差原因 text of an indicator that lost points or
 * missed its target is classified into causes by the rules of model/reason-causes.ts (a text
 * may carry several; one matching none is 其他; no text is 未说明原因). Points lost are counted
 * in full under each cause a text gives, so causes overlap and their sum may exceed the total.
 * The rules are bound as parameters; the SQL text never changes.
 */
import type { Query } from '../model/query.ts';
import type { Param, Row } from '../model/values.ts';
import { BOILERPLATE, REASON_CAUSES } from '../model/reason-causes.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';
import { divRound } from './sql.ts';

/** `causes(cause, pattern)`: the rules as an inline table, with their parameters. */
export function causesTable(): { sql: string; params: Param[] } {
	const rows = REASON_CAUSES.causes.map(() => '(?, ?)').join(', ');
	return {
		sql: `causes(cause, pattern) AS (VALUES ${rows})`,
		params: REASON_CAUSES.causes.flatMap((c) => [c.id, c.pattern])
	};
}

/** SQL normalising a reason text: numbers become N, whitespace/punctuation/symbols go. */
function normalizedNote(column: string): string {
	const numbers = `regexp_replace(${column}, '[0-9０-９]+([.．][0-9０-９]+)?', 'N', 'g')`;
	return `regexp_replace(${numbers}, '[\\s\\p{Z}\\p{P}\\p{S}]', '', 'g')`;
}

/**
 * `tagged`: one row per weak indicator (lost points or missed the target) under the filters and
 * per cause it carries, with its form's department, year and project key.
 */
function tagged(filters: Filters): { sql: string; params: Param[] } {
	const where = filterCondition(filters);
	const causes = causesTable();
	return {
		sql: `WITH ${causes.sql}, w AS (
			SELECT i.form_id, i.position, f.department, f.year, f.project_key, i.points_lost,
				i.note, i.no_reason
			FROM indicator_facts i JOIN form_facts f USING (form_id)
			WHERE ${where.sql} AND (i.lost_points OR i.missed_target)
		), tagged AS (
			SELECT w.*, c.cause FROM w JOIN causes c
				ON NOT w.no_reason AND regexp_matches(w.note, c.pattern)
			UNION ALL
			SELECT w.*, 'other' FROM w WHERE NOT w.no_reason
				AND NOT EXISTS (SELECT 1 FROM causes c WHERE regexp_matches(w.note, c.pattern))
			UNION ALL
			SELECT w.*, 'unexplained' FROM w WHERE w.no_reason
		)`,
		params: [...causes.params, ...where.params]
	};
}

export interface CauseRow extends Row {
	/** a cause id of REASON_CAUSES, 'other' or 'unexplained' */
	cause: string;
	indicators: number;
	forms: number;
	points_lost: string;
}

/** Per cause: weak indicators, their forms and the points they lost; most points first. */
export function causeSummaryQuery(filters: Filters): Query<CauseRow> {
	const t = tagged(filters);
	return {
		sql: `${t.sql}
		SELECT cause, count(*)::INTEGER AS indicators, count(DISTINCT form_id)::INTEGER AS forms,
			sum(points_lost) AS points_lost
		FROM tagged GROUP BY cause ORDER BY points_lost DESC, indicators DESC, cause`,
		params: t.params
	};
}

export interface CauseCellRow extends CauseRow {
	department: string | null;
	year: number | null;
}

/** Per cause, department and year: weak indicators and points lost. */
export function causeByDepartmentYearQuery(filters: Filters): Query<CauseCellRow> {
	const t = tagged(filters);
	return {
		sql: `${t.sql}
		SELECT cause, department, year, count(*)::INTEGER AS indicators,
			count(DISTINCT form_id)::INTEGER AS forms, sum(points_lost) AS points_lost
		FROM tagged GROUP BY ALL ORDER BY cause, department, year`,
		params: t.params
	};
}

export interface ReasonCoverageRow extends Row {
	/** indicators that lost points or missed the target */
	weak: number;
	unexplained: number;
	points_lost: string;
	unexplained_points: string;
	/** unexplained_points / points_lost, a fraction with 4 decimals (null: nothing lost) */
	unexplained_share: string | null;
}

/** How much of what was lost comes with no reason at all. */
export function reasonCoverageQuery(filters: Filters): Query<ReasonCoverageRow> {
	const t = tagged(filters);
	return {
		sql: `${t.sql}, s AS (
			SELECT count(*)::INTEGER AS weak,
				count(*) FILTER (WHERE no_reason)::INTEGER AS unexplained,
				coalesce(sum(points_lost), 0) AS points_lost,
				coalesce(sum(points_lost) FILTER (WHERE no_reason), 0) AS unexplained_points
			FROM w
		)
		SELECT *, ${divRound('unexplained_points', 'points_lost', 4)} AS unexplained_share FROM s`,
		params: t.params
	};
}

export interface BoilerplateRow extends Row {
	/** the normalised text (the drill-down key) */
	text: string;
	/** one of the texts as written */
	example: string;
	times: number;
	projects: number;
	departments: number;
	years: number;
	points_lost: string;
}

/**
 * Reason texts written, after normalisation (normalizedNote), for at least BOILERPLATE
 * .minProjects projects (by project key) or in at least .minYears years; most projects first.
 */
export function boilerplateQuery(filters: Filters, limit = 50): Query<BoilerplateRow> {
	const t = tagged(filters);
	return {
		sql: `${t.sql}
		SELECT ${normalizedNote('note')} AS text, min(note) AS example, count(*)::INTEGER AS times,
			count(DISTINCT project_key)::INTEGER AS projects,
			count(DISTINCT department)::INTEGER AS departments,
			count(DISTINCT year)::INTEGER AS years, sum(points_lost) AS points_lost
		FROM w WHERE NOT no_reason
		GROUP BY 1
		HAVING count(DISTINCT project_key) >= ? OR count(DISTINCT year) >= ?
		ORDER BY projects DESC, times DESC, text LIMIT ?`,
		params: [...t.params, BOILERPLATE.minProjects, BOILERPLATE.minYears, limit]
	};
}

/** What a drill-down selects: any of a cause, a department, a year, a normalised text. */
export interface ReasonDrill {
	cause: string | null;
	department: string | null;
	year: number | null;
	text: string | null;
}

export interface ReasonIndicatorRow extends Row {
	form_id: number;
	position: number;
	project: string | null;
	department: string | null;
	year: number | null;
	name: string;
	target: string | null;
	actual: string | null;
	points_lost: string;
	note: string | null;
	/** the causes of the note, comma-separated ids */
	causes: string;
}

/** The weak indicators behind a bucket, most points lost first. */
export function reasonIndicatorsQuery(
	filters: Filters,
	drill: ReasonDrill,
	limit = 500
): Query<ReasonIndicatorRow> {
	const t = tagged(filters);
	return {
		sql: `${t.sql}, picked AS (
			SELECT DISTINCT form_id, position FROM tagged
			WHERE (CAST(? AS VARCHAR) IS NULL OR cause = ?)
				AND (CAST(? AS VARCHAR) IS NULL OR department = ?)
				AND (CAST(? AS INTEGER) IS NULL OR year = ?)
				AND (CAST(? AS VARCHAR) IS NULL OR ${normalizedNote('note')} = ?)
		)
		SELECT p.form_id, p.position, f.project, f.department, f.year, i.name, i.target, i.actual,
			i.points_lost, i.note, (SELECT string_agg(cause, ',' ORDER BY cause) FROM tagged t
				WHERE t.form_id = p.form_id AND t.position = p.position) AS causes
		FROM picked p JOIN indicator_facts i USING (form_id, position)
		JOIN form_facts f USING (form_id)
		ORDER BY i.points_lost DESC, p.form_id, p.position LIMIT ?`,
		params: [
			...t.params,
			drill.cause,
			drill.cause,
			drill.department,
			drill.department,
			drill.year,
			drill.year,
			drill.text,
			drill.text,
			limit
		]
	};
}
