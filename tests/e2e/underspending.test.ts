import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type WatchedPage } from './browser.ts';
import { DESKTOP, kpiText as kpi, PHONE, startSite, tableCaptioned, type Site } from './site.ts';
import { clickFirstBar, fitsViewport } from './ranking-click.ts';
import {
	underspendSummaryQuery,
	unspentDepartmentsQuery,
	type UnderspendSummaryRow,
	type UnspentDepartmentRow
} from '../../src/lib/queries/underspending.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { DEFAULT_THRESHOLDS } from '../../src/lib/model/thresholds.ts';
import { formatAmount, formatCount, pickAmountUnit } from '../../src/lib/format/number.ts';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

async function open(search = '', viewport = DESKTOP) {
	const w = await site.open(`underspending/${search}`, viewport);
	await w.page.locator('[data-kpi="结余金额"]').waitFor({ timeout: 90_000 });
	return w;
}

async function summaryFor(departments: string[] = []) {
	const [row] = await site.db.query<UnderspendSummaryRow>(
		underspendSummaryQuery({ ...NO_FILTERS, departments })
	);
	return row!;
}

const lowestTable = (w: WatchedPage) => tableCaptioned(w, '执行率最低的项目');

const RATE_COLUMNS = { 执行率最低的项目: 7, 各部门结余与执行率: 6 } as const;

/** A table's rate cells (in %), whether each is marked and with which icon. */
async function rateCells(w: WatchedPage, caption: keyof typeof RATE_COLUMNS = '执行率最低的项目') {
	const table = tableCaptioned(w, caption);
	await table.locator('tbody tr').first().waitFor();
	return table.locator(`tbody tr td:nth-child(${RATE_COLUMNS[caption]})`).evaluateAll((cells) =>
		cells.map((c) => ({
			rate: Number(c.textContent!.replace(/[^\d.]/g, '')),
			tone: c.getAttribute('data-tone'),
			icon: c.querySelector('.tone-icon')?.textContent ?? null
		}))
	);
}

describe('the 执行与结余 page on the whole dataset', () => {
	let w: WatchedPage;
	beforeAll(async () => {
		w = await open();
	});

	it('shows the unspent total SQL gives, in its unit', async () => {
		const s = await summaryFor();
		const unit = pickAmountUnit(s.adjusted);
		expect(await kpi(w, '结余金额')).toBe(formatAmount(s.unspent, unit));
		expect(await kpi(w, '项目数')).toBe(formatCount(s.forms));
	});

	it('marks rates below 90 % and 60 % with an icon in the tables', async () => {
		const cells = [...(await rateCells(w)), ...(await rateCells(w, '各部门结余与执行率'))];
		expect(cells.length).toBeGreaterThan(15);
		for (const c of cells) {
			const expected = c.rate < 60 ? 'attention' : c.rate < 90 ? 'watch' : null;
			expect(c.tone).toBe(expected);
			expect(c.icon).toBe(expected === 'attention' ? '▲' : expected === 'watch' ? '●' : null);
		}
	});

	it('draws its charts', async () => {
		for (const label of ['结余金额最多的部门', '结余金额最多的项目', '预算规模与执行率散点图']) {
			const chart = w.page.locator(`[aria-label="${label}"]`);
			await expect.poll(() => chart.getAttribute('data-rendered')).toBe('true');
		}
		await w.page.waitForTimeout(400);
		await screenshot(w.page, 'underspending');
	});

	it('links each project to its form', async () => {
		const href = await lowestTable(w).first().locator('tbody a').first().getAttribute('href');
		expect(href).toMatch(/project\/\?id=\d+/);
	});
});

describe('clicking a department bar', () => {
	let w: WatchedPage;
	let top: UnspentDepartmentRow;
	beforeAll(async () => {
		w = await open();
		[top] = (await site.db.query<UnspentDepartmentRow>(unspentDepartmentsQuery(NO_FILTERS))) as [
			UnspentDepartmentRow
		];
		await w.page.locator('[aria-label="结余金额最多的部门"][data-rendered="true"]').waitFor();
		await clickFirstBar(w.page, '结余金额最多的部门', 15);
		await w.page.waitForURL((url) => url.searchParams.get('dept') === top.department);
	});

	it('keeps the department in the URL', () => {
		expect(new URL(w.page.url()).searchParams.getAll('dept')).toEqual([top.department]);
	});

	it('shows the figures SQL gives for that department', async () => {
		const s = await summaryFor([top.department]);
		await expect.poll(() => kpi(w, '项目数')).toBe(formatCount(top.forms));
		expect(await kpi(w, '结余金额')).toBe(formatAmount(s.unspent, pickAmountUnit(s.adjusted)));
	});

	it('lists only that department in the table', async () => {
		const table = tableCaptioned(w, '各部门结余与执行率');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
		expect(await table.locator('tbody tr td').first().innerText()).toBe(top.department);
		await screenshot(w.page, 'underspending-department');
	});
});

describe('adjusting a threshold', () => {
	let w: WatchedPage;
	let before: Awaited<ReturnType<typeof rateCells>>;
	beforeAll(async () => {
		w = await open();
		before = await rateCells(w, '各部门结余与执行率');
		const input = w.page.locator('input[name="watch"]');
		await input.fill('99');
		await input.press('Enter');
		await input.blur();
		await w.page.waitForURL((url) => url.searchParams.get('watch') === '99');
	});

	it('keeps the threshold in the URL as a percentage', () => {
		expect(new URL(w.page.url()).searchParams.get('watch')).toBe('99');
	});

	it('marks the rows below the new threshold, and only them', async () => {
		const marked = async () =>
			(await rateCells(w, '各部门结余与执行率')).filter((c) => c.tone !== null).length;
		await expect.poll(marked).toBeGreaterThan(before.filter((c) => c.tone !== null).length);
		const cells = [...(await rateCells(w)), ...(await rateCells(w, '各部门结余与执行率'))];
		for (const c of cells) {
			expect(c.tone).toBe(c.rate < 60 ? 'attention' : c.rate < 99 ? 'watch' : null);
		}
	});

	it('counts the projects below it as SQL does', async () => {
		const [s] = await site.db.query<UnderspendSummaryRow>(
			underspendSummaryQuery({
				...NO_FILTERS,
				thresholds: { ...DEFAULT_THRESHOLDS, watch: '0.99' }
			})
		);
		await expect.poll(() => kpi(w, '执行率低于99%的项目')).toBe(formatCount(s!.below_watch));
	});

	it('survives a reload', async () => {
		await w.page.reload();
		await w.page.locator('[data-kpi="执行率低于99%的项目"]').waitFor({ timeout: 90_000 });
		expect(await w.page.locator('input[name="watch"]').inputValue()).toBe('99');
	});
});

describe('on a 390 px phone', () => {
	it('fits the screen with nothing overlapping', async () => {
		const w = await open('', PHONE);
		await expect
			.poll(() => w.page.locator('[aria-label="结余金额最多的部门"]').getAttribute('data-rendered'))
			.toBe('true');
		await w.page.waitForTimeout(400);
		expect(await fitsViewport(w.page)).toBe(true);
		await screenshot(w.page, 'underspending-phone');
	});
});

describe('every page opened', () => {
	it('asks nothing of the internet', () => {
		expect(site.opened.flatMap((w) => w.outside)).toEqual([]);
	});

	it('logs no console errors', () => {
		expect(site.opened.flatMap((w) => w.errors)).toEqual([]);
	});
});
