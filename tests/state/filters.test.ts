import { describe, expect, it } from 'vitest';
import { filtersFromSearch, writeFilters } from '../../src/lib/state/filters.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';

describe('filtersFromSearch', () => {
	it('reads departments, years, grades and origin from the query string', () => {
		const f = filtersFromSearch(
			new URLSearchParams(
				'dept=上海市教育委员会&dept=上海市民政局&from=2020&to=2022&grade=优&origin=real'
			)
		);
		expect(f).toEqual({
			...NO_FILTERS,
			departments: ['上海市教育委员会', '上海市民政局'],
			yearFrom: 2020,
			yearTo: 2022,
			grades: ['优'],
			origin: 'real'
		});
	});

	it('ignores values it does not know', () => {
		const f = filtersFromSearch(new URLSearchParams('from=20x1&grade=甲&rate=bad&kind=x&origin=y'));
		expect(f).toEqual(NO_FILTERS);
	});
});

describe('writeFilters', () => {
	it('round-trips through the query string', () => {
		const f = {
			...NO_FILTERS,
			departments: ['A&B=C'],
			yearFrom: 2019,
			rateBands: ['attention' as const],
			kind: 'project' as const
		};
		expect(filtersFromSearch(writeFilters(f))).toEqual(f);
	});

	it('round-trips thresholds set by the user, as percentages', () => {
		const f = { ...NO_FILTERS, thresholds: { watch: '0.875', attention: '0.5' } };
		expect(writeFilters(f).toString()).toBe('watch=87.5&attention=50');
		expect(filtersFromSearch(writeFilters(f))).toEqual(f);
	});

	it('keeps keys that are not filters', () => {
		const search = writeFilters(NO_FILTERS, new URLSearchParams('id=7&dept=x'));
		expect(search.toString()).toBe('id=7');
	});
});

describe('filtersFromSearch, list values', () => {
	it('drops a department name holding the list separator rather than split it', () => {
		const search = new URLSearchParams();
		search.append('dept', 'a\x1fb');
		search.append('dept', 'c');
		expect(filtersFromSearch(search).departments).toEqual(['c']);
	});
});
