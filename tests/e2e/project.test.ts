import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveBuild } from '../../scripts/serve.ts';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { loadDataset } from '../../src/lib/db/dataset.ts';
import {
	launchBrowser,
	openWatchedPage,
	screenshot,
	type WatchedPage,
	BUILD_DIR
} from './browser.ts';

const SEED_DEPARTMENT = '上海市人力资源和社会保障局';
/** the built site; a copy elsewhere keeps a parallel build from pulling it away mid-test */

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let skills: WatchedPage;
/** ids looked up in the built dataset itself */
let skillsId: number;
let warnedId: number;
let multiYearId: number;
let lostId: number;

async function lookUpIds() {
	const dir = join(BUILD_DIR, 'data');
	const db = await nodeDatabase();
	await loadDataset(db, {
		manifest: async () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
		bytes: async (file) => new Uint8Array(readFileSync(join(dir, file))).buffer
	});
	const one = async (sql: string, params: (string | number)[] = []) =>
		((await db.query<{ form_id: number }>({ sql, params }))[0]?.form_id ?? 0) as number;
	skillsId = await one(`SELECT form_id FROM forms WHERE project = ? AND origin = 'real'`, [
		'高技能人才工作专项'
	]);
	warnedId = await one(`SELECT form_id FROM warnings JOIN forms USING (form_id)
		WHERE warnings.code = 'rate_mismatch' ORDER BY form_id LIMIT 1`);
	multiYearId = await one(`SELECT min(form_id) AS form_id FROM forms WHERE origin = 'demo'
		GROUP BY department, project HAVING count(DISTINCT year) >= 3 ORDER BY 1 LIMIT 1`);
	lostId = await one(`SELECT min(form_id) AS form_id FROM indicators WHERE score < weight`);
	await db.close();
}

async function openProject(page: Page, id: number) {
	await page.goto(`${server.url}project/?id=${id}`);
	await page.locator('[data-testid="total-score"]').waitFor({ timeout: 30_000 });
	await page.locator('tr[data-indicator]').first().waitFor();
}

const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

beforeAll(async () => {
	await lookUpIds();
	server = await serveBuild(BUILD_DIR, 0);
	browser = await launchBrowser();
	skills = await openWatchedPage(browser, server.url, { width: 1280, height: 900 });
	await openProject(skills.page, skillsId);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the project page of 高技能人才工作专项', () => {
	it('prints the header: year, project, department and unit', async () => {
		const head = await skills.page.locator('article.form').innerText();
		expect(head).toContain('（2021年度）');
		expect(head).toContain('高技能人才工作专项');
		expect(head).toContain(SEED_DEPARTMENT);
	});

	it('shows its 15 indicators', async () => {
		expect(await skills.page.locator('tr[data-indicator]').count()).toBe(15);
	});

	it('shows its total score 91.3', async () => {
		expect(await skills.page.locator('[data-testid="total-score"] strong').innerText()).toBe(
			'91.30'
		);
	});

	it('grades it 优 from the total', async () => {
		expect(await skills.page.locator('.grade').innerText()).toContain('等级：优');
	});

	it('prints the funds in 万元 with the printed rate 13.05% beside the computed 13.04%', async () => {
		const total = await skills.page.locator('table.funds tr.total').innerText();
		expect(total).toContain('828.50');
		expect(total).toContain('13.05%');
		expect(total).toContain('13.04%');
	});

	it('marks no indicator as lost: all 15 scored their weight', async () => {
		expect(await skills.page.locator('tr[data-lost="true"]').count()).toBe(0);
	});

	it('labels it a real form and names its file', async () => {
		const source = await skills.page.locator('section[aria-label="来源"]').innerText();
		expect(source).toContain('真实表单');
		expect(source).toContain('shanghai-2021-hrss.txt');
	});

	it('leads back through 总览 › 部门 › 项目, the department linked', async () => {
		const crumb = skills.page.locator('nav.breadcrumb');
		expect(await crumb.innerText()).toMatch(
			/总览\s*›\s*上海市人力资源和社会保障局\s*›\s*高技能人才工作专项/
		);
		expect(await crumb.locator('a').nth(1).getAttribute('href')).toContain('/department/?');
	});

	it('fits 1280 px without sideways scrolling', async () => {
		await screenshot(skills.page, 'project-seed');
		expect(await overflow(skills.page)).toBeLessThanOrEqual(0);
	});

	it('asks nothing of the internet and logs no console errors', () => {
		expect(skills.outside).toEqual([]);
		expect(skills.errors).toEqual([]);
	});
});

