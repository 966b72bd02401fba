/**
 * The filter state shared by every page, as a plain value: which departments, years, kinds,
 * grades, rate bands and origins the pages show, and the thresholds that draw the rate bands. Its URL encoding is state/filters.ts; the SQL
 * condition it stands for is queries/filters.ts.
 */
import type { Grade, RateBand } from './rules.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.ts';

export type OriginFilter = 'all' | 'real' | 'demo' | 'uploaded';
export type KindFilter = 'all' | 'project' | 'department';

export interface Filters {
	departments: string[];
	yearFrom: number | null;
	yearTo: number | null;
	kind: KindFilter;
	grades: Grade[];
	rateBands: RateBand[];
	origin: OriginFilter;
	/** what the rate bands mean, here and in every mark of the pages */
	thresholds: Thresholds;
}

export const NO_FILTERS: Filters = {
	departments: [],
	yearFrom: null,
	yearTo: null,
	kind: 'all',
	grades: [],
	rateBands: [],
	origin: 'all',
	thresholds: DEFAULT_THRESHOLDS
};

/**
 * Separates the values of a list filter inside its one bound parameter (queries/filters.ts):
 * a value holding it could not be told apart, so the URL reader drops such values.
 */
export const LIST_SEPARATOR = '\x1f';

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

/**
 * Sample selections using each part of the filter condition (queries/filters.ts), from
 * `filters`, with values that keep most rows: state/warm-up.ts runs the page's queries under
 * them once the page is live, so that DuckDB's code for them is compiled before the user's
 * first filter change (the code runs per row: a sample keeping none would warm little).
 */
export function warmUpFilters(filters: Filters): Filters[] {
	return [
		{ ...filters, grades: ['优', '良', '中'] },
		{ ...filters, rateBands: ['good', 'watch'] },
		{ ...filters, yearFrom: 1900, yearTo: 2999, kind: 'project' },
		{ ...filters, grades: ['良', '中', '差'], rateBands: ['good'] }
	];
}
