import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
// jszip comes with exceljs: a second zip reader to look at the raw sheet XML.
import JSZip from 'jszip';
import type { Download } from 'playwright-core';
import { printMedia } from './pdf-pages.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIR, openWatchedPage, screenshot, type WatchedPage } from './browser.ts';
import { readCsv } from './csv.ts';
import { startSite, type Site } from './site.ts';
import { compareQuery, compareTotalQuery } from '../../src/lib/queries/compare.ts';
import {
	measureSpec,
	type CompareRow,
	type CompareSelection
} from '../../src/lib/model/compare.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { exportCell, looksLikeFormula } from '../../src/lib/export/cells.ts';
import { formatCell, type CellKind } from '../../src/lib/format/cell.ts';
import { describeChange } from '../../src/lib/format/change.ts';
import { formatAmount, pickAmountUnit } from '../../src/lib/format/number.ts';
import { HEADER_ROW, SOURCES_SHEET } from '../../src/lib/export/xlsx.ts';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

interface PageTable {
	groups: string[];
	headers: string[];
	body: string[][];
	total: string[];
}

/** The table as the page shows it (every cell's text, icons removed). */
async function pageTable(w: WatchedPage): Promise<PageTable> {
	return w.page.locator('.table-wrap table').evaluate((table) => {
		const text = (cell: Element) => {
			const copy = cell.cloneNode(true) as Element;
			copy.querySelectorAll('.tone-icon').forEach((icon) => icon.remove());
			return (copy.textContent ?? '').replace(/[↑↓]/g, '').trim();
		};
		const rows = [...table.querySelectorAll('thead tr')];
		return {
			groups: [...rows[0]!.querySelectorAll('th')].map(text),
			headers: [...rows.at(-1)!.querySelectorAll('th')].map(text),
			body: [...table.querySelectorAll('tbody tr')].map((r) =>
				[...r.querySelectorAll('td')].map(text)
			),
			total: [...table.querySelectorAll('tfoot tr:not(.notes-row) td')].map(text)
		};
	});
}

/** How the page writes a value of a column (a + before increases in change columns). */
function shown(value: string | number | null | undefined, kind: CellKind, signed: boolean) {
	const text = formatCell(value ?? null, kind);
	const up = signed && value !== null && value !== undefined && new Decimal(value).gt(0);
	return signed && up ? `+${text}` : text;
}

async function download(w: WatchedPage, name: RegExp): Promise<Download> {
	const [file] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name }).click()
	]);
	return file;
}

/** The columns the page draws for a selection: key, kind, signed (as columns.ts builds them). */
function expectedColumns(s: CompareSelection) {
	const out: { key: string; kind: CellKind; signed: boolean }[] = [
		{ key: 'name', kind: 'text', signed: false }
	];
	for (const id of s.measures) {
		const spec = measureSpec(id);
		const kind: CellKind =
			spec.change === 'none' ? 'text' : spec.change === 'rate' ? 'rate' : spec.change;
		out.push({ key: `${id}_a`, kind, signed: false }, { key: `${id}_b`, kind, signed: false });
		if (spec.change === 'none') continue;
		out.push({ key: `${id}_d`, kind: spec.change === 'rate' ? 'points' : kind, signed: true });
		if (spec.change === 'amount') out.push({ key: `${id}_p`, kind: 'rate', signed: true });
	}
	return out;
}