describe('the project page of a generated form with a rate mismatch', () => {
	let page: WatchedPage;
	beforeAll(async () => {
		page = await openWatchedPage(browser, server.url, { width: 1280, height: 900 });
		await openProject(page.page, warnedId);
	});

	it('lists the warning in Chinese: 执行率与金额不符', async () => {
		const warning = page.page.locator('li[data-code="rate_mismatch"]');
		expect(await warning.locator('.label').innerText()).toContain('执行率与金额不符');
	});

	it('flags the printed rate in the funds block', async () => {
		expect(await page.page.locator('table.funds tr.total').innerText()).toContain('与填报不符');
	});

	it('carries the 示例数据 badge', async () => {
		expect(await page.page.locator('h1 .badge-demo').innerText()).toBe('示例数据');
		await screenshot(page.page, 'project-warned');
		expect(page.errors).toEqual([]);
	});
});

describe('the project page of a generated form whose indicators lost points', () => {
	let page: WatchedPage;
	beforeAll(async () => {
		page = await openWatchedPage(browser, server.url, { width: 1280, height: 900 });
		await openProject(page.page, lostId);
	});

	it('marks each indicator that lost points with the points lost, in words', async () => {
		const lost = page.page.locator('tr[data-lost="true"] .lost');
		expect(await lost.count()).toBeGreaterThan(0);
		expect(await lost.first().innerText()).toMatch(/^▼ 失\d+\.\d{2}分$/);
		await screenshot(page.page, 'project-lost');
		expect(page.errors).toEqual([]);
	});
});

describe('the project page of a generated project over several years', () => {
	let page: WatchedPage;
	beforeAll(async () => {
		page = await openWatchedPage(browser, server.url, { width: 390, height: 844 });
		await openProject(page.page, multiYearId);
	});

	it('lists the other years, each linking to its form', async () => {
		const years = page.page.locator('section[aria-label="其他年度"]');
		expect(await years.locator('tr[aria-current="page"]').count()).toBe(1);
		const links = years.locator('a');
		expect(await links.count()).toBeGreaterThanOrEqual(2);
		expect(await links.first().getAttribute('href')).toMatch(/\/project\/\?(.*&)?id=\d+/);
	});

	it('fits a 390 px phone without sideways scrolling', async () => {
		await screenshot(page.page, 'project-phone');
		await page.page.screenshot({ path: 'screenshots/project-phone-top.png' });
		expect(await overflow(page.page)).toBeLessThanOrEqual(0);
		expect(page.errors).toEqual([]);
	});

	it('opens another year from its link', async () => {
		const link = page.page.locator('section[aria-label="其他年度"] a').first();
		const href = await link.getAttribute('href');
		await link.click();
		await page.page.waitForURL((u) => href !== null && u.href.endsWith(href.replace(/^.*\?/, '?')));
		await page.page.locator('[data-testid="total-score"]').waitFor();
		expect(page.errors).toEqual([]);
	});
});

describe('the project page with a bad id', () => {
	it('says the id is not valid', async () => {
		const bad = await openWatchedPage(browser, server.url);
		await bad.page.goto(`${server.url}project/?id=abc`);
		const alert = bad.page.locator('[role="alert"]');
		await alert.waitFor();
		expect(await alert.innerText()).toContain('表单编号“abc”无效');
		expect(bad.errors).toEqual([]);
	});

	it('says when no form has the id', async () => {
		const gone = await openWatchedPage(browser, server.url);
		await gone.page.goto(`${server.url}project/?id=999999`);
		const alert = gone.page.locator('[role="alert"]');
		await alert.waitFor({ timeout: 30_000 });
		expect(await alert.innerText()).toContain('没有编号为 999999 的自评表');
		expect(gone.errors).toEqual([]);
	});
});
