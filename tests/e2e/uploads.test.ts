/**
 * Uploads kept in the browser, past the 导入 page's own round (import.test.ts). The seed is
 * dropped as a PDF (one form kept beside the built one, the other replacing it), then the seed's
 * first project as a 2023 form: that form joins the built project's series; a reload of a page
 * never shows the build's figures (they leave the uploads out), only a skeleton and then the
 * live ones with the upload; the uploaded form's page prints with it; removing the PDF brings
 * the replaced built form back with no reload, and the 2023 form keeps its link.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { summaryByYearQuery, type YearSummaryRow } from '../../src/lib/queries/overview.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { formatCount } from '../../src/lib/format/number.ts';
import type { WatchedPage } from './browser.ts';
import { framesSeen, recordFrames } from './frames.ts';
import { drop, waitRead, type DroppedFile } from './import-drop.ts';
import { printPages } from './pdf-pages.ts';
import { startSite, type Site } from './site.ts';

const SEED = 'data/forms/shanghai-2021-hrss.txt';
const FIRST = '高技能人才工作专项';
const SECOND = '职业培训基础能力建设资助';
const seedPdf: DroppedFile = {
	name: 'seed.pdf',
	bytes: new Uint8Array(readFileSync('tests/fixtures/files/seed.pdf'))
};
// the seed's first form as its 2023 self: the text up to the second form, the year changed
const seedText = readFileSync(SEED, 'utf8');
const later: DroppedFile = {
	name: '高技能人才-2023.txt',
	bytes: new TextEncoder().encode(
		seedText
			.slice(0, seedText.indexOf('财政项目支出绩效自评表', 10))
			.replace('(2021 年度)', '(2023 年度)')
	)
};

let site: Site;
let w: WatchedPage;
/** the built forms of the seed, by project */
const builtId: Record<string, number> = {};
/** the overview's latest year as built */
let built: YearSummaryRow;
/** the 2023 form's page, as its project's series links it */
let laterPath = '';

/** Reads the files on 导入 and keeps their `forms`, the duplicates settled by `choose`. */
async function keep(
	files: DroppedFile[],
	forms: number,
	choose: (page: Page) => Promise<void> = async () => {}
) {
	await w.page.goto(site.url + 'import/');
	await drop(w.page, files);
	for (const f of files) await waitRead(w.page, f.name);
	await w.page.getByRole('button', { name: /^加入看板/ }).click();
	await choose(w.page);
	await w.page
		.locator('.actions [role="status"]', { hasText: `已加入看板：${forms} 份表单` })
		.waitFor({ timeout: 90_000 });
}

beforeAll(async () => {
	site = await startSite();
	for (const project of [FIRST, SECOND]) {
		const [row] = await site.db.query<{ id: number }>({
			sql: `SELECT form_id AS id FROM forms WHERE origin = 'real' AND project = ?`,
			params: [project]
		});
		builtId[project] = row!.id;
	}
	built = (await site.db.query<YearSummaryRow>(summaryByYearQuery(NO_FILTERS))).at(-1)!;
	w = await site.open('import/');
	await keep([seedPdf], 2, async (page) => {
		await page.locator(`[data-duplicate="${SECOND}"]`).waitFor({ timeout: 60_000 });
		await page.locator(`[data-duplicate="${SECOND}"]`).getByLabel('用新导入的替换已有的').check();
		await page.getByRole('button', { name: /^确认并加入看板/ }).click();
	});
	await keep([later], 1);
}, 300_000);
afterAll(() => site?.close());

