import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { filterCondition } from '../../src/lib/queries/filters.ts';

describe('filterCondition', () => {
	it('has one SQL text whatever the filters, so each query is prepared once', () => {
		const some: Filters = {
			departments: ['a', 'b'],
			yearFrom: 2020,
			yearTo: 2022,
			kind: 'project',
			grades: ['优', '良'],
			rateBands: ['attention'],
			origin: 'real',
			thresholds: { watch: '0.8', attention: '0.5' }
		};
		expect(filterCondition(some).sql).toBe(filterCondition(NO_FILTERS).sql);
		expect(filterCondition(some, 'x').sql).toContain('x.department');
		expect(filterCondition(some).params).toContain('0.8');
	});

	it('binds every user value as a parameter', () => {
		const evil = "x' OR 1=1 --";
		const { sql, params } = filterCondition({ ...NO_FILTERS, departments: [evil], yearTo: 2021 });
		expect(sql).not.toContain(evil);
		expect(params).toEqual([
			evil,
			evil,
			null,
			null,
			2021,
			2021,
			'all',
			'all',
			'',
			'',
			'',
			'',
			'0.6',
			'0.9',
			'all',
			'all'
		]);
	});
});
