import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type WatchedPage } from './browser.ts';
import { DESKTOP, overflow, PHONE, startSite, type Site, type Viewport } from './site.ts';

const SEED_DEPARTMENT = '上海市人力资源和社会保障局';

let site: Site;
let skills: WatchedPage;
/** ids looked up in the built dataset itself */
let skillsId: number;
let warnedId: number;
let multiYearId: number;
let lostId: number;

async function lookUpIds() {
	const one = async (sql: string, params: (string | number)[] = []) =>
		((await site.db.query<{ form_id: number }>({ sql, params }))[0]?.form_id ?? 0) as number;
	skillsId = await one(`SELECT form_id FROM forms WHERE project = ? AND origin = 'real'`, [
		'高技能人才工作专项'
	]);
	warnedId = await one(`SELECT form_id FROM warnings JOIN forms USING (form_id)
		WHERE warnings.code = 'rate_mismatch' ORDER BY form_id LIMIT 1`);
	multiYearId = await one(`SELECT min(form_id) AS form_id FROM forms WHERE origin = 'demo'
		GROUP BY department, project HAVING count(DISTINCT year) >= 3 ORDER BY 1 LIMIT 1`);
	lostId = await one(`SELECT min(form_id) AS form_id FROM indicators WHERE score < weight`);
}

/** Opens a form's project page and waits for its score and indicators. */
async function openProject(id: number, viewport: Viewport) {
	const w = await site.open(`project/?id=${id}`, viewport);
	await w.page.locator('[data-testid="total-score"]').waitFor({ timeout: 90_000 });
	await w.page.locator('tr[data-indicator]').first().waitFor();
	return w;
}

beforeAll(async () => {
	site = await startSite();
	await lookUpIds();
	skills = await openProject(skillsId, DESKTOP);
});

afterAll(() => site?.close());

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
		page = await openProject(warnedId, DESKTOP);
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
		page = await openProject(lostId, DESKTOP);
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
		page = await openProject(multiYearId, PHONE);
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
		const bad = await site.open('project/?id=abc');
		const alert = bad.page.locator('[role="alert"]');
		await alert.waitFor();
		expect(await alert.innerText()).toContain('表单编号“abc”无效');
		expect(bad.errors).toEqual([]);
	});

	it('says when no form has the id', async () => {
		const gone = await site.open('project/?id=999999');
		const alert = gone.page.locator('[role="alert"]');
		await alert.waitFor({ timeout: 90_000 });
		expect(await alert.innerText()).toContain('没有编号为 999999 的自评表');
		expect(gone.errors).toEqual([]);
	});
});
