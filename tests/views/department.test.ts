/** The 部门 view: which department, its state before and without one, and its tables. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { departmentOf, departmentQueries, departmentView } from '../../src/lib/views/department.ts';
import { datasetOf, parseFiles, SEED_FILE, type TestDataset } from '../helpers/dataset.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

const SEED_DEPARTMENT = '上海市人力资源和社会保障局';
let data: TestDataset;
const viewOf = async (department: string | null | undefined) =>
	departmentView(
		NO_FILTERS,
		department,
		await runQueries(data.db, departmentQueries(NO_FILTERS, department)),
		recordingNav()
	);

beforeAll(async () => {
	data = await datasetOf(parseFiles([{ path: SEED_FILE }]));
});
afterAll(() => data?.close());

describe('departmentOf', () => {
	it('reads d, says none for a missing or empty one, and unknown before the URL is', () => {
		expect(departmentOf(new URLSearchParams('d=甲局'))).toBe('甲局');
		expect(departmentOf(new URLSearchParams('d='))).toBeNull();
		expect(departmentOf(null)).toBeUndefined();
	});
});

describe('departmentView', () => {
	it('says none was chosen and links to the overview', async () => {
		const view = await viewOf(null);
		expect(view.status).toEqual({
			kind: 'missing',
			message: '网址中没有指定部门。请在',
			link: { label: '总览', href: '/' },
			after: '的热力图中点击一个部门。'
		});
	});

	it('waits while the URL is not known yet (prerendering)', async () => {
		expect((await viewOf(undefined)).status.kind).toBe('loading');
	});

	it('shows the seed department: one year, its projects linked to their forms', async () => {
		const view = await viewOf(SEED_DEPARTMENT);
		expect(view.status).toEqual({ kind: 'ready' });
		expect(view.trail).toEqual([{ label: '总览', href: '/' }, { label: SEED_DEPARTMENT }]);
		expect(view.kpis.period).toBe('2021年度');
		const projects = view.sections.find((s) => s.kind === 'table' && s.name === '项目');
		if (projects?.kind !== 'table') throw new Error('no project table');
		expect(projects.rows).toHaveLength(2);
		const link = projects.columns[0]!.href!(projects.rows[0]!);
		expect(link).toMatch(/^\/project\/\?id=\d+$/);
		expect(projects.total).toMatchObject({ adjusted: '26845000.00' });
	});

	it('says so when the filters leave the department no form', async () => {
		const filters = { ...NO_FILTERS, yearFrom: 2023 };
		const view = departmentView(
			filters,
			SEED_DEPARTMENT,
			await runQueries(data.db, departmentQueries(filters, SEED_DEPARTMENT)),
			recordingNav()
		);
		expect(view.status).toEqual({
			kind: 'empty',
			message: `当前筛选条件下，${SEED_DEPARTMENT}没有自评表。`
		});
	});
});
