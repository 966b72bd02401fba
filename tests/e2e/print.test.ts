/**
 * Printing on A4 as a person would (Chromium's print to PDF), read back page by page with
 * poppler-utils: the 对比 table with every measure chosen, 执行与结余, and a department page
 * with its five-year trend. The pages are in screenshots/ as PNG to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measuresFor } from '../../src/lib/model/compare.ts';
import type { WatchedPage } from './browser.ts';
import { printOverflow, printPages, PRINTABLE_PX, type PrintedPage } from './pdf-pages.ts';
import { startSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

/** Opens a page and waits for its first table row and the printed copies of its charts. */
async function openForPrint(path: string): Promise<WatchedPage> {
	const w = await site.open(path);
	await w.page.locator('.table-wrap tbody tr').first().waitFor();
	await w.page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('.chart')].every((c) => c.dataset.printed === 'true')
	);
	return w;
}

/** A heading cell standing alone in the laid-out text (not inside a caption or a name). */
const standalone = (text: string, word: string) =>
	new RegExp(`(^|\\s)${word}(\\s|$)`, 'm').test(text);

/** What every printout must be: no near-blank page, nothing running past the right margin. */
function expectWholePages(pages: PrintedPage[]) {
	expect(pages.length).toBeGreaterThan(1);
	for (const [k, p] of pages.entries()) {
		const lines = p.text.split('\n').filter((l) => l.trim()).length;
		expect({ page: k + 1, inked: p.ink > 0.005, lines: lines >= 5 }).toEqual({
			page: k + 1,
			inked: true,
			lines: true
		});
		expect({ page: k + 1, inkAtRightEdge: p.inkAtRightEdge }).toEqual({
			page: k + 1,
			inkAtRightEdge: 0
		});
	}
}

/** The years a chart's printed copy draws, and whether any of its text lies past its right edge. */
async function printedChart(w: WatchedPage, label: string) {
	await w.page.emulateMedia({ media: 'print' }); // shown only in print: measured only there
	const drawn = await w.page
		.locator(`[aria-label="${label}"] + .print-chart svg`)
		.evaluate((svg) => {
			const box = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll('text')];
			return {
				years: texts.map((t) => t.textContent ?? '').filter((t) => /^20\d\d$/.test(t)),
				// any label reaching past the chart's own edges would be cut on paper
				cut: texts.some((t) => {
					const b = t.getBoundingClientRect();
					return b.width > 0 && (b.left < box.left - 0.5 || b.right > box.right + 0.5);
				}),
				shown: svg.getBoundingClientRect().height > 100
			};
		});
	await w.page.emulateMedia({ media: 'screen' });
	return drawn;
}

describe('对比 printed with every measure chosen', () => {
	const measures = measuresFor('department');
	let pages: PrintedPage[];
	let all: string;
	let overflow: number;
	beforeAll(async () => {
		const w = await openForPrint(
			`compare/?origin=demo&cmp=department&m=${measures.map((m) => m.id).join(',')}&ya=2022&yb=2023`
		);
		overflow = await printOverflow(w.page, PRINTABLE_PX.landscape);
		pages = await printPages(w.page, 'print-compare');
		all = pages.map((p) => p.text).join('\n');
	});

	it('prints every page landscape', () => expect(pages.every((p) => p.landscape)).toBe(true));

	it('fits the printable width: no table wider than the paper', () =>
		expect(overflow).toBeLessThanOrEqual(0));

	it('prints no blank page and nothing past the right margin', () => expectWholePages(pages));

	it('prints the column headings on every page', () => {
		for (const [k, p] of pages.entries())
			expect({
				page: k + 1,
				name: standalone(p.text, '部门'),
				year: standalone(p.text, '2023年')
			}).toEqual({ page: k + 1, name: true, year: true });
	});

	it('prints every measure: a table too wide for the page is split, names repeated', () => {
		for (const m of measures) expect(all).toContain(m.label.department);
		const parts = /（1\/(\d)）/.exec(all);
		expect(Number(parts?.[1])).toBeGreaterThan(1);
	});

	it('prints how the table reads under its last rows, on the last page', () => {
		const last = pages.at(-1)!.text;
		// the 合计 row and the notes never stand alone: rows of the table above them
		const lines = last.split('\n');
		const total = lines.findIndex((l) => /^\s*合计 \/ 平均\s/.test(l));
		expect(lines.slice(0, total).filter((l) => /\d\.\d\d%/.test(l)).length).toBeGreaterThanOrEqual(
			3
		);
		expect(last).toContain('变化率 = 变化 ÷ |2022年|');
		expect(last).toContain('金额单位：万元');
		expect(all.match(/金额单位：万元/g)).toHaveLength(1);
	});

	it('prints the 合计 / 平均 row once per part, at its end, not at every page foot', () => {
		const parts = Number(/（1\/(\d)）/.exec(all)?.[1]);
		expect(all.match(/^\s*合计 \/ 平均\s/gm)?.length).toBe(parts); // the row, not the note on it
		expect(parts).toBeLessThan(pages.length);
	});
});

describe('执行与结余 printed', () => {
	let w: WatchedPage;
	let pages: PrintedPage[];
	let overflow: number;
	beforeAll(async () => {
		w = await openForPrint('underspending/?origin=demo');
		overflow = await printOverflow(w.page, PRINTABLE_PX.portrait);
		pages = await printPages(w.page, 'print-underspending');
	});

	it('fits the printable width: no table wider than the paper', () =>
		expect(overflow).toBeLessThanOrEqual(0));

	it('prints no blank page and nothing past the right margin', () => expectWholePages(pages));

	it('prints the column headings on every page holding table rows', () => {
		// a table row here holds amounts in 万元 and a rate: "… 80,660.32 … 86.92%"
		const row = /\d,\d{3}\.\d\d\s.*\d+\.\d\d%/;
		for (const [k, p] of pages.entries()) {
			if (!row.test(p.text)) continue;
			expect({ page: k + 1, headings: standalone(p.text, '主管部门') }).toEqual({
				page: k + 1,
				headings: true
			});
		}
	});

	it('draws every chart whole at the printed width', async () => {
		for (const label of ['结余金额最多的部门', '结余金额最多的项目', '预算规模与执行率散点图'])
			expect(await printedChart(w, label)).toMatchObject({ cut: false, shown: true });
	});
});

describe('a department page printed', () => {
	let w: WatchedPage;
	let pages: PrintedPage[];
	let overflow: number;
	beforeAll(async () => {
		w = await openForPrint(`department/?origin=demo&d=${encodeURIComponent('上海市教育委员会')}`);
		overflow = await printOverflow(w.page, PRINTABLE_PX.portrait);
		pages = await printPages(w.page, 'print-department');
	});

	it('fits the printable width: no table wider than the paper', () =>
		expect(overflow).toBeLessThanOrEqual(0));

	it('prints nothing past the right margin', () =>
		expect(pages.map((p) => p.inkAtRightEdge)).toEqual(pages.map(() => 0)));

	it('draws the trend chart with all its years, 2019 to 2023, none cut', async () =>
		expect(await printedChart(w, '部门预算执行率与平均总分年度趋势')).toEqual({
			years: ['2019', '2020', '2021', '2022', '2023'],
			cut: false,
			shown: true
		}));
});
