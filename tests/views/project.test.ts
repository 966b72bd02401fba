/** The 项目 view: the form a URL names, and what it says for a bad, missing or unknown one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { formIdOf, formTitle, projectQueries, projectView } from '../../src/lib/views/project.ts';
import { datasetOf, parseFiles, SEED_FILE, type TestDataset } from '../helpers/dataset.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

let data: TestDataset;
const viewOf = async (search: string | null) => {
	const url = formIdOf(search === null ? null : new URLSearchParams(search));
	const results = await runQueries(data.db, projectQueries(NO_FILTERS, url.id));
	return projectView(url, results, recordingNav());
};

beforeAll(async () => {
	data = await datasetOf(parseFiles([{ path: SEED_FILE }]));
});
afterAll(() => data?.close());

describe('projectView', () => {
	it('shows form 1 of the seed with its department in the trail', async () => {
		const view = await viewOf('id=1');
		expect(view.status).toEqual({ kind: 'ready' });
		expect(view.form?.form_id).toBe(1);
		expect(view.trail[1]).toEqual({
			label: '上海市人力资源和社会保障局',
			href: '/department/?d=%E4%B8%8A%E6%B5%B7%E5%B8%82%E4%BA%BA%E5%8A%9B%E8%B5%84%E6%BA%90%E5%92%8C%E7%A4%BE%E4%BC%9A%E4%BF%9D%E9%9A%9C%E5%B1%80'
		});
		expect(view.sub).toBe('上海市人力资源和社会保障局 · 2021年度');
	});

	it('rejects an id that is not a number', async () => {
		expect((await viewOf('id=1%27%20OR%201=1')).status).toEqual({
			kind: 'error',
			message: "网址中的表单编号“1' OR 1=1”无效。"
		});
	});

	it('says none was chosen, or that the dataset has no such form', async () => {
		expect((await viewOf('')).status.kind).toBe('missing');
		expect((await viewOf('id=999')).status).toEqual({
			kind: 'error',
			message: '数据集中没有编号为 999 的自评表，可能数据集已更新。'
		});
	});

	it('waits while the URL is not known yet (prerendering)', async () => {
		expect((await viewOf(null)).status).toEqual({ kind: 'loading' });
	});
});

describe('formTitle', () => {
	it('names a department form by its department and the kind, as the SQL does', () => {
		expect(formTitle({ project: null, department: '甲局' })).toBe('甲局部门整体支出');
		expect(formTitle({ project: '乙项目', department: '甲局' })).toBe('乙项目');
	});
});
