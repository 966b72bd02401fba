/** The 对比 view on a real DuckDB: summary figures and marks under the thresholds in force. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareSelection } from '../../src/lib/model/compare.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { rateBandOf } from '../../src/lib/model/thresholds.ts';
import { compareQueries, compareView } from '../../src/lib/views/compare.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { seedAndCorpus } from '../helpers/expected-facts.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

let data: TestDataset;
const SELECTION: CompareSelection = {
	by: 'department',
	measures: ['adjusted', 'rate'],
	yearA: 2022,
	yearB: 2023
};
const YEARS = { loading: false, error: null, count: 3 };
const viewOf = async (filters: Filters, selection: CompareSelection | null = SELECTION) =>
	compareView(
		filters,
		selection,
		YEARS,
		await runQueries(data.db, compareQueries(filters, selection)),
		recordingNav(filters)
	);

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
});
afterAll(() => data?.close());

describe('compareView', () => {
	it('sums the adjusted budgets of year B and says how they moved from A', async () => {
		const view = await viewOf(NO_FILTERS);
		expect(view.status).toEqual({ kind: 'ready' });
		expect(view.tableStatus).toEqual({ kind: 'ready' });
		const adjusted = view.figures.find((f) => f.id === 'adjusted')!;
		expect(adjusted.label).toBe('调整后预算合计');
		expect(adjusted.change?.text).toMatch(/^[+−±]/);
	});

	it('counts the departments below each threshold in force, and says which', async () => {
		const t = { watch: '0.95', attention: '0.85' };
		const filters = { ...NO_FILTERS, thresholds: t };
		const view = await viewOf(filters);
		const rows = await data.db.query(compareQueries(filters, SELECTION).rows!);
		const bands = rows.map((r) => rateBandOf(r.rate_b ?? null, t));
		expect(view.below).toEqual({
			attention: bands.filter((b) => b === 'attention').length,
			watch: bands.filter((b) => b === 'watch').length,
			of: bands.filter((b) => b !== null).length,
			legend: '▲ 低于85%，● 85%–95%'
		});
		expect([view.watch, view.attention]).toEqual(['95%', '85%']);
	});

	it('hands the table its notes to print in its foot, naming the thresholds in force', async () => {
		const view = await viewOf({ ...NO_FILTERS, thresholds: { watch: '0.95', attention: '0.85' } });
		const section = view.sections[0]!;
		if (section.kind !== 'table') throw new Error('no table');
		expect(section.notes).toEqual(view.notes);
		expect(view.notes).toHaveLength(4);
		expect(view.notes[1]).toContain('▲ 低于85%需关注，● 85%–95%需留意');
	});

	it('says so when the years leave nothing to compare', async () => {
		const view = await viewOf(NO_FILTERS, null);
		expect(view.status).toEqual({ kind: 'empty', message: '所选年度范围内没有数据。' });
	});

	it('links a department to its page, with the filters', async () => {
		const view = await viewOf({ ...NO_FILTERS, origin: 'demo' });
		const table = view.sections[0]!;
		if (table.kind !== 'table') throw new Error('no table');
		const row = table.rows[0]!;
		expect(table.columns[0]!.href!(row)).toBe(
			`/department/?origin=demo&d=${encodeURIComponent(String(row.name))}`
		);
	});
});
