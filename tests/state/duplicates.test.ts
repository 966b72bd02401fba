/**
 * findDuplicates, as the 导入 page runs it before keeping: the held forms of the same department,
 * project and year, with what differs field by field. On a real DuckDB over a generated dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/lib/state/duplicates.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { datasetOf, smallCorpus, type TestDataset } from '../helpers/dataset.ts';

const corpus = smallCorpus();
const held = corpus[0]!;
let dataset: TestDataset;
beforeAll(async () => {
	dataset = await datasetOf(corpus.map((record) => ({ record, origin: 'demo' })));
}, 120_000);
afterAll(() => dataset?.close());

describe('findDuplicates', () => {
	it('finds the held form of the same department, project and year, with no field differing', async () => {
		const found = await findDuplicates(dataset.db, {
			...held,
			source: { ...held.source, file: 'new.pdf', index: 0 }
		});
		expect(found).toEqual([
			{ file: held.source.file, index: held.source.index, origin: 'demo', differences: [] }
		]);
	});

	it('lists each field that differs, the held and the new value as shown', async () => {
		const [first, ...rest] = held.indicators;
		const changed: FormRecord = {
			...held,
			total_score: '12.5',
			indicators: [{ ...first!, actual: '完成一半' }, ...rest]
		};
		const [duplicate] = await findDuplicates(dataset.db, changed);
		expect(duplicate!.differences.map((d) => [d.field, d.incoming])).toEqual([
			['总得分', '12.5'],
			[`指标 1 ${first!.name} 实际完成值`, '完成一半']
		]);
		expect(Number(duplicate!.differences[0]!.held)).toBe(Number(held.total_score));
		expect(duplicate!.differences[1]!.held).toBe(first!.actual);
	});

	it('finds none for another year', async () => {
		expect(await findDuplicates(dataset.db, { ...held, year: 1999 })).toEqual([]);
	});
});
