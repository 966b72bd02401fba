/** The overview's questions: how much was budgeted and spent, how well it scored, how it moves. */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { Filters } from '../model/filters.ts';
import { belowWatchSql, filterCondition, type Fragment } from './filters.ts';
import { divRound, meanRound } from './sql.ts';

export interface SummaryRow extends Row {
	forms: number;
	departments: number;
	adjusted: string | null;
	executed: string | null;
	/** Σ executed / Σ adjusted as a fraction, 4 decimals */
	rate: string | null;
	avg_score: string | null;
	/** forms whose own rate is below the watch threshold */
	below_watch: number;
	/** indicators scored below their weight */
	weak_indicators: number;
}

/** The summary figures; the count below watch under the filters' thresholds (bound). */
function summaryColumns(filters: Filters): Fragment {
	const below = belowWatchSql('f.rate', filters.thresholds);
	return {
		sql: `count(*)::INTEGER AS forms,
	count(DISTINCT f.department)::INTEGER AS departments,
	sum(f.adjusted) AS adjusted,
	sum(f.executed) AS executed,
	${divRound('sum(f.executed)', 'sum(f.adjusted)', 4)} AS rate,
	${meanRound('f.total_score', 2)} AS avg_score,
	${below.sql} AS below_watch,
	coalesce(sum(f.weak_count), 0)::INTEGER AS weak_indicators`,
		params: below.params
	};
}

/** One row over the whole selection: counts, Σ adjusted and executed (元), rate, mean total score. */
export function summaryQuery(filters: Filters): Query<SummaryRow> {
	const where = filterCondition(filters);
	const columns = summaryColumns(filters);
	return {
		sql: `SELECT ${columns.sql} FROM form_facts f WHERE ${where.sql}`,
		params: [...columns.params, ...where.params]
	};
}

export interface YearSummaryRow extends SummaryRow {
	year: number;
}

/** The same figures per year, oldest first (forms without a year are left out). */
export function summaryByYearQuery(filters: Filters): Query<YearSummaryRow> {
	const where = filterCondition(filters);
	const columns = summaryColumns(filters);
	return {
		sql: `SELECT f.year, ${columns.sql} FROM form_facts f
		WHERE ${where.sql} AND f.year IS NOT NULL GROUP BY f.year ORDER BY f.year`,
		params: [...columns.params, ...where.params]
	};
}

export interface HeatCellRow extends Row {
	department: string;
	year: number;
	forms: number;
	rate: string | null;
}

/** Execution rate (Σexecuted / Σadjusted) of every department in every year. */
export function rateHeatmapQuery(filters: Filters): Query<HeatCellRow> {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.department, f.year, count(*)::INTEGER AS forms,
			${divRound('sum(f.executed)', 'sum(f.adjusted)', 4)} AS rate
		FROM form_facts f
		WHERE ${where.sql} AND f.department IS NOT NULL AND f.year IS NOT NULL
		GROUP BY f.department, f.year ORDER BY f.department, f.year`,
		params: where.params
	};
}

export interface GradeCountRow extends Row {
	grade: string;
	forms: number;
}

/** How many forms fall in each grade band (computed from the total score). */
export function gradeDistributionQuery(filters: Filters): Query<GradeCountRow> {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.grade, count(*)::INTEGER AS forms FROM form_facts f
		WHERE ${where.sql} AND f.grade IS NOT NULL GROUP BY f.grade`,
		params: where.params
	};
}

export interface ProjectRateRow extends Row {
	form_id: number;
	project: string | null;
	department: string | null;
	year: number | null;
	rate: string | null;
}

/** Execution rate (executed / adjusted, fraction) of each form, lowest first. */
export function projectRatesQuery(filters: Filters, limit = 30): Query<ProjectRateRow> {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.form_id, f.project, f.department, f.year, f.rate
		FROM form_facts f WHERE ${where.sql}
		ORDER BY f.rate ASC NULLS LAST, f.form_id LIMIT ?`,
		params: [...where.params, limit]
	};
}
