/**
 * Every department and project name in a table is a link to its page: reachable by keyboard,
 * openable in a new tab (a real href), not only through a chart's canvas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatchedPage } from './browser.ts';
import { startSite, tableCaptioned, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

/** The text and href of every cell of a column (1-based) of the table captioned `caption`. */
async function columnLinks(w: WatchedPage, caption: string, column: number) {
	const table = tableCaptioned(w, caption);
	await table.locator('tbody tr').first().waitFor();
	return table.locator(`tbody tr td:nth-child(${column})`).evaluateAll((cells) =>
		cells.map((c) => ({
			text: c.textContent?.trim() ?? '',
			href: c.querySelector('a')?.getAttribute('href') ?? null
		}))
	);
}

const departmentOf = (href: string | null) =>
	href && /\/department\/\?/.test(href) ? new URL(href, 'http://x/').searchParams.get('d') : null;

describe('department names in the 执行与结余 tables', () => {
	let w: WatchedPage;
	beforeAll(async () => {
		w = await site.open('underspending/?origin=demo');
	});

	it('link every department of 各部门结余与执行率 to its page', async () => {
		const cells = await columnLinks(w, '各部门结余与执行率', 1);
		expect(cells.length).toBeGreaterThan(10);
		expect(cells.map((c) => departmentOf(c.href))).toEqual(cells.map((c) => c.text));
	});

	it('link the 主管部门 of every project of 执行率最低的项目 to its page', async () => {
		const cells = await columnLinks(w, '执行率最低的项目', 2);
		expect(cells.map((c) => departmentOf(c.href))).toEqual(cells.map((c) => c.text));
	});

	it('keep the filters in the link', async () => {
		const [first] = await columnLinks(w, '各部门结余与执行率', 1);
		expect(new URL(first!.href!, 'http://x/').searchParams.get('origin')).toBe('demo');
	});

	it('open the department page from the keyboard', async () => {
		const link = tableCaptioned(w, '各部门结余与执行率')
			.locator('tbody tr td:first-child a')
			.first();
		const name = (await link.innerText()).trim();
		await link.focus();
		await w.page.keyboard.press('Enter');
		await w.page.waitForURL(/\/department\/\?/);
		await expect.poll(() => w.page.locator('h1').innerText()).toContain(name);
	});
});

describe('names in the 指标分析 and 数据 tables', () => {
	it('link project and department in 失分或未达年度指标值的指标', async () => {
		const w = await site.open('indicators/?origin=demo');
		const projects = await columnLinks(w, '失分或未达年度指标值的指标', 1);
		expect(projects.every((c) => /\/project\/\?(.*&)?id=\d+/.test(c.href ?? ''))).toBe(true);
		const departments = await columnLinks(w, '失分或未达年度指标值的指标', 2);
		expect(departments.map((c) => departmentOf(c.href))).toEqual(departments.map((c) => c.text));
	});

	it('link the 主管部门 of every warning on the 数据 page', async () => {
		const w = await site.open('data/?origin=demo');
		const cells = await columnLinks(w, '校验提示', 3);
		expect(cells.length).toBeGreaterThan(0);
		expect(cells.map((c) => departmentOf(c.href))).toEqual(cells.map((c) => c.text || null));
	});
});

describe('names in the 对比 table of projects', () => {
	it('link the project and its 主管部门', async () => {
		const w = await site.open('compare/?origin=demo&cmp=project');
		const table = w.page.locator('.table-wrap table').first();
		await table.locator('tbody tr').first().waitFor();
		const row = table.locator('tbody tr').first();
		expect(await row.locator('td:nth-child(1) a').getAttribute('href')).toMatch(/\/project\/\?/);
		const department = row.locator('td:nth-child(2)');
		expect(departmentOf(await department.locator('a').getAttribute('href'))).toBe(
			(await department.innerText()).trim()
		);
	});
});
