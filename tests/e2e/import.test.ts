/**
 * The 导入 page end to end. A newcomer drops the seed as a PDF (printed by Chromium) and sees its
 * two forms on the overview under 仅上传数据 with the same figures as the text version; then an
 * XLSX and an HTML file go in together with a scan, an encrypted PDF, a locked, a damaged and an
 * empty file and a PDF with no form (each refused by name, the others kept), with the figures SQL
 * gives for the same forms; they survive a reload and are removed on the 数据 page. A folder,
 * chosen or dragged in whole, is walked; a 200 MB file is refused by its size. Files are read in the page's worker; no request leaves
 * the site, and the overview's cold load fetches none of the format libraries.
 */
import ExcelJS from 'exceljs';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { renderHtmlPage } from '../../src/lib/generate/render-html.ts';
import { renderXlsx } from '../../src/lib/generate/render-xlsx.ts';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import type { Database } from '../../src/lib/db/database.ts';
import { generatedForms } from '../ingest/forms.ts';
import { SOURCES_SHEET } from '../../src/lib/export/xlsx.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { openWatchedPage, type WatchedPage } from './browser.ts';
import { dragPaths, drop, waitRead as waitReadOn, type DroppedFile } from './import-drop.ts';
import { expectOverviewKpis, kpiText as kpi, startSite, type Site } from './site.ts';

