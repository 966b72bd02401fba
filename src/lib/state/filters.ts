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
		departments: search.getAll('dept').filter((d) => d.length > 0),
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

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** `WHERE`-ready condition over `form_facts` (aliased `f`), with its parameters. */
export function filterCondition(filters: Filters, alias = 'f'): { sql: string; params: Param[] } {
	const parts: string[] = [];
	const params: Param[] = [];
	const add = (sql: string, ...values: Param[]) => {
		parts.push(sql);
		params.push(...values);
	};
	if (filters.departments.length) {
		add(
			`${alias}.department IN (${placeholders(filters.departments.length)})`,
			...filters.departments
		);
	}
	if (filters.yearFrom !== null) add(`${alias}.year >= ?`, filters.yearFrom);
	if (filters.yearTo !== null) add(`${alias}.year <= ?`, filters.yearTo);
	if (filters.kind !== 'all') add(`${alias}.kind = ?`, filters.kind);
	if (filters.grades.length) {
		add(`${alias}.grade IN (${placeholders(filters.grades.length)})`, ...filters.grades);
	}
	if (filters.rateBands.length) {
		add(`${alias}.rate_band IN (${placeholders(filters.rateBands.length)})`, ...filters.rateBands);
	}
	if (filters.origin !== 'all') add(`${alias}.origin = ?`, filters.origin);
	return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/** The same filters without the year range: for year-over-year comparisons. */
export function withoutYears(filters: Filters): Filters {
	return { ...filters, yearFrom: null, yearTo: null };
}
