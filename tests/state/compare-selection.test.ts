import { describe, expect, it } from 'vitest';
import {
	selectionFromSearch,
	selectionParams,
	yearsInRange
} from '../../src/lib/state/compare-selection.ts';

const YEARS = [2019, 2020, 2021, 2022, 2023];
const read = (query: string, years = YEARS) =>
	selectionFromSearch(new URLSearchParams(query), years);

describe('selectionFromSearch', () => {
	it('compares departments in the last two years by budget, rate and score by default', () => {
		expect(read('')).toEqual({
			by: 'department',
			measures: ['adjusted', 'rate', 'total_score'],
			yearA: 2022,
			yearB: 2023
		});
	});

	it('reads the comparison, the measures in page order and the two years', () => {
		expect(read('cmp=project&m=rate,adjusted,grade&ya=2019&yb=2021')).toEqual({
			by: 'project',
			measures: ['adjusted', 'rate', 'grade'],
			yearA: 2019,
			yearB: 2021
		});
	});

	it('drops measures that do not apply to indicators', () => {
		expect(read('cmp=indicator&m=adjusted,points_lost')?.measures).toEqual(['points_lost']);
	});

	it('replaces a year the filters leave out', () => {
		expect(read('ya=2018&yb=2030', [2021, 2022])).toMatchObject({ yearA: 2021, yearB: 2022 });
	});

	it('compares a single year with itself', () => {
		expect(read('', [2021])).toMatchObject({ yearA: 2021, yearB: 2021 });
	});

	it('gives nothing to compare when no year is left', () => {
		expect(read('', [])).toBeNull();
	});
});

describe('selectionParams', () => {
	it('round-trips through the URL', () => {
		const selection = read('cmp=indicator&m=uses,missed&ya=2020&yb=2023')!;
		expect(read(new URLSearchParams(selectionParams(selection)).toString())).toEqual(selection);
	});
});

describe('yearsInRange', () => {
	it('keeps the years within the filter range', () => {
		expect(yearsInRange(YEARS, { yearFrom: 2020, yearTo: 2022 })).toEqual([2020, 2021, 2022]);
	});
});
