/**
 * The filter state shared by every page, and the SQL condition it stands for.
 * Values are bound as parameters; only our own column names reach the SQL text.
 */
import type { Param } from '../db/database.ts';

export type OriginFilter = 'all' | 'real' | 'demo';

export interface Filters {
	departments: string[];
	yearFrom: number | null;
	yearTo: number | null;
	kind: 'all' | 'project' | 'department';
	origin: OriginFilter;
}

export const NO_FILTERS: Filters = {
	departments: [],
	yearFrom: null,
	yearTo: null,
	kind: 'all',
	origin: 'all'
};

/** `WHERE`-ready condition over the forms table (aliased `f`), with its parameters. */
export function filterCondition(filters: Filters, alias = 'f'): { sql: string; params: Param[] } {
	const parts: string[] = [];
	const params: Param[] = [];
	if (filters.departments.length) {
		parts.push(`${alias}.department IN (${filters.departments.map(() => '?').join(', ')})`);
		params.push(...filters.departments);
	}
	if (filters.yearFrom !== null) {
		parts.push(`${alias}.year >= ?`);
		params.push(filters.yearFrom);
	}
	if (filters.yearTo !== null) {
		parts.push(`${alias}.year <= ?`);
		params.push(filters.yearTo);
	}
	if (filters.kind !== 'all') {
		parts.push(`${alias}.kind = ?`);
		params.push(filters.kind);
	}
	if (filters.origin !== 'all') {
		parts.push(`${alias}.origin = ?`);
		params.push(filters.origin);
	}
	return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}
