/**
 * What the 对比 page compares, kept in the URL beside the filters:
 * `cmp=department|project|indicator`, `m=adjusted,rate,…` (the measures, in page order),
 * `ya` and `yb` (the two years; the change is yb − ya). Unknown values fall back to defaults.
 */
import {
	DEFAULT_MEASURES,
	measuresFor,
	type CompareBy,
	type CompareSelection
} from '../model/compare.ts';

const isBy = (v: string | null): v is CompareBy =>
	v === 'department' || v === 'project' || v === 'indicator';

/**
 * The selection from a query string, given the years the filters leave (ascending). Years not
 * among them are replaced: A by the second-latest year, B by the latest. Null with no years.
 * Without a query string (null: prerendering) it is the bare URL's default selection, so the
 * built page holds the default comparison.
 */
export function selectionFromSearch(
	params: URLSearchParams | null,
	years: readonly number[]
): CompareSelection | null {
	if (years.length === 0) return null;
	const search = params ?? new URLSearchParams();
	const by = isBy(search.get('cmp')) ? (search.get('cmp') as CompareBy) : 'department';
	const offered = measuresFor(by).map((m) => m.id);
	const asked = (search.get('m') ?? '').split(',');
	const measures = offered.filter((id) => asked.includes(id));
	const year = (key: string, fallback: number) => {
		const v = Number(search.get(key));
		return years.includes(v) ? v : fallback;
	};
	const latest = years.at(-1)!;
	return {
		by,
		measures: measures.length ? measures : DEFAULT_MEASURES[by],
		yearA: year('ya', years.at(-2) ?? latest),
		yearB: year('yb', latest)
	};
}

/** The URL parameters of a selection, for `applyFilters(filters, extra)`. */
export function selectionParams(selection: CompareSelection): Record<string, string> {
	return {
		cmp: selection.by,
		m: selection.measures.join(','),
		ya: String(selection.yearA),
		yb: String(selection.yearB)
	};
}

/** The years the filters' range leaves among the dataset's years. */
export function yearsInRange(
	years: readonly number[],
	range: { yearFrom: number | null; yearTo: number | null }
): number[] {
	const { yearFrom: from, yearTo: to } = range;
	return years.filter((y) => (from === null || y >= from) && (to === null || y <= to));
}
