/**
 * One department across years: its figures per year, its projects, and the indicators on which
 * it lost the most points. The department is a bound parameter, like every filter value.
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { IndicatorCells } from '../model/form.ts';
import { FORM_KIND_LABELS, type RateBand } from '../model/rules.ts';
import { forDepartment, type Filters } from '../model/filters.ts';
import type { Thresholds } from '../model/thresholds.ts';
import { belowWatchSql, filterCondition, rateBandSql, type Fragment } from './filters.ts';
import { divRound, meanRound } from './sql.ts';

export interface DepartmentTotalRow extends Row {
	forms: number;
	/** Σ adjusted, Σ executed, Σ (adjusted − executed), in 元 */
	adjusted: string | null;
	executed: string | null;
	unspent: string | null;
	/** Σ executed / Σ adjusted as a fraction, 4 decimals */
	rate: string | null;
	/** the rate's 红黄绿灯 band under the filters' thresholds */
	rate_band: RateBand | null;
	/** mean total score, 2 decimals */
	avg_score: string | null;
	/** forms whose own rate is below the watch threshold */
	below_watch: number;
	/** indicators scored below their weight */
	weak_indicators: number;
	/** Σ (weight − score) over those indicators */
	points_lost: string | null;
}

export interface DepartmentYearRow extends DepartmentTotalRow {
	year: number;
}

/** A department form has no project name: its rows go by the kind's name. */
const FORM_NAME = `coalesce(f.project, '${FORM_KIND_LABELS.department}')`;

/** The figures of a group of forms; the band and the count below watch under `t` (bound). */
function yearColumns(t: Thresholds): Fragment {
	const rate = divRound('sum(f.executed)', 'sum(f.adjusted)', 4);
	const band = rateBandSql(rate, t);
	const below = belowWatchSql('f.rate', t);
	return {
		sql: `count(*)::INTEGER AS forms,
	sum(f.adjusted) AS adjusted,
	sum(f.executed) AS executed,
	sum(f.unspent) AS unspent,
	${rate} AS rate,
	${band.sql} AS rate_band,
	${meanRound('f.total_score', 2)} AS avg_score,
	${below.sql} AS below_watch,
	coalesce(sum(f.weak_count), 0)::INTEGER AS weak_indicators,
	sum(f.points_lost) AS points_lost`,
		params: [...band.params, ...below.params]
	};
}

/** The department's figures per year, oldest first (forms without a year are left out). */
export function departmentYearsQuery(
	department: string,
	filters: Filters
): Query<DepartmentYearRow> {
	const where = filterCondition(forDepartment(filters, department));
	const columns = yearColumns(filters.thresholds);
	return {
		sql: `SELECT f.year, ${columns.sql} FROM form_facts f
		WHERE ${where.sql} AND f.year IS NOT NULL GROUP BY f.year ORDER BY f.year`,
		params: [...columns.params, ...where.params]
	};
}

/** The same figures over every selected year together: the projects table's 合计 row. */
export function departmentTotalQuery(
	department: string,
	filters: Filters
): Query<DepartmentTotalRow> {
	const where = filterCondition(forDepartment(filters, department));
	const columns = yearColumns(filters.thresholds);
	return {
		sql: `SELECT ${columns.sql} FROM form_facts f WHERE ${where.sql}`,
		params: [...columns.params, ...where.params]
	};
}

export interface DepartmentProjectRow extends Row {
	form_id: number;
	project: string | null;
	year: number | null;
	origin: string;
	adjusted: string | null;
	executed: string | null;
	unspent: string | null;
	/** executed / adjusted, fraction with 4 decimals */
	rate: string | null;
	rate_band: RateBand | null;
	total_score: string | null;
	grade: string | null;
	/** indicators that lost points */
	weak_count: number;
}

/** Every form of the department: newest year first, within a year the lowest rate first. */
export function departmentProjectsQuery(
	department: string,
	filters: Filters
): Query<DepartmentProjectRow> {
	const where = filterCondition(forDepartment(filters, department));
	const band = rateBandSql('f.rate', filters.thresholds);
	return {
		sql: `SELECT f.form_id, ${FORM_NAME} AS project, f.year, f.origin,
			f.adjusted, f.executed, f.unspent, f.rate, ${band.sql} AS rate_band, f.total_score, f.grade,
			f.weak_count
		FROM form_facts f WHERE ${where.sql}
		ORDER BY f.year DESC NULLS LAST, f.rate ASC NULLS LAST, f.project, f.form_id`,
		params: [...band.params, ...where.params]
	};
}

export interface DepartmentWeakIndicatorRow extends IndicatorCells, Row {
	form_id: number;
	project: string | null;
	year: number | null;
	/** weight − score, points */
	points_lost: string;
}

/** The name the funds line takes among the indicators: its score is the execution-rate score. */
export const FUNDS_INDICATOR = '预算执行率';

/**
 * The department's indicators that lost the most points (weight − score), worst first. The
 * funds line counts as one indicator (预算执行率, scored on the execution rate), as forms weigh it.
 */
export function departmentWeakIndicatorsQuery(
	department: string,
	filters: Filters,
	limit = 20
): Query<DepartmentWeakIndicatorRow> {
	const where = filterCondition(forDepartment(filters, department));
	return {
		sql: `WITH chosen AS (SELECT * FROM form_facts f WHERE ${where.sql}),
		lost AS (
			SELECT f.form_id, i.position, i.level1, i.level2, i.name, i.target, i.actual, i.weight,
				i.score, i.points_lost, i.note
			FROM indicator_facts i JOIN chosen f USING (form_id) WHERE i.points_lost > 0
			UNION ALL
			SELECT f.form_id, -1, NULL, NULL, '${FUNDS_INDICATOR}', NULL, NULL, f.funds_weight,
				f.funds_score, f.funds_weight - f.funds_score, NULL
			FROM chosen f WHERE f.funds_score < f.funds_weight
		)
		SELECT l.form_id, ${FORM_NAME} AS project, f.year, l.level1, l.level2,
			l.name, l.target, l.actual, l.weight, l.score, l.points_lost, l.note
		FROM lost l JOIN chosen f USING (form_id)
		ORDER BY l.points_lost DESC, f.year DESC NULLS LAST, l.form_id, l.position
		LIMIT ?`,
		params: [...where.params, limit]
	};
}
