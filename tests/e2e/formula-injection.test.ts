/**
 * A form whose project is named =HYPERLINK("http://x","y") and whose department is @SUM(1)测试部门
 * (tests/fixtures/e2e, built into the browser tests' dataset as test data): it must reach the
 * page, the CSV and the XLSX as that text, never as a formula.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { startSite, type Site } from './site.ts';
import type { WatchedPage } from './browser.ts';

const PROJECT = '=HYPERLINK("http://x","y")';
const DEPARTMENT = '@SUM(1)测试部门';

let site: Site;
let w: WatchedPage;

beforeAll(async () => {
	site = await startSite();
	const search = new URLSearchParams({ cmp: 'project', ya: '2017', yb: '2018', dept: DEPARTMENT });
	w = await site.open(`compare/?${search}`);
	await w.page.locator('.table-wrap tbody tr').first().waitFor({ timeout: 90_000 });
});
afterAll(() => site?.close());

async function download(name: RegExp): Promise<Buffer> {
	const [file] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name }).click()
	]);
	return readFileSync(await file.path());
}

describe('a project named like a spreadsheet formula', () => {
	it('shows on the page as its text', async () => {
		expect(await w.page.locator('.table-wrap tbody tr').first().innerText()).toContain(PROJECT);
	});

	it('comes out of the CSV as text, marked with a leading quote', async () => {
		const csv = await download(/下载 CSV/);
		const cells = readCsv(csv.subarray(3).toString('utf8')).flat();
		expect(cells).toContain(`'${PROJECT}`);
		expect(cells.some((c) => c === PROJECT || c === DEPARTMENT)).toBe(false);
	});

	it('comes out of the XLSX as a text cell holding that text, not a formula', async () => {
		const xlsx = await download(/下载 Excel/);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(xlsx as unknown as ArrayBuffer);
		const cells: ExcelJS.Cell[] = [];
		book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
		const project = cells.find((c) => c.text === PROJECT);
		expect(project?.type).toBe(ExcelJS.ValueType.String);
		expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
	});

	it('asks nothing of the internet and logs no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});