describe('the uploaded 2023 form of a built project', () => {
	it('is read from the text as that project in 2023 (else this proves nothing)', async () => {
		const { records } = await readInputFile(later.bytes, later.name);
		expect(records.map((r) => [r.project, r.year])).toEqual([[FIRST, 2023]]);
		expect(built.year).toBe(2023);
	});

	it('joins the built project’s series: its page lists the built 2021 and the uploaded 2023', async () => {
		await w.page.goto(site.url + `project/?id=${builtId[FIRST]}`);
		const series = w.page.locator('tr', { has: w.page.getByRole('link', { name: '2023年' }) });
		await series.waitFor();
		expect(await w.page.locator('tr[aria-current="page"]').innerText()).toContain('2021年（本表）');
		laterPath = (await series.getByRole('link').getAttribute('href'))!;
		expect(laterPath).toMatch(/project\/\?id=\d{10}$/);
	});

	it('opens from that link as the 2023 form, marked 上传', async () => {
		await w.page.goto(new URL(laterPath, site.url).href);
		await expect
			.poll(() => w.page.locator('tr[aria-current="page"]').innerText(), { timeout: 90_000 })
			.toContain('2023年（本表）');
		expect(await w.page.locator('main').innerText()).toContain(FIRST);
		expect(await w.page.locator('main .badge-upload').count()).toBeGreaterThan(0);
	});
});

describe('a page loaded again with uploads kept', () => {
	let frames: Record<string, (string | null)[]>;
	let prerenderedChartSeen: boolean;
	beforeAll(async () => {
		// a second tab of the same browser profile: the same uploads
		const page = await w.page.context().newPage();
		await recordFrames(page);
		await page.goto(site.url);
		await page.waitForFunction(
			(n) => document.querySelector<HTMLElement>('[data-kpi="项目数"] .figure')?.innerText === n,
			formatCount(built.forms + 1),
			{ timeout: 90_000 }
		);
		await page.waitForTimeout(300);
		({ kpis: frames, prerenderedChart: prerenderedChartSeen } = await framesSeen(page));
		await page.close();
	});

	it('shows the KPI cards hidden (the skeleton) from the first frame', () => {
		expect(Object.keys(frames).length).toBeGreaterThan(0);
		for (const seen of Object.values(frames)) expect(seen[0]).toBeNull();
	});

	it('never shows the build’s figures, only the live ones with the upload', () => {
		const shown = Object.values(frames).map((seen) => seen.filter((v) => v !== null));
		for (const seen of shown) expect(seen.length).toBeLessThanOrEqual(1);
		expect(frames['项目数']!.filter((v) => v !== null)).toEqual([formatCount(built.forms + 1)]);
	});

	it('never shows the charts drawn at build time', () => {
		expect(prerenderedChartSeen).toBe(false);
	});
});

describe('the uploaded form printed', () => {
	it('prints its page on A4 with its figures and its series, the built year included', async () => {
		await w.page.goto(new URL(laterPath, site.url).href);
		await w.page.locator('tr[aria-current="page"]').waitFor();
		const text = (await printPages(w.page, 'print-upload')).map((p) => p.text).join('\n');
		expect(text).toContain(FIRST);
		expect(text).toContain('2023年（本表）');
		expect(text).toMatch(/2021年\s/);
		expect(text).toContain('上传');
	});
});

describe('removing the upload that replaced a built form', () => {
	it('leaves that built form out while the upload is kept', async () => {
		await w.page.goto(site.url + `project/?id=${builtId[SECOND]}`);
		await expect
			.poll(() => w.page.locator('main').innerText(), { timeout: 90_000 })
			.toContain(`数据集中没有编号为 ${builtId[SECOND]} 的自评表`);
	});

	it('brings the built form back without loading the page again', async () => {
		await w.page.evaluate(() => Object.assign(window, { sameDocument: true }));
		await w.page.getByRole('link', { name: '数据', exact: true }).click();
		await w.page.locator('tr[data-upload="seed.pdf"] button').click();
		await expect.poll(() => w.page.locator('tr[data-upload]').count()).toBe(1);
		await w.page.goBack();
		await expect
			.poll(() => w.page.locator('main h1').innerText(), { timeout: 90_000 })
			.toContain(SECOND);
		expect(await w.page.evaluate(() => 'sameDocument' in window)).toBe(true);
	});

	it('leaves the 2023 form’s link working, and after a reload', async () => {
		await w.page.goto(new URL(laterPath, site.url).href);
		await expect
			.poll(() => w.page.locator('main').innerText(), { timeout: 90_000 })
			.toContain('2023年（本表）');
		expect(await w.page.locator('main').innerText()).toContain(FIRST);
	});

	it('asked nothing beyond the site, and logged no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});