describe('the 对比 page: departments, 2021 against 2023, chosen through the controls', () => {
	const selection: CompareSelection = {
		by: 'department',
		measures: ['adjusted', 'executed', 'rate', 'total_score', 'grade'],
		yearA: 2021,
		yearB: 2023
	};
	const columns = expectedColumns(selection);
	let w: WatchedPage;
	let table: PageTable;
	let rows: CompareRow[];
	let total: CompareRow;
	let book: ExcelJS.Workbook;
	let xlsxFile: Buffer;
	let csv: Buffer;
	let scriptsBeforeExcel: string[];
	const scripts: string[] = [];

	beforeAll(async () => {
		// opened by hand: the script listener must be on before the page loads
		w = await openWatchedPage(site.browser, site.url);
		w.page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await w.page.goto(site.url + 'compare/');
		await w.page.locator('.table-wrap tbody tr').first().waitFor({ timeout: 90_000 });
		await w.page.getByRole('combobox', { name: '基准年度' }).selectOption('2021');
		await w.page.waitForURL(/ya=2021/);
		await w.page.getByRole('combobox', { name: '对比年度' }).selectOption('2023');
		await w.page.waitForURL(/yb=2023/);
		await w.page.getByRole('checkbox', { name: '执行数' }).check();
		await w.page.waitForURL(/m=adjusted%2Cexecuted/);
		await w.page.getByRole('checkbox', { name: '等级' }).check();
		await w.page.waitForURL(/grade/);
		await w.page.locator('th', { hasText: '等级' }).waitFor();
		await w.page.locator('.result[aria-busy="false"]').waitFor();
		table = await pageTable(w);
		rows = await site.db.query<CompareRow>(compareQuery(NO_FILTERS, selection));
		[total] = (await site.db.query<CompareRow>(compareTotalQuery(NO_FILTERS, selection))) as [
			CompareRow
		];
	});

	it('keeps the selection in the URL', () => {
		const url = new URL(w.page.url());
		expect(url.searchParams.get('cmp')).toBe('department');
		expect(url.searchParams.get('m')).toBe('adjusted,executed,rate,total_score,grade');
		expect([url.searchParams.get('ya'), url.searchParams.get('yb')]).toEqual(['2021', '2023']);
	});

	it('groups the headers by measure, with the two years, the change and the change rate', () => {
		expect(table.groups).toEqual([
			'部门',
			'调整后预算（万元）',
			'执行数（万元）',
			'执行率',
			'平均总分（分）',
			'等级'
		]);
		expect(table.headers.slice(0, 4)).toEqual(['2021年', '2023年', '变化', '变化率']);
	});

	it('shows every department and every value SQL gives, in the same order', () => {
		expect(table.body.length).toBe(rows.length);
		const expected = rows.map((r) => columns.map((c) => shown(r[c.key], c.kind, c.signed)));
		expect(table.body).toEqual(expected);
	});

	it('ends with the 合计 / 平均 row SQL computes', () => {
		const expected = columns.map((c, i) =>
			i === 0 ? '合计 / 平均' : shown(total[c.key], c.kind, c.signed)
		);
		expect(table.total).toEqual(expected);
	});

	it("opens on the answer: year B's 合计 and its change against year A, as SQL gives them", async () => {
		const yuan = String(total.adjusted_b);
		const unit = pickAmountUnit(yuan);
		const card = w.page.locator('[data-summary="adjusted"]');
		expect((await card.locator('.value').innerText()).replace(/\s+/g, '')).toBe(
			formatAmount(yuan, unit) + unit
		);
		expect(await card.locator('.change').innerText()).toContain(
			describeChange(total.adjusted_b ?? null, total.adjusted_a ?? null, 'amount', unit)!.text
		);
	});

	it('marks rates below 90 % with an icon, not colour alone', async () => {
		const watched = rows.filter((r) => r.rate_b !== null && Number(r.rate_b) < 0.9).length;
		const rateCells = w.page.locator('td[data-tone] .tone-icon');
		if (watched > 0) expect(await rateCells.count()).toBeGreaterThanOrEqual(watched);
		await screenshot(w.page, 'compare-1366');
	});

	it('downloads an XLSX whose numbers are the SQL values, as numbers with formats', async () => {
		scriptsBeforeExcel = [...scripts];
		const file = await download(w, /下载 Excel/);
		expect(file.suggestedFilename()).toMatch(/^各部门2021年与2023年对比_\d{8}\.xlsx$/);
		xlsxFile = readFileSync((await file.path())!);
		book = new ExcelJS.Workbook();
		await book.xlsx.load(
			xlsxFile.buffer.slice(
				xlsxFile.byteOffset,
				xlsxFile.byteOffset + xlsxFile.byteLength
			) as ArrayBuffer
		);
		const sheet = book.worksheets[0]!;
		expect(sheet.getCell('A1').value).toBe('各部门2021年与2023年对比');
		expect(String(sheet.getCell('A2').value)).toContain('单位：万元');
		expect(String(sheet.getCell('A3').value)).toBe('筛选条件：无（全部数据）');
		rows.forEach((r, i) => {
			columns.forEach((c, j) => {
				const cell = sheet.getCell(HEADER_ROW + 1 + i, j + 1);
				const want = exportCell(r[c.key], c.kind);
				if (want.type === 'number') {
					expect(cell.value, `${r.name} ${c.key}`).toBe(want.value);
					expect(cell.numFmt).toBe(want.numFmt);
				} else expect(cell.value).toBe(want.type === 'text' ? want.value : null);
			});
		});
		const last = sheet.getRow(HEADER_ROW + rows.length + 1);
		expect(last.getCell(1).value).toBe('合计 / 平均');
		expect(last.getCell(2).value).toBe(
			exportCell(total.adjusted_a, 'amount').type === 'number'
				? (exportCell(total.adjusted_a, 'amount') as { value: number }).value
				: null
		);
	});

	it('fetched exceljs only when Excel was asked for', () => {
		expect(scripts.length).toBeGreaterThan(scriptsBeforeExcel.length);
	});

	it('writes the values the page shows into the XLSX', () => {
		const sheet = book.worksheets[0]!;
		table.body.forEach((row, i) => {
			columns.forEach((c, j) => {
				const value = sheet.getCell(HEADER_ROW + 1 + i, j + 1).value as number | string | null;
				if (c.kind === 'text') expect(value ?? '').toBe(row[j]);
				else {
					const asStored =
						c.kind === 'amount' && value !== null
							? new Decimal(value).times(10_000).toString()
							: value;
					expect(shown(asStored, c.kind, c.signed)).toBe(row[j]);
				}
			});
		});
	});

	it('freezes the header, filters it, and names the sources on a second sheet', () => {
		const sheet = book.worksheets[0]!;
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
		expect(sheet.autoFilter).toMatch(new RegExp(`^A${HEADER_ROW}:`));
		expect(sheet.getCell(HEADER_ROW, 2).value).toBe('调整后预算（万元） 2021年');
		const sources = JSON.stringify(book.getWorksheet(SOURCES_SHEET)!.getSheetValues());
		const manifest = JSON.parse(readFileSync(`${BUILD_DIR}/data/manifest.json`, 'utf8'));
		expect(sources).toContain(manifest.version);
		expect(sources).toContain('forms/shanghai-2021-hrss.txt');
	});

	it('opens cleanly in a second reader: well-formed sheet XML with numeric cells and a frozen pane', async () => {
		const zip = await JSZip.loadAsync(xlsxFile);
		const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
		const workbook = await zip.file('xl/workbook.xml')!.async('string');
		const problems = await w.page.evaluate(
			(docs) =>
				docs.map(
					(d) =>
						new DOMParser()
							.parseFromString(d, 'application/xml')
							.getElementsByTagName('parsererror').length
				),
			[xml, workbook]
		);
		expect(problems).toEqual([0, 0]);
		expect(xml).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
		expect(xml).toMatch(/<autoFilter ref="A4:/);
		expect(xml).toMatch(/<c r="B5" s="\d+"><v>[\d.]+<\/v><\/c>/);
		expect(workbook.match(/<sheet /g)).toHaveLength(2);
	});

	it('downloads a CSV with a BOM whose fields are the SQL values, RFC 4180 quoted', async () => {
		const file = await download(w, /下载 CSV/);
		expect(file.suggestedFilename()).toMatch(/\.csv$/);
		csv = readFileSync((await file.path())!);
		expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = readCsv(csv.subarray(3).toString('utf8'));
		expect(lines[0]![1]).toBe('调整后预算（万元） 2021年');
		rows.forEach((r, i) => {
			expect(lines[i + 1]).toEqual(
				columns.map((c) => {
					const cell = exportCell(r[c.key], c.kind);
					return cell.type === 'empty' ? '' : cell.type === 'text' ? cell.value : cell.text;
				})
			);
		});
		expect(lines[rows.length + 1]![0]).toBe('合计 / 平均');
	});

	it('writes the values the page shows into the CSV', () => {
		const lines = readCsv(csv.subarray(3).toString('utf8'));
		table.body.forEach((row, i) => {
			columns.forEach((c, j) => {
				const field = lines[i + 1]![j]!;
				if (c.kind === 'text') return expect(field).toBe(row[j]);
				const value =
					field === ''
						? null
						: c.kind === 'amount'
							? new Decimal(field).times(10_000).toString()
							: c.kind === 'rate'
								? new Decimal(field.replace('%', '')).div(100).toString()
								: field;
				expect(shown(value, c.kind, c.signed)).toBe(row[j]);
			});
		});
	});

	it('leaves no text field a spreadsheet would run as a formula', () => {
		const lines = readCsv(csv.subarray(3).toString('utf8'));
		for (const line of lines) {
			line.forEach((field, j) => {
				if (columns[j]?.kind === 'text') expect(looksLikeFormula(field), field).toBe(false);
			});
		}
	});

	it('prints on A4 landscape with the filters and the data version, no navigation and no cut columns', async () => {
		// the printable width of A4 landscape with 8 mm margins, at 96 px per inch
		const printable = Math.floor(((297 - 16) / 25.4) * 96);
		await w.page.setViewportSize({ width: printable, height: 800 });
		await printMedia(w.page); // the table re-renders for print (every row, in parts if wide)
		const layout = await w.page.evaluate(() => {
			const scroll = document.querySelector('.table-wrap .scroll')!;
			const visible = (s: string) => {
				const el = document.querySelector(s);
				return !!el && getComputedStyle(el).display !== 'none';
			};
			return {
				scrollWidth: scroll.scrollWidth,
				clientWidth: scroll.clientWidth,
				tableWidth: document.querySelector('.table-wrap table')!.getBoundingClientRect().width,
				nav: visible('.topbar'),
				controls: visible('section.controls'),
				downloads: visible('.downloads'),
				filters: document.querySelector('.print-filters')?.textContent ?? '',
				filtersShown: visible('.print-filters'),
				version: document.querySelector('.version')?.textContent ?? ''
			};
		});
		expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
		expect(layout.tableWidth).toBeLessThanOrEqual(printable);
		expect([layout.nav, layout.controls, layout.downloads]).toEqual([false, false, false]);
		expect(layout.filtersShown).toBe(true);
		expect(layout.filters).toBe('筛选条件：无（全部数据）');
		expect(layout.version).toMatch(/^数据版本 [0-9a-f]+$/);
		const pdf = await w.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// landscape A4 pages: 842 × 595 points
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 84[12](\.\d+)? 59[45](\.\d+)?\]/);
		await w.page.emulateMedia({ media: 'screen' });
		await w.page.setViewportSize({ width: 1366, height: 900 });
	});

	it('asks nothing of the internet and logs no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});

describe('the 对比 page by project, reloaded from its URL', () => {
	const selection: CompareSelection = {
		by: 'project',
		measures: ['adjusted', 'rate', 'total_score'],
		yearA: 2022,
		yearB: 2023
	};
	let w: WatchedPage;

	beforeAll(async () => {
		w = await site.open('compare/?origin=demo');
		await w.page.locator('.table-wrap tbody tr').first().waitFor({ timeout: 90_000 });
		await w.page.getByRole('button', { name: '项目 × 年度' }).click();
		await w.page.waitForURL(/cmp=project/);
		await w.page.locator('th', { hasText: '主管部门' }).waitFor();
		await w.page.reload();
		await w.page.locator('th', { hasText: '主管部门' }).waitFor({ timeout: 90_000 });
		await w.page.locator('.result[aria-busy="false"]').waitFor();
	});

	it('keeps the comparison and the filters on reload', () => {
		const url = new URL(w.page.url());
		expect(url.searchParams.get('cmp')).toBe('project');
		expect(url.searchParams.get('origin')).toBe('demo');
	});

	it('counts the projects SQL matches across the two years and shows the first one', async () => {
		const rows = await site.db.query<CompareRow>(
			compareQuery({ ...NO_FILTERS, origin: 'demo' }, selection)
		);
		await expect
			.poll(() => w.page.locator('.pager span').innerText())
			.toContain(`共 ${rows.length} 行`);
		const first = await w.page
			.locator('.table-wrap tbody tr')
			.first()
			.locator('td')
			.allInnerTexts();
		expect(first.slice(0, 3)).toEqual([
			rows[0]!.name,
			rows[0]!.department,
			formatCell(rows[0]!.adjusted_a ?? null, 'amount')
		]);
	});

	it('links a project to its form', async () => {
		const href = await w.page.locator('.table-wrap tbody tr a').first().getAttribute('href');
		expect(href).toMatch(/\/project\/\?.*id=\d+/);
	});

	it('reads well on a phone', async () => {
		await w.page.setViewportSize({ width: 390, height: 844 });
		const overflow = await w.page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(w.page, 'compare-390');
	});

	it('logs no errors', () => {
		expect(w.errors).toEqual([]);
	});
});
