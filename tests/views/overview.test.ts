/**
 * The overview's view on a real DuckDB over the seed and a generated corpus: the page's own
 * queries run as the browser runs them, and the view turns their rows into what the page shows.
 */
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS, warmUpFilters, type Filters } from '../../src/lib/model/filters.ts';
import {
	overviewQueries,
	overviewView,
	type OverviewResults
} from '../../src/lib/views/overview.ts';
import { datasetOf, parseFiles, SEED_FILE, type TestDataset } from '../helpers/dataset.ts';
import { formFacts, seedAndCorpus, type FormFact } from '../helpers/expected-facts.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

let data: TestDataset;
let facts: FormFact[];
const results = (filters: Filters): Promise<OverviewResults> =>
	runQueries(data.db, overviewQueries(filters));

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	facts = formFacts(data.records);
});
afterAll(() => data?.close());

describe('overviewView', () => {
	it('is ready, with the latest year against the year before', async () => {
		const view = overviewView(NO_FILTERS, await results(NO_FILTERS), recordingNav());
		expect(view.status).toEqual({ kind: 'ready' });
		expect(view.kpis.period).toBe('2023年度，与2022年度相比');
		expect(view.kpis.cards.map((c) => c.label)).toEqual([
			'项目数',
			'部门数',
			'调整后预算',
			'执行数',
			'预算执行率',
			'平均总分',
			'执行率低于90%的项目',
			'失分指标'
		]);
	});

	it('counts the forms below the watch threshold in force, and names it', async () => {
		const t = { watch: '0.8', attention: '0.5' };
		const filters = { ...NO_FILTERS, thresholds: t };
		const view = overviewView(filters, await results(filters), recordingNav());
		const card = view.kpis.cards.find((c) => c.label === '执行率低于80%的项目');
		const expected = facts.filter((f) => f.year === 2023 && f.rate?.lt(new Decimal('0.8')));
		expect(card?.value).toBe(String(expected.length));
		expect(view.charts[1]!.note).toContain('红色 ▲ 低于50%，橙色 ● 低于80%');
	});

	it('names one year once: 2021年度, not 2021–2021年度', async () => {
		const filters = { ...NO_FILTERS, yearFrom: 2021, yearTo: 2021 };
		const view = overviewView(filters, await results(filters), recordingNav());
		expect(view.charts[0]!.title).toBe('各部门预算执行率（2021年度）');
		expect(view.kpis.period).toBe('2021年度');
	});

	it('opens the department of a heatmap cell and the form of a bar', async () => {
		const nav = recordingNav();
		const view = overviewView(NO_FILTERS, await results(NO_FILTERS), nav);
		view.charts[0]!.onselect!({ department: '甲局' });
		view.charts[1]!.onselect!({ formId: 12 });
		view.charts[1]!.onselect!(undefined);
		expect(nav.opened).toEqual([
			{ route: '/department/', params: { d: '甲局' } },
			{ route: '/project/', params: { id: '12' } }
		]);
	});

	it('says loading until the yearly figures arrive, and empty when there are none', async () => {
		const loaded = await results(NO_FILTERS);
		const waiting = { ...loaded, loading: true, rows: { ...loaded.rows, years: [] } };
		expect(overviewView(NO_FILTERS, waiting, recordingNav()).status).toEqual({ kind: 'loading' });
		const none = { ...NO_FILTERS, departments: ['没有这个部门'] };
		expect(overviewView(none, await results(none), recordingNav()).status).toEqual({
			kind: 'empty'
		});
	});

	it('counts the real forms for the dataset note', async () => {
		const view = overviewView(NO_FILTERS, await results(NO_FILTERS), recordingNav());
		expect(view.origins).toEqual({ real: 2, demo: facts.length - 2, uploaded: 0 });
	});
});

describe('warmUpFilters', () => {
	it('gives selections under which every overview query still finds rows', async () => {
		for (const sample of warmUpFilters(NO_FILTERS)) {
			const { rows } = await results(sample);
			expect(Object.values(rows).every((r) => r.length > 0)).toBe(true);
		}
	});

	it('sets each part of the filter condition in some sample', () => {
		const samples = warmUpFilters(NO_FILTERS);
		expect(samples.some((f) => f.grades.length > 0)).toBe(true);
		expect(samples.some((f) => f.rateBands.length > 0)).toBe(true);
		expect(samples.some((f) => f.yearFrom !== null && f.yearTo !== null)).toBe(true);
		expect(samples.some((f) => f.kind !== 'all')).toBe(true);
	});

	it('builds the same overview after a warm-up as without one (no state is left behind)', async () => {
		const before = await results(NO_FILTERS);
		for (const sample of warmUpFilters(NO_FILTERS)) await results(sample);
		expect((await results(NO_FILTERS)).rows).toEqual(before.rows);
	});
});

describe('overviewView on the seed alone', () => {
	it('shows one year without a comparison', async () => {
		const seed = await datasetOf(parseFiles([{ path: SEED_FILE }]));
		try {
			const r = await runQueries(seed.db, overviewQueries(NO_FILTERS));
			const view = overviewView(NO_FILTERS, r, recordingNav());
			expect(view.kpis.period).toBe('2021年度');
			expect(view.kpis.cards.every((c) => c.change === null)).toBe(true);
		} finally {
			await seed.close();
		}
	});
});
