/**
 * The 执行与结余 page's questions: where money was left unspent (调整后预算 − 执行数), which
 * projects and departments executed least, how budgets moved during the year (年初 → 调整后),
 * and whether size goes with execution. The filters' thresholds are bound parameters, never
 * SQL text.
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { Filters } from '../model/filters.ts';
import type { RateBand as Band } from '../model/rules.ts';
import { belowWatchSql, filterCondition, rateBandSql } from './filters.ts';
import { divRound } from './sql.ts';

export interface UnderspendSummaryRow extends Row {
	forms: number;
	departments: number;
	first_year: number | null;
	last_year: number | null;
	adjusted: string | null;
	executed: string | null;
	/** Σ (adjusted − executed), 元 */
	unspent: string | null;
	/** Σ executed / Σ adjusted, fraction, 4 decimals */
	rate: string | null;
	below_watch: number;
	below_attention: number;
	/** Σ of the cuts (adjusted < initial), negative, 元 */
	cuts: string | null;
	/** Σ of the additions (adjusted > initial), 元 */
	additions: string | null;
}

/** One row over the selection: totals, the rate, and how many forms fall below each threshold. */
export function underspendSummaryQuery(filters: Filters): Query<UnderspendSummaryRow> {
	const where = filterCondition(filters);
	const t = filters.thresholds;
	return {
		sql: `SELECT count(*)::INTEGER AS forms,
			count(DISTINCT f.department)::INTEGER AS departments,
			min(f.year) AS first_year, max(f.year) AS last_year,
			sum(f.adjusted) AS adjusted, sum(f.executed) AS executed, sum(f.unspent) AS unspent,
			${divRound('sum(f.executed)', 'sum(f.adjusted)', 4)} AS rate,
			count(*) FILTER (WHERE f.rate < CAST(? AS DECIMAL(10,6)))::INTEGER AS below_watch,
			count(*) FILTER (WHERE f.rate < CAST(? AS DECIMAL(10,6)))::INTEGER AS below_attention,
			coalesce(sum(f.budget_change) FILTER (WHERE f.budget_change < 0), 0) AS cuts,
			coalesce(sum(f.budget_change) FILTER (WHERE f.budget_change > 0), 0) AS additions
		FROM form_facts f WHERE ${where.sql}`,
		params: [t.watch, t.attention, ...where.params]
	};
}

/** A project's year of execution: its budget, what it spent and left, 元 as decimal strings. */
export interface ProjectExecutionRow extends Row {
	form_id: number;
	project: string | null;
	department: string | null;
	year: number | null;
	adjusted: string | null;
	executed: string | null;
	/** adjusted − executed, 元 */
	unspent: string | null;
	/** executed / adjusted, fraction */
	rate: string | null;
}

export interface UnspentProjectRow extends ProjectExecutionRow {
	band: Band | null;
}

const ORDERS = {
	unspent: 'f.unspent DESC NULLS LAST, f.form_id',
	rate: 'f.rate ASC NULLS LAST, f.unspent DESC NULLS LAST, f.form_id'
} as const;

/**
 * Projects ranked by unspent amount (largest first) or by execution rate (lowest first), with
 * each rate's band under the thresholds. Forms without an adjusted budget are left out.
 */
export function unspentProjectsQuery(
	filters: Filters,
	order: keyof typeof ORDERS,
	limit = 20
): Query<UnspentProjectRow> {
	const where = filterCondition(filters);
	const band = rateBandSql('f.rate', filters.thresholds);
	return {
		sql: `SELECT f.form_id, f.project, f.department, f.year, f.adjusted, f.executed, f.unspent,
			f.rate, ${band.sql} AS band
		FROM form_facts f WHERE ${where.sql} AND f.adjusted IS NOT NULL AND f.executed IS NOT NULL
		ORDER BY ${ORDERS[order]} LIMIT ?`,
		params: [...band.params, ...where.params, limit]
	};
}

export interface UnspentDepartmentRow extends Row {
	department: string;
	forms: number;
	adjusted: string | null;
	executed: string | null;
	unspent: string | null;
	rate: string | null;
	band: Band | null;
	below_watch: number;
}

/** Departments by Σ unspent (largest first), with Σ executed / Σ adjusted and its band. */
export function unspentDepartmentsQuery(filters: Filters, limit = 30): Query<UnspentDepartmentRow> {
	const where = filterCondition(filters);
	const rate = divRound('sum(f.executed)', 'sum(f.adjusted)', 4);
	const band = rateBandSql(rate, filters.thresholds);
	const below = belowWatchSql('f.rate', filters.thresholds);
	return {
		sql: `SELECT f.department, count(*)::INTEGER AS forms,
			sum(f.adjusted) AS adjusted, sum(f.executed) AS executed, sum(f.unspent) AS unspent,
			${rate} AS rate, ${band.sql} AS band, ${below.sql} AS below_watch
		FROM form_facts f WHERE ${where.sql} AND f.department IS NOT NULL
		GROUP BY f.department ORDER BY unspent DESC NULLS LAST, f.department LIMIT ?`,
		params: [...band.params, ...below.params, ...where.params, limit]
	};
}

export interface BudgetChangeRow extends Row {
	form_id: number;
	project: string | null;
	department: string | null;
	year: number | null;
	initial: string | null;
	adjusted: string | null;
	/** adjusted − initial, 元 (negative for a cut) */
	budget_change: string | null;
	/** budget_change / initial, fraction; null when the year started at 0 */
	change_rate: string | null;
}

/** The largest mid-year cuts (most negative first) or additions (largest first). */
export function budgetChangesQuery(
	filters: Filters,
	direction: 'cut' | 'add',
	limit = 10
): Query<BudgetChangeRow> {
	const where = filterCondition(filters);
	const sign = direction === 'cut' ? 'f.budget_change < 0' : 'f.budget_change > 0';
	const order = direction === 'cut' ? 'f.budget_change ASC' : 'f.budget_change DESC';
	return {
		sql: `SELECT f.form_id, f.project, f.department, f.year, f.initial, f.adjusted, f.budget_change,
			${divRound('f.budget_change', 'f.initial', 4)} AS change_rate
		FROM form_facts f WHERE ${where.sql} AND ${sign}
		ORDER BY ${order}, f.form_id LIMIT ?`,
		params: [...where.params, limit]
	};
}

export interface BudgetRatePointRow extends Row {
	form_id: number;
	project: string | null;
	department: string | null;
	year: number | null;
	adjusted: string;
	rate: string;
	band: Band;
}

/** Every form with a positive adjusted budget and a rate: size against execution. */
export function budgetRatePointsQuery(filters: Filters): Query<BudgetRatePointRow> {
	const where = filterCondition(filters);
	const band = rateBandSql('f.rate', filters.thresholds);
	return {
		sql: `SELECT f.form_id, f.project, f.department, f.year, f.adjusted, f.rate,
			${band.sql} AS band
		FROM form_facts f WHERE ${where.sql} AND f.adjusted > 0 AND f.rate IS NOT NULL
		ORDER BY f.form_id`,
		params: [...band.params, ...where.params]
	};
}
