/**
 * The 指标分析 page's questions: where indicator points were lost (by 一级 / 二级 category, by
 * department, by year), which indicators lost points or missed their target and why, which of
 * them give no reason, which names are weak again and again, and which scored full marks while
 * missing the target (inflated self-scores). Indicators are filtered through their form.
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { IndicatorCells } from '../model/form.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';
import { divRound } from './sql.ts';

/** indicator_facts `i` joined to the form facts `f` the page filters select. */
function joined(filters: Filters) {
	const where = filterCondition(filters);
	return {
		from: `indicator_facts i JOIN form_facts f USING (form_id) WHERE ${where.sql}`,
		params: where.params
	};
}

/** Full marks (score = weight > 0) while the actual misses the target (completion < 1). */
export const INFLATED = 'i.weight > 0 AND i.score = i.weight AND i.completion < 1';

export interface IndicatorSummaryRow extends Row {
	indicators: number;
	forms: number;
	first_year: number | null;
	last_year: number | null;
	/** indicators that lost points or missed the target */
	weak: number;
	/** indicators scored below their weight */
	lost: number;
	/** Σ (weight − score) over them, points */
	points_lost: string | null;
	missed: number;
	/** lost points and no 偏差原因 written */
	no_reason: number;
	inflated: number;
}

/** One row over the selection's indicators. */
export function indicatorSummaryQuery(filters: Filters): Query<IndicatorSummaryRow> {
	const j = joined(filters);
	return {
		sql: `SELECT count(*)::INTEGER AS indicators,
			count(DISTINCT i.form_id)::INTEGER AS forms,
			min(f.year) AS first_year, max(f.year) AS last_year,
			count(*) FILTER (WHERE i.lost_points OR i.missed_target)::INTEGER AS weak,
			count(*) FILTER (WHERE i.lost_points)::INTEGER AS lost,
			coalesce(sum(i.points_lost), 0) AS points_lost,
			count(*) FILTER (WHERE i.missed_target)::INTEGER AS missed,
			count(*) FILTER (WHERE i.lost_points AND i.no_reason)::INTEGER AS no_reason,
			count(*) FILTER (WHERE ${INFLATED})::INTEGER AS inflated
		FROM ${j.from}`,
		params: j.params
	};
}

export interface CategoryLossRow extends Row {
	level1: string;
	level2: string;
	indicators: number;
	lost: number;
	points_lost: string;
}

/** Points lost per 一级 / 二级 category, largest first (unlabelled levels read 未分类). */
export function pointsLostByCategoryQuery(filters: Filters): Query<CategoryLossRow> {
	const j = joined(filters);
	return {
		sql: `SELECT coalesce(i.level1, '未分类') AS level1, coalesce(i.level2, '未分类') AS level2,
			count(*)::INTEGER AS indicators,
			count(*) FILTER (WHERE i.lost_points)::INTEGER AS lost,
			coalesce(sum(i.points_lost), 0) AS points_lost
		FROM ${j.from}
		GROUP BY 1, 2 ORDER BY points_lost DESC, level1, level2`,
		params: j.params
	};
}

export interface DepartmentLossRow extends Row {
	department: string;
	forms: number;
	lost: number;
	points_lost: string;
	/** Σ points lost / forms, points, 2 decimals */
	per_form: string | null;
}

