/**
 * A department's one-page brief (部门 › 打印简报) printed by Chromium on A4 and read back with
 * poppler-utils: exactly one portrait page, its title, KPIs and every section in the text,
 * each table's last row whole, nothing at the sheet's edges. The page is in
 * screenshots/print-brief*-pages/ to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type WatchedPage } from './browser.ts';
import { printPages, type PrintedPage } from './pdf-pages.ts';
import { DESKTOP, overflow, startSite, type Site } from './site.ts';
import { departmentOptionsQuery, type DepartmentOptionRow } from '../../src/lib/queries/options.ts';

const DEMO_DEPARTMENT = '上海市教育委员会';
const SEED_DEPARTMENT = '上海市人力资源和社会保障局';
const KPIS = [
	'预算执行率',
	'平均自评总分',
	'执行率偏低的项目占比',
	'未说明原因的失分占比',
	'满分但未达目标的指标占比'
];

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

const briefPath = (department: string, extra = '') =>
	`department/brief/?d=${encodeURIComponent(department)}${extra}`;

/** Opens a brief and waits until every query is in and its chart has its printed copy. */
async function openBrief(path: string): Promise<WatchedPage> {
	const w = await site.open(path, DESKTOP);
	await w.page.locator('article.sheet[data-complete="true"]').waitFor({ timeout: 90_000 });
	await w.page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('.sheet .chart')].every(
			(c) => c.dataset.printed === 'true'
		)
	);
	return w;
}

/** The text of the first cell of each brief table's last row, as the page shows it. */
const lastRows = (w: WatchedPage) =>
	w.page
		.locator('.sheet section.brief-section table:not(.kpis)')
		.evaluateAll((tables) =>
			tables.map((t) => t.querySelector('tbody tr:last-child td')?.textContent?.trim() ?? '')
		);

/** pdftotext lays out columns with spaces: compare without them. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the brief of a generated department over five years, printed', () => {
	let w: WatchedPage;
	let pages: PrintedPage[];
	let text: string;
	beforeAll(async () => {
		w = await openBrief(briefPath(DEMO_DEPARTMENT, '&origin=demo'));
		pages = await printPages(w.page, 'print-brief');
		text = squeeze(pages[0]?.text ?? '');
	});

	it('prints exactly one A4 portrait page', () => {
		expect(pages.map((p) => p.landscape)).toEqual([false]);
	});

	it('prints its title and the year it speaks of', () => {
		expect(text).toContain(`${DEMO_DEPARTMENT}预算绩效简报`);
		expect(text).toContain('2023年度（与2022年度相比）');
	});

	it('prints every KPI with its light as a word, readable without colour', async () => {
		for (const label of KPIS) expect(text).toContain(label);
		const words = await w.page.locator('.kpis tbody td .mark .word').allInnerTexts();
		expect(words).toHaveLength(KPIS.length);
		for (const word of words) expect(['正常', '关注', '预警']).toContain(word);
		expect(text).toContain(words.join('').slice(0, 2));
	});

	it('prints each section, the trend chart among them', () => {
		for (const heading of [
			'一、关键指标',
			'二、预算执行率与平均总分',
			'三、结余最多的项目',
			'四、失分的主要原因',
			'五、失分最多的指标'
		])
			expect(text).toContain(heading);
		expect(text).toContain('2019');
	});

	it('prints the last row of each table whole: nothing cut at the foot', async () => {
		const rows = await lastRows(w);
		expect(rows).toHaveLength(3);
		for (const row of rows) expect(text).toContain(squeeze(row));
	});

	it('prints the data version, the filters and the 示例数据 label', async () => {
		const version = await w.page.evaluate(() =>
			fetch('../../data/manifest.json').then((r) => r.json() as Promise<{ version: string }>)
		);
		expect(text).toContain(`数据版本${version.version}`);
		expect(text).toContain('筛选条件来源：仅示例数据');
		expect(text).toContain('示例数据');
	});

	it('prints its page number', () => expect(text).toContain('第1页共1页'));

	it('prints no navigation and no button', () => {
		for (const word of ['总览', '执行与结余', '打印简报', '返回部门页'])
			expect(text).not.toContain(word);
	});

	it('keeps the margins clear: no ink within 3 mm of the sheet edges', () => {
		expect(pages[0]!.inkAtEdges).toBe(0);
		expect(pages[0]!.ink).toBeGreaterThan(0.02);
	});

	it('shows the sheet on screen with its print button, no wider than the window', async () => {
		await screenshot(w.page, 'brief-screen');
		expect(await overflow(w.page)).toBeLessThanOrEqual(0);
		expect(await w.page.getByRole('button', { name: '打印简报' }).isVisible()).toBe(true);
	});

	it('asks nothing of the internet and logs no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});

describe('the brief of the seed department (two real forms, one year)', () => {
	let pages: PrintedPage[];
	let text: string;
	beforeAll(async () => {
		const w = await openBrief(briefPath(SEED_DEPARTMENT, '&origin=real'));
		pages = await printPages(w.page, 'print-brief-seed');
		text = squeeze(pages[0]?.text ?? '');
	});

	it('prints one page with its execution rate 35.91% under a 预警 light', () => {
		expect(pages).toHaveLength(1);
		expect(text).toMatch(/预算执行率35\.91%—■预警/);
	});

	it('says there is no year before to compare with', () => {
		expect(text).toContain('2021年度');
		expect(text).not.toContain('较上年+');
	});
});

/** A4 portrait less the brief's @page margins (15 mm each side, 12 mm top, 14 mm bottom), in px. */
const SHEET_PX = {
	width: Math.floor(((210 - 30) / 25.4) * 96),
	height: Math.floor(((297 - 26) / 25.4) * 96)
};

