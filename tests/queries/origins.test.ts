/** originCountsQuery on a real DuckDB: real and generated forms counted as the records say. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originCountsQuery, type OriginCountsRow } from '../../src/lib/queries/origins.ts';
import { forDepartment, NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import type { InputForm } from '../../src/lib/dataset/rows.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { seedAndCorpus } from '../helpers/expected-facts.ts';

let data: TestDataset;
let forms: InputForm[];

beforeAll(async () => {
	forms = seedAndCorpus();
	data = await datasetOf(forms);
});
afterAll(() => data?.close());

async function counts(filters: Filters) {
	const [row] = await data.db.query<OriginCountsRow>(originCountsQuery(filters));
	return row;
}

const expected = (keep: (f: InputForm) => boolean) => ({
	real: forms.filter((f) => keep(f) && f.origin === 'real').length,
	demo: forms.filter((f) => keep(f) && f.origin === 'demo').length,
	uploaded: forms.filter((f) => keep(f) && f.origin === 'uploaded').length
});

describe('originCountsQuery', () => {
	it('counts the seed’s 2 real forms and every generated one', async () => {
		expect(await counts(NO_FILTERS)).toEqual(expected(() => true));
		expect((await counts(NO_FILTERS))!.real).toBe(2);
	});

	it('counts within the filters', async () => {
		expect(await counts({ ...NO_FILTERS, yearFrom: 2022 })).toEqual(
			expected((f) => (f.record.year ?? 0) >= 2022)
		);
		expect(await counts({ ...NO_FILTERS, origin: 'demo' })).toEqual({
			real: 0,
			demo: forms.filter((f) => f.origin === 'demo').length,
			uploaded: 0
		});
	});

	it('counts one department’s forms in place of those chosen in the bar', async () => {
		const seedDepartment = forms.find((f) => f.origin === 'real')!.record.department!;
		const demoDepartment = forms.find((f) => f.origin === 'demo')!.record.department!;
		const chosen = { ...NO_FILTERS, departments: [seedDepartment] };
		expect(await counts(forDepartment(chosen, demoDepartment))).toEqual(
			expected((f) => f.record.department === demoDepartment)
		);
		expect(await counts(forDepartment(chosen, null))).toEqual(
			expected((f) => f.record.department === seedDepartment)
		);
	});
});
