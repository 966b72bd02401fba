import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type WatchedPage } from './browser.ts';
import { DESKTOP, kpiText, overflow, PHONE, startSite, type Site, type Viewport } from './site.ts';

const SEED_DEPARTMENT = '上海市人力资源和社会保障局';
const DEMO_DEPARTMENT = '上海市教育委员会';

let site: Site;
let seed: WatchedPage;

const departmentPath = (department: string, extra = '') =>
	`department/?d=${encodeURIComponent(department)}${extra}`;

/** Opens a department page and waits for its projects table and budget chart. */
async function openDepartment(path: string, viewport: Viewport) {
	const w = await site.open(path, viewport);
	await w.page.locator('section[aria-label="项目"] tbody tr').first().waitFor({ timeout: 90_000 });
	await w.page.locator('[aria-label="部门调整后预算与执行数"][data-rendered="true"]').waitFor();
	return w;
}

beforeAll(async () => {
	site = await startSite();
	// Only the real forms: the seed's two projects.
	seed = await openDepartment(departmentPath(SEED_DEPARTMENT, '&origin=real'), DESKTOP);
});

afterAll(() => site?.close());

describe('the department page of the seed department', () => {
	it('names the department in the heading and the breadcrumb', async () => {
		expect(await seed.page.locator('h1').innerText()).toContain(SEED_DEPARTMENT);
		expect(await seed.page.locator('nav.breadcrumb').innerText()).toMatch(
			new RegExp(`总览\\s*›\\s*${SEED_DEPARTMENT}`)
		);
	});

	it('counts the 2 real forms it shows beside its heading', async () => {
		await expect.poll(() => seed.page.locator('h1 .badge-real').innerText()).toBe('真实表单 2 份');
		expect(await seed.page.locator('h1 .badge-demo').count()).toBe(0);
	});

	it('counts its 2 projects', async () => {
		expect(await kpiText(seed, '项目数')).toBe('2');
	});

	it('shows its execution rate 35.91 %', async () => {
		expect(await kpiText(seed, '预算执行率')).toBe('35.91%');
	});

	it('lists both projects, each linking to its form', async () => {
		const links = seed.page.locator('section[aria-label="项目"] tbody a');
		const names = await links.allInnerTexts();
		expect(names.sort()).toEqual(['高技能人才工作专项', '职业培训基础能力建设资助'].sort());
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/\/project\/\?(.*&)?id=\d+/);
		}
	});

	it('prints on A4 with the filters and the data version, no navigation and no cut columns', async () => {
		// the printable width of A4 portrait with 10 mm margins, at 96 px per inch
		const printable = Math.floor(((210 - 20) / 25.4) * 96);
		await seed.page.setViewportSize({ width: printable, height: 900 });
		await seed.page.emulateMedia({ media: 'print' });
		const layout = await seed.page.evaluate(() => {
			const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
			return {
				widest: Math.max(
					...[...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right)
				),
				nav: visible(document.querySelector('.topbar')),
				filterControls: visible(document.querySelector('.filterbar')),
				filters: document.querySelector('.print-filters')?.textContent ?? '',
				filtersShown: visible(document.querySelector('.print-filters')),
				version: document.querySelector('.version')?.textContent ?? ''
			};
		});
		expect(layout.widest).toBeLessThanOrEqual(printable);
		expect([layout.nav, layout.filterControls]).toEqual([false, false]);
		expect(layout.filtersShown).toBe(true);
		expect(layout.filters).toContain('仅真实数据');
		expect(layout.version).toMatch(/^数据版本 [0-9a-f]+$/);
		const pdf = await seed.page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await seed.page.emulateMedia({ media: 'screen' });
		await seed.page.setViewportSize(DESKTOP);
	});

	it('sums the table to 2,684.50 万元 adjusted', async () => {
		const totalRow = seed.page.locator('section[aria-label="项目"] tfoot');
		expect(await totalRow.innerText()).toContain('2,684.50');
	});

	it('lists the funds lines as the indicators that lost points', async () => {
		const rows = seed.page.locator('section[aria-label="失分最多的指标"] tbody tr');
		await rows.first().waitFor();
		expect(await rows.count()).toBe(2);
		expect(await rows.first().innerText()).toContain('预算执行率');
	});

	it('fits 1280 px without sideways scrolling', async () => {
		await screenshot(seed.page, 'department-seed');
		expect(await overflow(seed.page)).toBeLessThanOrEqual(0);
	});

	it('opens the project page from a project link', async () => {
		await seed.page
			.locator('section[aria-label="项目"] tbody a', { hasText: '高技能人才工作专项' })
			.click();
		await seed.page.waitForURL(/\/project\//);
		await seed.page.locator('[data-testid="total-score"]').waitFor({ timeout: 90_000 });
		expect(await seed.page.locator('h1').innerText()).toContain('高技能人才工作专项');
	});

	it('asks nothing of the internet', () => {
		expect(seed.outside).toEqual([]);
	});

	it('logs no console errors', () => {
		expect(seed.errors).toEqual([]);
	});
});

describe('the department page of a generated department across five years', () => {
	let demo: WatchedPage;
	beforeAll(async () => {
		demo = await openDepartment(departmentPath(DEMO_DEPARTMENT), DESKTOP);
	});

	it('compares the latest year with the year before', async () => {
		expect(await demo.page.locator('.period').innerText()).toBe('2023年度，与2022年度相比');
	});

	it('labels its generated forms 示例数据 and counts no real form', async () => {
		const note = demo.page.locator('h1 .note');
		await expect.poll(() => note.locator('.badge-demo').count()).toBe(1);
		expect(await note.locator('.badge-real').count()).toBe(0);
	});

	it('shows its department fixed in the filter bar, whatever the bar had chosen', async () => {
		const other = await openDepartment(
			departmentPath(DEMO_DEPARTMENT, `&dept=${encodeURIComponent(SEED_DEPARTMENT)}`),
			DESKTOP
		);
		const bar = other.page.locator('section.filterbar');
		expect(await bar.locator('.fixed-department').innerText()).toBe(`部门：${DEMO_DEPARTMENT}`);
		// no picker and no chip for the department the page does not show
		expect(await bar.locator('.picker').count()).toBe(0);
		expect(await bar.locator('.chips').count()).toBe(0);
		expect(await other.page.locator('h1').innerText()).toContain(DEMO_DEPARTMENT);
		expect(await kpiText(other, '项目数')).toBe(await kpiText(demo, '项目数'));
	});

	it('fits 1280 px and logs no errors', async () => {
		await screenshot(demo.page, 'department-demo');
		expect(await overflow(demo.page)).toBeLessThanOrEqual(0);
		expect(demo.errors).toEqual([]);
		expect(demo.outside).toEqual([]);
	});

	it('fits a 390 px phone without sideways scrolling', async () => {
		const phone = await openDepartment(departmentPath(DEMO_DEPARTMENT), PHONE);
		await screenshot(phone.page, 'department-phone');
		// The first screen and the projects table at full size, to look at.
		await phone.page.screenshot({ path: 'screenshots/department-phone-top.png' });
		await phone.page
			.locator('section[aria-label="项目"]')
			.screenshot({ path: 'screenshots/department-phone-table.png' });
		expect(await overflow(phone.page)).toBeLessThanOrEqual(0);
		expect(phone.errors).toEqual([]);
	});
});

describe('the department page without a department', () => {
	it('says none was chosen and points to the overview', async () => {
		const bare = await site.open('department/');
		const note = bare.page.locator('.missing');
		await note.waitFor();
		expect(await note.innerText()).toContain('网址中没有指定部门');
		expect(bare.errors).toEqual([]);
	});
});
