/**
 * The filters' URL encoding: `dept`, `from`, `to`, `kind`, `grade`, `rate`, `origin`, and the
 * thresholds as percentages (`watch`, `attention`). Values
 * read from a URL are checked, never trusted; the value type itself is model/filters.ts.
 */
import { LIST_SEPARATOR, type Filters } from '../model/filters.ts';
import { GRADES, RATE_BANDS, type Grade, type RateBand } from '../model/rules.ts';
import { thresholdParams, thresholdsFromParams } from './thresholds.ts';

const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : null);

/** Reads filters from a query string; unknown values are ignored, never trusted. */
export function filtersFromSearch(search: URLSearchParams): Filters {
	const kind = search.get('kind');
	const origin = search.get('origin');
	return {
		// the separator cannot be part of a name: it would split it (queries/filters.ts)
		departments: search.getAll('dept').filter((d) => d.length > 0 && !d.includes(LIST_SEPARATOR)),
		yearFrom: year(search.get('from')),
		yearTo: year(search.get('to')),
		kind: kind === 'project' || kind === 'department' ? kind : 'all',
		grades: search.getAll('grade').filter((g): g is Grade => GRADES.includes(g as Grade)),
		rateBands: search
			.getAll('rate')
			.filter((b): b is RateBand => RATE_BANDS.includes(b as RateBand)),
		origin: origin === 'real' || origin === 'demo' || origin === 'uploaded' ? origin : 'all',
		thresholds: thresholdsFromParams(search.get('watch'), search.get('attention'))
	};
}

/** Writes filters into `search` (keeping its other keys); defaults are left out. */
export function writeFilters(filters: Filters, search = new URLSearchParams()): URLSearchParams {
	const keys = ['dept', 'from', 'to', 'kind', 'grade', 'rate', 'origin', 'watch', 'attention'];
	for (const key of keys) search.delete(key);
	for (const d of filters.departments) search.append('dept', d);
	if (filters.yearFrom !== null) search.set('from', String(filters.yearFrom));
	if (filters.yearTo !== null) search.set('to', String(filters.yearTo));
	if (filters.kind !== 'all') search.set('kind', filters.kind);
	for (const g of filters.grades) search.append('grade', g);
	for (const b of filters.rateBands) search.append('rate', b);
	if (filters.origin !== 'all') search.set('origin', filters.origin);
	const { watch, attention } = thresholdParams(filters.thresholds);
	if (watch !== null) search.set('watch', watch);
	if (attention !== null) search.set('attention', attention);
	return search;
}
