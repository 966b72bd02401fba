/** The 执行与结余 view on a real DuckDB: its cards, charts and tables follow the thresholds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { underspendingQueries, underspendingView } from '../../src/lib/views/underspending.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { formFacts, seedAndCorpus, type FormFact } from '../helpers/expected-facts.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

let data: TestDataset;
let facts: FormFact[];
const viewOf = async (filters: Filters, nav = recordingNav()) =>
	underspendingView(filters, await runQueries(data.db, underspendingQueries(filters)), nav);

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	facts = formFacts(data.records);
});
afterAll(() => data?.close());

describe('underspendingView', () => {
	it('names its threshold cards by the thresholds and counts the forms below them', async () => {
		const view = await viewOf({ ...NO_FILTERS, thresholds: { watch: '0.975', attention: '0.8' } });
		const card = (label: string) => view.kpis.find((c) => c.label === label)?.value;
		const below = (t: string) => facts.filter((f) => f.rate?.lt(t)).length;
		expect(card('执行率低于97.5%的项目')).toBe(String(below('0.975')));
		expect(card('执行率低于80%的项目')).toBe(String(below('0.8')));
	});

	it('marks the charts and the table heading with the thresholds, never a fixed 90%', async () => {
		const view = await viewOf({ ...NO_FILTERS, thresholds: { watch: '0.85', attention: '0.5' } });
		const text = JSON.stringify(
			view.sections.map((s) => (s.kind === 'chart' ? [s.title, s.note] : [s.caption]))
		);
		expect(text).toContain('▲ 执行率低于50%，● 低于85%');
		expect(text).not.toContain('90%');
		const departments = view.sections.find(
			(s) => s.kind === 'table' && s.caption.startsWith('各部门结余')
		);
		expect(departments?.kind === 'table' && departments.columns.at(-1)?.label).toBe(
			'执行率低于85%的项目'
		);
	});

	it('filters to a department when its bar is clicked', async () => {
		const nav = recordingNav();
		const view = await viewOf(NO_FILTERS, nav);
		const bars = view.sections[0]!;
		expect(bars.kind === 'chart' && bars.label).toBe('结余金额最多的部门');
		if (bars.kind === 'chart') bars.onselect!({ key: '甲局' });
		expect(nav.applied.map((a) => a.filters.departments)).toEqual([['甲局']]);
	});

	it('is empty when the filters leave no form', async () => {
		const view = await viewOf({ ...NO_FILTERS, departments: ['没有这个部门'] });
		expect(view.status).toEqual({ kind: 'empty' });
	});
});
