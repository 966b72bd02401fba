import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	projectRatesQuery,
	summaryQuery,
	type SummaryRow
} from '../../src/lib/queries/overview.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { datasetOf, parseFiles, SEED_FILE, type TestDataset } from '../helpers/dataset.ts';

let data: TestDataset;
let summary: SummaryRow;

const totalFunds = (field: 'adjusted' | 'executed') =>
	data.records.reduce(
		(sum, r) => sum.plus(r.funds.find((f) => f.source === 'total')?.[field] ?? 0),
		new Decimal(0)
	);

beforeAll(async () => {
	data = await datasetOf(parseFiles([{ path: SEED_FILE }]));
	[summary] = (await data.db.query<SummaryRow>(summaryQuery(NO_FILTERS))) as [SummaryRow];
});
afterAll(() => data?.close());

describe('summaryQuery on the seed', () => {
	it('counts the two forms', () => {
		expect(summary.forms).toBe(2);
	});

	it('sums the adjusted budgets exactly in 元', () => {
		expect(new Decimal(summary.adjusted!).eq(totalFunds('adjusted'))).toBe(true);
		expect(new Decimal(summary.adjusted!).toFixed(2)).toBe('26845000.00');
	});

	it('sums the executed amounts exactly in 元', () => {
		expect(new Decimal(summary.executed!).eq(totalFunds('executed'))).toBe(true);
	});

	it('divides executed by adjusted to a 4-place fraction, half up', () => {
		const expected = totalFunds('executed').div(totalFunds('adjusted')).toDecimalPlaces(4);
		expect(summary.rate).toBe(expected.toFixed(4));
		expect(summary.rate).toBe('0.3591');
	});

	it('averages 91.3 and 94.61 to 92.96, not the float 92.95', () => {
		const mean = data.records
			.reduce((s, r) => s.plus(r.total_score!), new Decimal(0))
			.div(data.records.length)
			.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
		expect(summary.avg_score).toBe(mean.toFixed(2));
		expect(summary.avg_score).toBe('92.96');
	});
});

describe('projectRatesQuery on the seed', () => {
	it('lists each project with executed / adjusted, lowest first', async () => {
		const rows = await data.db.query(projectRatesQuery(NO_FILTERS));
		const expected = data.records
			.map((r) => {
				const t = r.funds.find((f) => f.source === 'total')!;
				return {
					project: r.project,
					rate: new Decimal(t.executed!).div(t.adjusted!).toDecimalPlaces(4).toFixed(4)
				};
			})
			.sort((a, b) => Number(a.rate) - Number(b.rate));
		expect(rows.map((r) => ({ project: r.project, rate: r.rate }))).toEqual(expected);
	});

	it('binds the department filter as a parameter', async () => {
		const rows = await data.db.query(
			projectRatesQuery({ ...NO_FILTERS, departments: ["x' OR '1'='1"] })
		);
		expect(rows).toEqual([]);
	});
});