describe('the brief of every department', () => {
	it('fits one sheet: laid out for print, no brief is taller or wider than the printable A4', async () => {
		const departments = await site.db.query<DepartmentOptionRow>(departmentOptionsQuery());
		expect(departments.length).toBeGreaterThan(10);
		const w = await openBrief(briefPath(departments[0]!.department));
		await w.page.setViewportSize({ width: SHEET_PX.width, height: 900 });
		const misfits: string[] = [];
		let tallest = 0;
		for (const { department } of departments) {
			// on screen while the brief changes: the chart draws its printed copy at its screen height
			await w.page.emulateMedia({ media: 'screen' });
			// a click on a link: the site navigates in place, DuckDB stays loaded
			await w.page.evaluate(
				(href) => {
					const a = document.createElement('a');
					a.href = href;
					document.body.append(a);
					a.click();
					a.remove();
				},
				`?d=${encodeURIComponent(department)}`
			);
			await w.page
				.locator(`article.sheet[data-complete="true"][aria-label="${department}预算绩效简报"]`)
				.waitFor();
			await w.page.waitForFunction(() =>
				[...document.querySelectorAll<HTMLElement>('.sheet .chart')].every(
					(c) => c.dataset.printed === 'true'
				)
			);
			await w.page.emulateMedia({ media: 'print' });
			const size = await w.page.evaluate(() => {
				const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
				const right = Math.max(
					...[...document.querySelectorAll('.sheet table')].map(
						(t) => t.getBoundingClientRect().right
					)
				);
				return { height: sheet.height, width: Math.max(sheet.width, right - sheet.left) };
			});
			tallest = Math.max(tallest, size.height);
			if (size.height > SHEET_PX.height || size.width > SHEET_PX.width + 0.5)
				misfits.push(`${department}: ${Math.round(size.width)} × ${Math.round(size.height)} px`);
		}
		console.log(
			`${departments.length} briefs laid out; the tallest ${Math.round(tallest)} px of ${SHEET_PX.height} px printable`
		);
		expect(misfits).toEqual([]);
		expect(w.errors).toEqual([]);
	}, 600_000);
});

describe('the brief, found from the department page', () => {
	it('is linked as 打印简报 from the 部门 page, keeping the filters', async () => {
		const w = await site.open(
			`department/?origin=demo&d=${encodeURIComponent(DEMO_DEPARTMENT)}`,
			DESKTOP
		);
		await w.page.getByRole('link', { name: /打印简报/ }).click();
		await w.page.waitForURL(/\/department\/brief\/\?/);
		expect(w.page.url()).toContain('origin=demo');
		await w.page.locator('article.sheet[data-complete="true"]').waitFor({ timeout: 90_000 });
		expect(await w.page.locator('.sheet h1').innerText()).toBe(`${DEMO_DEPARTMENT}预算绩效简报`);
		expect(await w.page.getByRole('button', { name: '打印简报' }).isEnabled()).toBe(true);
	});
});