/** Points lost per department, largest total first. */
export function pointsLostByDepartmentQuery(
	filters: Filters,
	limit = 30
): Query<DepartmentLossRow> {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.department, count(*)::INTEGER AS forms,
			sum(f.weak_count)::INTEGER AS lost, sum(f.points_lost) AS points_lost,
			${divRound('sum(f.points_lost)', 'count(*)', 2)} AS per_form
		FROM form_facts f WHERE ${where.sql} AND f.department IS NOT NULL
		GROUP BY f.department ORDER BY points_lost DESC, f.department LIMIT ?`,
		params: [...where.params, limit]
	};
}

export interface YearLossRow extends Row {
	year: number;
	forms: number;
	lost: number;
	points_lost: string;
	missed: number;
	no_reason: number;
}

/** Per year: weak indicators, points lost, missed targets and weak ones without a reason. */
export function pointsLostByYearQuery(filters: Filters): Query<YearLossRow> {
	const j = joined(filters);
	return {
		sql: `SELECT f.year, count(DISTINCT i.form_id)::INTEGER AS forms,
			count(*) FILTER (WHERE i.lost_points)::INTEGER AS lost,
			coalesce(sum(i.points_lost), 0) AS points_lost,
			count(*) FILTER (WHERE i.missed_target)::INTEGER AS missed,
			count(*) FILTER (WHERE i.lost_points AND i.no_reason)::INTEGER AS no_reason
		FROM ${j.from} AND f.year IS NOT NULL
		GROUP BY f.year ORDER BY f.year`,
		params: j.params
	};
}

export interface WeakIndicatorRow extends IndicatorCells, Row {
	form_id: number;
	position: number;
	project: string | null;
	department: string | null;
	year: number | null;
	points_lost: string;
	completion: string | null;
	lost_points: boolean;
	missed_target: boolean;
	no_reason: boolean;
	inflated: boolean;
}

const WEAK_KINDS = {
	/** lost points or missed the target */
	weak: '(i.lost_points OR i.missed_target)',
	/** lost points and no reason written */
	unexplained: '(i.lost_points AND i.no_reason)',
	inflated: `(${INFLATED})`
} as const;

export type WeakKind = keyof typeof WEAK_KINDS;

/** Indicators of one kind, most points lost first, then least complete. */
export function weakIndicatorsQuery(
	filters: Filters,
	kind: WeakKind,
	limit = 500
): Query<WeakIndicatorRow> {
	const j = joined(filters);
	return {
		sql: `SELECT i.form_id, i.position, f.project, f.department, f.year, i.level1, i.level2,
			i.name, i.target, i.actual, i.weight, i.score, i.points_lost, i.completion, i.note,
			i.lost_points, i.missed_target, i.no_reason,
			coalesce(${INFLATED}, false) AS inflated
		FROM ${j.from} AND ${WEAK_KINDS[kind]}
		ORDER BY i.points_lost DESC, i.completion ASC NULLS LAST, i.form_id, i.position LIMIT ?`,
		params: [...j.params, limit]
	};
}

export interface RecurringWeakRow extends Row {
	name: string;
	level2: string | null;
	/** weak occurrences (indicator rows) */
	times: number;
	projects: number;
	departments: number;
	years: number;
	points_lost: string;
}

/**
 * Indicator names weak (lost points or missed the target) in more than one project or more
 * than one year, most frequent first.
 */
export function recurringWeakQuery(filters: Filters, limit = 30): Query<RecurringWeakRow> {
	const j = joined(filters);
	return {
		sql: `SELECT i.name, min(i.level2) AS level2, count(*)::INTEGER AS times,
			count(DISTINCT f.project)::INTEGER AS projects,
			count(DISTINCT f.department)::INTEGER AS departments,
			count(DISTINCT f.year)::INTEGER AS years,
			sum(i.points_lost) AS points_lost
		FROM ${j.from} AND ${WEAK_KINDS.weak}
		GROUP BY i.name
		HAVING count(DISTINCT f.project) > 1 OR count(DISTINCT f.year) > 1
		ORDER BY times DESC, points_lost DESC, i.name LIMIT ?`,
		params: [...j.params, limit]
	};
}

export interface DepartmentYearLossRow extends Row {
	department: string;
	year: number;
	forms: number;
	points_lost: string;
	/** Σ points lost / forms of that department and year, points, 2 decimals */
	per_form: string | null;
}

/**
 * Points lost per department and year, for the `limit` departments that lost most over the
 * selection; per form, so large and small departments compare.
 */
export function pointsLostByDepartmentYearQuery(
	filters: Filters,
	limit = 20
): Query<DepartmentYearLossRow> {
	const where = filterCondition(filters);
	return {
		sql: `WITH cells AS (
			SELECT f.department, f.year, count(*)::INTEGER AS forms, sum(f.points_lost) AS points_lost
			FROM form_facts f WHERE ${where.sql} AND f.department IS NOT NULL AND f.year IS NOT NULL
			GROUP BY f.department, f.year
		), ranked AS (
			SELECT department, row_number() OVER (ORDER BY sum(points_lost) DESC, department) AS rank
			FROM cells GROUP BY department
		)
		SELECT c.department, c.year, c.forms, c.points_lost,
			${divRound('c.points_lost', 'c.forms', 2)} AS per_form
		FROM cells c JOIN ranked r USING (department)
		WHERE r.rank <= ? ORDER BY r.rank, c.year`,
		params: [...where.params, limit]
	};
}