let site: Site;
let w: WatchedPage;
let uploaded: TestDataset;
const forms2021 = generatedForms(40).filter((r) => r.year === 2021);
const seedPdf: DroppedFile = {
	name: 'seed.pdf',
	bytes: new Uint8Array(readFileSync('tests/fixtures/files/seed.pdf'))
};
const others: DroppedFile[] = [];
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/files/${name}`));
const workbook = fixture('seed.xlsx');
/** Files that hold no readable form, dropped with the good ones: each refused by name. */
const BAD_FILES: Record<string, { bytes: Uint8Array; says: string }> = {
	'加密.pdf': { bytes: fixture('encrypted.pdf'), says: 'PDF 已加密' },
	'有密码.xlsx': { bytes: fixture('password.xlsx'), says: '文件已加密' },
	'损坏.xlsx': { bytes: workbook.subarray(0, workbook.length / 2), says: '工作簿损坏' },
	'空文件.pdf': { bytes: new Uint8Array(0), says: '空文件（0 字节）' },
	'没有表单.pdf': { bytes: fixture('no-form.pdf'), says: '文件中没有找到自评表' }
};

beforeAll(async () => {
	site = await startSite();
	others.push(
		{ name: '三个项目.xlsx', bytes: await renderXlsx(ExcelJS, forms2021.slice(0, 3)) },
		{
			name: '两个项目.html',
			bytes: new TextEncoder().encode(renderHtmlPage(forms2021.slice(3, 5)))
		},
		{ name: '扫描件.pdf', bytes: new Uint8Array(readFileSync('tests/fixtures/files/scan.pdf')) },
		...Object.entries(BAD_FILES).map(([name, { bytes }]) => ({ name, bytes }))
	);
	// what SQL gives: the same files read in Node, their forms in a dataset of their own
	const records = [];
	for (const file of [seedPdf, ...others])
		records.push(...(await readInputFile(file.bytes, file.name)).records);
	uploaded = await datasetOf(records.map((record) => ({ record, origin: 'uploaded' })));
	w = await site.open('import/');
}, 240_000);
afterAll(async () => {
	await uploaded?.close();
	await site?.close();
});

const waitRead = (name: string) => waitReadOn(w.page, name);

/** The overview's KPI cards show the latest year of `db` under `filters`. */
const expectOverview = (db: Database, filters: Filters) => expectOverviewKpis(w, db, filters);

describe('the overview’s cold load', () => {
	const FORMAT_LIBRARIES = /PDFDocumentProxy|SheetJS|ExcelJS/;

	it('fetches none of the format libraries, which the 导入 page’s worker holds', async () => {
		const cold = await openWatchedPage(site.browser, site.url);
		const scripts: Response[] = [];
		cold.page.on('response', (r) => {
			if (/\.m?js$/.test(new URL(r.url()).pathname)) scripts.push(r);
		});
		await cold.page.goto(site.url);
		await cold.page.locator('[data-kpi="项目数"] .figure').waitFor();
		await cold.page.waitForLoadState('networkidle');
		const withLibraries: string[] = [];
		for (const r of scripts) if (FORMAT_LIBRARIES.test(await r.text())) withLibraries.push(r.url());
		expect(scripts.length).toBeGreaterThan(3);
		expect(withLibraries).toEqual([]);
		// the worker the 导入 page starts has them (the check above would see them)
		const worker = cold.page.waitForResponse((r) =>
			/\/immutable\/workers\/worker-[^/]*\.js$/.test(r.url())
		);
		await cold.page.goto(site.url + 'import/');
		await drop(cold.page, [seedPdf]);
		expect(await (await worker).text()).toMatch(FORMAT_LIBRARIES);
		expect(cold.outside).toEqual([]);
		await cold.page.context().close();
	});
});

describe('the seed dropped as a PDF on 导入', () => {
	it('reads it in the worker as two forms', async () => {
		await drop(w.page, [seedPdf]);
		expect(await waitRead('seed.pdf')).toContain('2 份表单');
	});

	it("previews a form in the project page's form view", async () => {
		await w.page.locator('li[data-file="seed.pdf"] button', { hasText: '预览' }).first().click();
		await expect.poll(() => w.page.locator('.preview').innerText()).toContain('高技能人才工作专项');
	});

	it('shows its forms as duplicates of the real ones, field by field, then keeps both', async () => {
		await w.page.getByRole('button', { name: /^加入看板/ }).click();
		await w.page.locator('[data-duplicate="高技能人才工作专项"]').waitFor({ timeout: 60_000 });
		expect(await w.page.locator('[data-duplicate]').count()).toBe(2);
		await w.page.getByRole('button', { name: /^确认并加入看板/ }).click();
		await expect
			.poll(() => w.page.locator('.actions [role="status"]').innerText())
			.toContain('已加入看板：2 份表单');
	});

	it('shows under 仅上传数据 the figures of the text version (仅真实数据)', async () => {
		await w.page.goto(site.url + '?origin=uploaded');
		const text = await expectOverview(site.db, { ...NO_FILTERS, origin: 'real' });
		expect(text.forms).toBe(2);
		expect(await w.page.locator('.badge-upload').first().innerText()).toContain('上传');
	});
});

describe('an XLSX, an HTML page, a scan and other bad files dropped together', () => {
	it('reads the workbook and the page, and refuses the scan by name', async () => {
		await w.page.goto(site.url + 'import/');
		await drop(w.page, others);
		expect(await waitRead('三个项目.xlsx')).toContain('3 份表单');
		expect(await waitRead('两个项目.html')).toContain('2 份表单');
		const scan = await waitRead('扫描件.pdf');
		expect(scan).toContain('0 份表单');
		expect(scan).toMatch(/扫描件\.pdf.*扫描件，无文字层/);
	});

	it('refuses an encrypted PDF, a locked, a damaged and an empty file, and one with no form, each by name', async () => {
		for (const [name, { says }] of Object.entries(BAD_FILES)) {
			const line = await waitRead(name);
			expect({
				name,
				forms: line.includes('0 份表单'),
				says: line.includes(`${name}: ${says}`)
			}).toEqual({ name, forms: true, says: true });
		}
	});

	it('keeps the forms read, and the overview shows the figures SQL gives', async () => {
		await w.page.getByRole('button', { name: /^加入看板/ }).click();
		await expect
			.poll(() => w.page.locator('.actions [role="status"]').innerText())
			.toContain('已加入看板：5 份表单');
		await w.page.goto(site.url + '?origin=uploaded');
		const expected = await expectOverview(uploaded.db, { ...NO_FILTERS, origin: 'uploaded' });
		expect(expected.forms).toBe(7);
	});

	it('still shows them after a reload', async () => {
		await w.page.reload();
		await expect.poll(() => kpi(w, '项目数'), { timeout: 90_000 }).toBe('7');
	});

	it('downloads them from 执行与结余, the sources sheet naming their files', async () => {
		await w.page.goto(site.url + 'underspending/?origin=uploaded');
		const [file] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page
				.getByRole('button', { name: /下载 Excel/ })
				.first()
				.click()
		]);
		const bytes = readFileSync((await file.path())!);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		expect(JSON.stringify(book.worksheets[0]!.getSheetValues())).toContain(
			forms2021[0]!.department!
		);
		const sources = JSON.stringify(book.getWorksheet(SOURCES_SHEET)!.getSheetValues());
		for (const name of ['seed.pdf', '三个项目.xlsx', '两个项目.html'])
			expect(sources).toContain(name);
		expect(sources).toContain('上传（本浏览器导入）');
		expect(sources).toContain('"其中上传数据（在本浏览器导入）",7]');
	});
});

describe('uploads on the 数据 page', () => {
	it('removes one file', async () => {
		await w.page.goto(site.url + 'data/');
		await w.page.locator('tr[data-upload="seed.pdf"] button').click();
		await expect.poll(() => w.page.locator('tr[data-upload]').count()).toBe(2);
	});

	it('removes all', async () => {
		await w.page.getByRole('button', { name: '全部删除' }).click();
		await expect.poll(() => w.page.locator('tr[data-upload]').count()).toBe(0);
	});

	it('leaves the built figures on the overview', async () => {
		await w.page.goto(site.url);
		await expectOverview(site.db, NO_FILTERS);
		expect(await w.page.locator('.badge-upload').count()).toBe(0);
	});
});

describe('a folder brought in on 导入', () => {
	let folder: string;
	beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), 'budgetlens-folder-'));
		mkdirSync(join(folder, '2022'));
		copyFileSync('tests/fixtures/files/seed-gbk.html', join(folder, 'seed-gbk.html'));
		copyFileSync('tests/fixtures/files/forms-lo.xls', join(folder, '2022', 'forms-lo.xls'));
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	it('reads every file in a chosen folder and its subfolders, named by their path in it', async () => {
		await w.page.goto(site.url + 'import/');
		await w.page.locator('.drop[data-live="true"]').waitFor();
		await w.page.locator('input[webkitdirectory]').setInputFiles(folder);
		const name = basename(folder);
		expect(await waitRead(`${name}/seed-gbk.html`)).toContain('2 份表单');
		expect(await waitRead(`${name}/2022/forms-lo.xls`)).toContain('12 份表单');
	});

	it('walks a folder dragged in whole, its subfolders too', async () => {
		await w.page.goto(site.url + 'import/');
		await dragPaths(w.page, [folder]);
		const name = basename(folder);
		expect(await waitRead(`${name}/seed-gbk.html`)).toContain('2 份表单');
		expect(await waitRead(`${name}/2022/forms-lo.xls`)).toContain('12 份表单');
		expect(await w.page.locator('li[data-file]').count()).toBe(2);
	});
});

describe('a file too large, dropped with a good one', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'budgetlens-large-'));
		// 200 MB that take no disk: the page must refuse it by its size, before reading it
		writeFileSync(join(dir, '大文件.pdf'), '');
		truncateSync(join(dir, '大文件.pdf'), 200 * 1024 * 1024);
		copyFileSync('tests/fixtures/files/seed-gbk.html', join(dir, 'seed-gbk.html'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('refuses the 200 MB file by name and still reads the other', async () => {
		await w.page.goto(site.url + 'import/');
		await dragPaths(w.page, [join(dir, '大文件.pdf'), join(dir, 'seed-gbk.html')]);
		expect(await waitRead('seed-gbk.html')).toContain('2 份表单');
		const large = await waitRead('大文件.pdf');
		expect(large).toContain('0 份表单');
		expect(large).toMatch(/大文件\.pdf: 文件过大（200\.0 MB，上限 100\.0 MB）/);
	});
});

describe('nothing leaves the browser', () => {
	it('sees a request a worker sends beyond the site (and blocks it)', async () => {
		const probe = await openWatchedPage(site.browser, site.url);
		await probe.page.goto(site.url + 'import/');
		const said = await probe.page.evaluate(async () => {
			const source = `fetch('http://budgetlens-test.invalid/').then(() => postMessage('sent'), () => postMessage('blocked'))`;
			const worker = new Worker(
				URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))
			);
			return new Promise((done) => (worker.onmessage = (e) => done(e.data)));
		});
		expect(said).toBe('blocked');
		expect(probe.outside).toEqual(['http://budgetlens-test.invalid/']);
		await probe.page.context().close();
	});

	it('asked nothing beyond the site while importing, and logged no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});
