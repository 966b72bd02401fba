/** The overview's questions: how much was budgeted and spent, how well it scored, how it moves. */
import type { Query } from '../db/database.ts';
import { EXECUTION_THRESHOLDS } from '../model/rules.ts';
import { filterCondition, type Filters } from '../state/filters.ts';
import { divRound, meanRound } from './sql.ts';

export interface SummaryRow {
	[key: string]: string | number | null;
	forms: number;
	departments: number;
	adjusted: string | null;
	executed: string | null;
	/** Σ executed / Σ adjusted as a fraction, 4 decimals */
	rate: string | null;
	avg_score: string | null;
	/** forms whose own rate is below the watch threshold (90 %) */
	below_watch: number;
	/** indicators scored below their weight */
	weak_indicators: number;
}

const SUMMARY_COLUMNS = `count(*)::INTEGER AS forms,
	count(DISTINCT f.department)::INTEGER AS departments,
	sum(f.adjusted) AS adjusted,
	sum(f.executed) AS executed,
	${divRound('sum(f.executed)', 'sum(f.adjusted)', 4)} AS rate,
	${meanRound('f.total_score', 2)} AS avg_score,
	count(*) FILTER (WHERE f.rate < ${EXECUTION_THRESHOLDS.watch})::INTEGER AS below_watch,
	coalesce(sum(f.weak_count), 0)::INTEGER AS weak_indicators`;

/** One row over the whole selection: counts, Σ adjusted and executed (元), rate, mean total score. */
export function summaryQuery(filters: Filters): Query {
	const where = filterCondition(filters);
	return {
		sql: `SELECT ${SUMMARY_COLUMNS} FROM form_facts f WHERE ${where.sql}`,
		params: where.params
	};
}

export interface YearSummaryRow extends SummaryRow {
	year: number;
}

/** The same figures per year, oldest first (forms without a year are left out). */
export function summaryByYearQuery(filters: Filters): Query {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.year, ${SUMMARY_COLUMNS} FROM form_facts f
		WHERE ${where.sql} AND f.year IS NOT NULL GROUP BY f.year ORDER BY f.year`,
		params: where.params
	};
}

export interface HeatCellRow {
	[key: string]: string | number | null;
	department: string;
	year: number;
	forms: number;
	rate: string | null;
}

/** Execution rate (Σexecuted / Σadjusted) of every department in every year. */
export function rateHeatmapQuery(filters: Filters): Query {
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

export interface GradeCountRow {
	[key: string]: string | number | null;
	grade: string;
	forms: number;
}

/** How many forms fall in each grade band (computed from the total score). */
export function gradeDistributionQuery(filters: Filters): Query {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.grade, count(*)::INTEGER AS forms FROM form_facts f
		WHERE ${where.sql} AND f.grade IS NOT NULL GROUP BY f.grade`,
		params: where.params
	};
}

export interface ProjectRateRow {
	[key: string]: string | number | null;
	form_id: number;
	project: string | null;
	department: string | null;
	year: number | null;
	rate: string | null;
}

/** Execution rate (executed / adjusted, fraction) of each form, lowest first. */
export function projectRatesQuery(filters: Filters, limit = 30): Query {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.form_id, f.project, f.department, f.year, f.rate
		FROM form_facts f WHERE ${where.sql}
		ORDER BY f.rate ASC NULLS LAST, f.form_id LIMIT ?`,
		params: [...where.params, limit]
	};
}
