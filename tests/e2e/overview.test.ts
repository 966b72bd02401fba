import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type WatchedPage } from './browser.ts';
import {
	expectOverviewKpis,
	kpiText as kpi,
	overflow,
	PHONE,
	startSite,
	type Site,
	type Viewport
} from './site.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

async function open(path: string, viewport?: Viewport) {
	const w = await site.open(path, viewport);
	await w.page.locator('[data-kpi="项目数"]').waitFor({ timeout: 90_000 });
	return w;
}

describe('the overview on the real forms only (the seed)', () => {
	let w: WatchedPage;
	beforeAll(async () => {
		w = await open('?origin=real');
	});

	it('counts 2 projects', async () => {
		expect(await kpi(w, '项目数')).toBe('2');
	});

	it('shows the adjusted budget 2,684.50 万元', async () => {
		expect(await kpi(w, '调整后预算')).toBe('2,684.50');
	});

	it('shows the executed amount 964.07 万元', async () => {
		expect(await kpi(w, '执行数')).toBe('964.07');
	});

	it('shows the execution rate 35.91 %', async () => {
		expect(await kpi(w, '预算执行率')).toBe('35.91%');
	});

	it('averages the total scores exactly to 92.96', async () => {
		expect(await kpi(w, '平均总分')).toBe('92.96');
	});

	it('renders the execution-rate chart of the projects', async () => {
		const chart = w.page.locator('[aria-label="各项目预算执行率"]');
		await expect.poll(() => chart.getAttribute('data-rendered')).toBe('true');
		await screenshot(w.page, 'overview-real');
	});

	it('marks the data as real, with no 示例数据 badge', async () => {
		await expect.poll(() => w.page.locator('.badge-real').count()).toBe(1);
		expect(await w.page.locator('.badge-demo').count()).toBe(0);
	});

	it('asks nothing of the internet and logs no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});

	it('has an icon: the page links /favicon.ico and the server has it', async () => {
		const href = await w.page
			.locator('link[rel="icon"]')
			.evaluate((l) => (l as HTMLLinkElement).href);
		expect(href).toBe(`${site.url}favicon.ico`);
		const icon = await w.page.request.get(`${site.url}favicon.ico`);
		expect([icon.status(), (await icon.body()).subarray(0, 4).toString('hex')]).toEqual([
			200,
			'00000100'
		]);
	});
});

describe('the overview on the demo dataset', () => {
	let w: WatchedPage;
	const department = '上海市教育委员会';
	beforeAll(async () => {
		w = await open('');
	});

	it('labels generated data as 示例数据', async () => {
		await expect.poll(() => w.page.locator('.badge-demo').first().innerText()).toBe('示例数据');
	});

	it('draws the heatmap, the lowest projects, the trend and the grades', async () => {
		for (const label of [
			'各部门预算执行率热力图',
			'各项目预算执行率',
			'预算执行率与平均总分年度趋势',
			'自评等级分布'
		]) {
			await expect
				.poll(() => w.page.locator(`[aria-label="${label}"]`).getAttribute('data-rendered'))
				.toBe('true');
		}
		await screenshot(w.page, 'overview');
	});

	it('shows the KPIs SQL gives when a department is chosen in the filter bar', async () => {
		await w.page.getByRole('button', { name: /^部门/ }).click();
		await w.page.getByLabel('搜索部门').fill('教育委员会');
		await w.page.getByRole('checkbox', { name: new RegExp(department) }).check();
		await w.page.waitForURL(/dept=/);
		await expectOverviewKpis(w, site.db, { ...NO_FILTERS, departments: [department] });
	});

	it('keeps the department in the URL and shows it as a chip', async () => {
		expect(new URL(w.page.url()).searchParams.getAll('dept')).toEqual([department]);
		await expect
			.poll(() => w.page.getByRole('button', { name: `移除 ${department}` }).count())
			.toBe(1);
	});

	it('keeps the filter on reload', async () => {
		const before = await kpi(w, '项目数');
		await w.page.reload();
		await w.page.locator('[data-kpi="项目数"]').waitFor();
		expect(await kpi(w, '项目数')).toBe(before);
		expect(new URL(w.page.url()).searchParams.getAll('dept')).toEqual([department]);
	});

	it('goes back to all departments with the browser’s back button', async () => {
		await w.page.goBack();
		await expect.poll(() => new URL(w.page.url()).searchParams.getAll('dept')).toEqual([]);
	});

	it('shows an earlier selection again without asking DuckDB', async () => {
		await w.page.goto(w.page.url().split('?')[0]!);
		const shown = () => kpi(w, '项目数');
		await w.page.locator('[data-kpi="项目数"]').waitFor();
		const all = await shown();
		const grade = w.page.getByRole('button', { name: '优', exact: true });
		await grade.click();
		await expect.poll(shown).not.toBe(all);
		const excellent = await shown();
		await grade.click();
		await expect.poll(shown).toBe(all);
		// the 优 selection again: every number as the first time, and no query run for it
		await w.page.evaluate(() => performance.clearMeasures('budgetlens:query'));
		await grade.click();
		await expect.poll(shown).toBe(excellent);
		const asked = await w.page.evaluate(
			() => performance.getEntriesByName('budgetlens:query').length
		);
		expect(asked).toBe(0);
	});

	it('asks nothing of the internet and logs no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});

describe('the overview on a phone', () => {
	it('fits a 390 px wide screen without sideways scrolling', async () => {
		const w = await open('', PHONE);
		await w.page.locator('[aria-label="自评等级分布"][data-rendered="true"]').waitFor();
		const sticksOut = await overflow(w.page);
		await screenshot(w.page, 'overview-phone');
		expect(sticksOut).toBeLessThanOrEqual(0);
	});
});
