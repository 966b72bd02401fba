/** The 指标分析 view on a real DuckDB: its cards and lists, and clicks that filter. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { indicatorsQueries, indicatorsView } from '../../src/lib/views/indicators.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { seedAndCorpus } from '../helpers/expected-facts.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

let data: TestDataset;
const viewOf = async (filters: Filters, nav = recordingNav()) =>
	indicatorsView(filters, await runQueries(data.db, indicatorsQueries(filters)), nav);

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
});
afterAll(() => data?.close());

describe('indicatorsView', () => {
	it('puts the summary figures on the cards', async () => {
		const [summary] = await data.db.query(indicatorsQueries(NO_FILTERS).summary);
		const view = await viewOf(NO_FILTERS);
		expect(view.status).toEqual({ kind: 'ready' });
		expect(view.kpis.find((c) => c.label === '失分指标')?.value).toBe(
			summary!.lost.toLocaleString('en-US')
		);
		expect(view.period).toMatch(/^2021–2023年度，\d+ 个项目的绩效指标/);
	});

	it('says how much of a long list it shows', async () => {
		const view = await viewOf(NO_FILTERS);
		const captions = view.sections.flatMap((s) => (s.kind === 'table' ? [s.caption] : []));
		const [summary] = await data.db.query(indicatorsQueries(NO_FILTERS).summary);
		// 500 rows at most are listed: the corpus has more weak indicators than that, or not
		const shown = Math.min(500, summary!.weak);
		const more = shown < summary!.weak ? `，列出前 ${shown} 项` : '';
		expect(captions[1]).toBe(
			`失分或未达年度指标值的指标（共 ${summary!.weak} 项，按失分排序${more}）`
		);
	});

	it('filters to the department of a bar or a heatmap cell', async () => {
		const nav = recordingNav();
		const view = await viewOf(NO_FILTERS, nav);
		const charts = view.sections.filter((s) => s.kind === 'chart');
		const select = (i: number, data: unknown) => {
			const chart = charts[i]!;
			if (chart.kind === 'chart') chart.onselect!(data);
		};
		select(1, { key: '甲局' });
		select(3, { department: '乙委' });
		expect(nav.applied.map((a) => a.filters.departments)).toEqual([['甲局'], ['乙委']]);
	});

	it('is empty when the filters leave no indicator', async () => {
		const view = await viewOf({ ...NO_FILTERS, yearFrom: 2030 });
		expect(view.status).toEqual({ kind: 'empty' });
	});
});
