/**
 * The filter state shared by every page, its URL encoding, and the SQL condition it stands
 * for. Values are bound as parameters; only our own column names reach the SQL text.
 */
import type { Param } from '../db/database.ts';
import { GRADES, type Grade, type RateBand } from '../model/rules.ts';

export type OriginFilter = 'all' | 'real' | 'demo';
export type KindFilter = 'all' | 'project' | 'department';

export interface Filters {
	departments: string[];
	yearFrom: number | null;
	yearTo: number | null;
	kind: KindFilter;
	grades: Grade[];
	rateBands: RateBand[];
	origin: OriginFilter;
}

export const NO_FILTERS: Filters = {
	departments: [],
	yearFrom: null,
	yearTo: null,
	kind: 'all',
	grades: [],
	rateBands: [],
	origin: 'all'
};

const RATE_BANDS: readonly RateBand[] = ['attention', 'watch', 'good'];

const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : null);

/** Reads filters from a query string; unknown values are ignored, never trusted. */
export function filtersFromSearch(search: URLSearchParams): Filters {
	const kind = search.get('kind');
	const origin = search.get('origin');
	return {
		// the separator cannot be part of a name: it would split it (filterCondition)
		departments: search.getAll('dept').filter((d) => d.length > 0 && !d.includes(LIST_SEPARATOR)),
		yearFrom: year(search.get('from')),
		yearTo: year(search.get('to')),
		kind: kind === 'project' || kind === 'department' ? kind : 'all',
		grades: search.getAll('grade').filter((g): g is Grade => GRADES.includes(g as Grade)),
		rateBands: search
			.getAll('rate')
			.filter((b): b is RateBand => RATE_BANDS.includes(b as RateBand)),
		origin: origin === 'real' || origin === 'demo' ? origin : 'all'
	};
}

/** Writes filters into `search` (keeping its other keys); defaults are left out. */
export function writeFilters(filters: Filters, search = new URLSearchParams()): URLSearchParams {
	for (const key of ['dept', 'from', 'to', 'kind', 'grade', 'rate', 'origin']) search.delete(key);
	for (const d of filters.departments) search.append('dept', d);
	if (filters.yearFrom !== null) search.set('from', String(filters.yearFrom));
	if (filters.yearTo !== null) search.set('to', String(filters.yearTo));
	if (filters.kind !== 'all') search.set('kind', filters.kind);
	for (const g of filters.grades) search.append('grade', g);
	for (const b of filters.rateBands) search.append('rate', b);
	if (filters.origin !== 'all') search.set('origin', filters.origin);
	return search;
}

/** Separates the values of a list filter inside its one bound parameter (see filterCondition). */
const LIST_SEPARATOR = '\x1f';

/**
 * `WHERE`-ready condition over `form_facts` (aliased `f`), with its parameters. Its SQL text is
 * the same whatever the filters (a filter not set is bound as '' or 'all' or NULL and passes
 * every row), so each query is prepared once and a filter change only binds new values.
 */
export function filterCondition(filters: Filters, alias = 'f'): { sql: string; params: Param[] } {
	const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
	const departments = list(filters.departments);
	const grades = list(filters.grades);
	const rateBands = list(filters.rateBands);
	const inList = (column: string) =>
		`(? = '' OR list_contains(string_split(?, chr(31)), ${alias}.${column}))`;
	return {
		sql: [
			inList('department'),
			`(CAST(? AS INTEGER) IS NULL OR ${alias}.year >= ?)`,
			`(CAST(? AS INTEGER) IS NULL OR ${alias}.year <= ?)`,
			`(? = 'all' OR ${alias}.kind = ?)`,
			inList('grade'),
			inList('rate_band'),
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
			filters.origin,
			filters.origin
		]
	};
}

/**
 * The filters of a page about one department: that department in place of any chosen in the
 * bar; without one, the filters as they are.
 */
export function forDepartment(filters: Filters, department: string | null): Filters {
	return department === null ? filters : { ...filters, departments: [department] };
}

/** The same filters without the year range: for year-over-year comparisons. */
export function withoutYears(filters: Filters): Filters {
	return { ...filters, yearFrom: null, yearTo: null };
}
