/** The overview's questions: how much was budgeted and spent, and how well it scored. */
import type { Query } from '../db/database.ts';
import { filterCondition, type Filters } from '../state/filters.ts';
import { divRound, meanRound } from './sql.ts';

export interface SummaryRow {
	[key: string]: string | number | null;
	forms: number;
	departments: number;
	adjusted: string | null;
	executed: string | null;
	/** executed / adjusted as a fraction, 4 decimals */
	rate: string | null;
	avg_score: string | null;
}

/** One row: forms, departments, Σ adjusted and executed (元), rate = Σexecuted / Σadjusted, mean total score. */
export function summaryQuery(filters: Filters): Query {
	const where = filterCondition(filters);
	return {
		sql: `SELECT count(*)::INTEGER AS forms,
			count(DISTINCT f.department)::INTEGER AS departments,
			sum(f.adjusted) AS adjusted,
			sum(f.executed) AS executed,
			${divRound('sum(f.executed)', 'sum(f.adjusted)', 4)} AS rate,
			${meanRound('f.total_score', 2)} AS avg_score
		FROM forms f WHERE ${where.sql}`,
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
		sql: `SELECT f.form_id, f.project, f.department, f.year,
			${divRound('f.executed', 'f.adjusted', 4)} AS rate
		FROM forms f WHERE ${where.sql}
		ORDER BY rate ASC NULLS LAST, f.form_id LIMIT ?`,
		params: [...where.params, limit]
	};
}
