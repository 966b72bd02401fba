/**
 * The SQL the filter state stands for. Values are bound as parameters; only our own column
 * names reach the SQL text, so every query is prepared once and a filter change binds new values.
 */
import type { Param } from '../model/values.ts';
import { LIST_SEPARATOR, type Filters } from '../model/filters.ts';
import type { Thresholds } from '../model/thresholds.ts';

/** SQL with its bound parameters, in order. */
export interface Fragment {
	sql: string;
	params: Param[];
}

/**
 * SQL CASE giving the band ('attention' | 'watch' | 'good') of a rate fraction under the
 * thresholds, which are bound (attention first, then watch): the rule of model/thresholds.ts.
 */
export function rateBandSql(rate: string, t: Thresholds): Fragment {
	return {
		sql: `CASE WHEN ${rate} IS NULL THEN NULL
		WHEN ${rate} < CAST(? AS DECIMAL(10,6)) THEN 'attention'
		WHEN ${rate} < CAST(? AS DECIMAL(10,6)) THEN 'watch' ELSE 'good' END`,
		params: [t.attention, t.watch]
	};
}

/** SQL counting the rows whose `rate` is below the watch threshold (bound). */
export function belowWatchSql(rate: string, t: Thresholds): Fragment {
	return {
		sql: `count(*) FILTER (WHERE ${rate} < CAST(? AS DECIMAL(10,6)))::INTEGER`,
		params: [t.watch]
	};
}

/**
 * `WHERE`-ready condition over `form_facts` (aliased `f`), with its parameters. Its SQL text is
 * the same whatever the filters (a filter not set is bound as '' or 'all' or NULL and passes
 * every row), so each query is prepared once and a filter change only binds new values. The
 * rate band is computed under the filters' thresholds, as the page's marks are.
 */
export function filterCondition(filters: Filters, alias = 'f'): Fragment {
	const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
	const departments = list(filters.departments);
	const grades = list(filters.grades);
	const rateBands = list(filters.rateBands);
	const inList = (column: string) =>
		`(? = '' OR list_contains(string_split(?, chr(31)), ${column}))`;
	const band = rateBandSql(`${alias}.rate`, filters.thresholds);
	return {
		sql: [
			inList(`${alias}.department`),
			`(CAST(? AS INTEGER) IS NULL OR ${alias}.year >= ?)`,
			`(CAST(? AS INTEGER) IS NULL OR ${alias}.year <= ?)`,
			`(? = 'all' OR ${alias}.kind = ?)`,
			inList(`${alias}.grade`),
			inList(`(${band.sql})`),
			`(? = 'all' OR ${alias}.origin = ?)`
		].join(' AND '),
		params: [
			departments,
			departments,
			filters.yearFrom,
			filters.yearFrom,
			filters.yearTo,
			filters.yearTo,
			filters.kind,
			filters.kind,
			grades,
			grades,
			rateBands,
			rateBands,
			...band.params,
			filters.origin,
			filters.origin
		]
	};
}
