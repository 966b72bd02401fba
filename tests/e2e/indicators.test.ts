import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type WatchedPage } from './browser.ts';
import {
	DESKTOP,
	kpiText as kpi,
	PHONE,
	startSite,
	tableCaptioned as table,
	type Site
} from './site.ts';
import { clickFirstBar, fitsViewport } from './ranking-click.ts';
import {
	indicatorSummaryQuery,
	pointsLostByDepartmentQuery,
	type DepartmentLossRow,
	type IndicatorSummaryRow
} from '../../src/lib/queries/indicators.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { formatCount, formatPoints } from '../../src/lib/format/number.ts';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

async function open(search = '', viewport = DESKTOP) {
	const w = await site.open(`indicators/${search}`, viewport);
	await w.page.locator('[data-kpi="失分指标"]').waitFor({ timeout: 90_000 });
	return w;
}

async function summaryFor(departments: string[] = []) {
	const [row] = await site.db.query<IndicatorSummaryRow>(
		indicatorSummaryQuery({ ...NO_FILTERS, departments })
	);
	return row!;
}

describe('the 指标分析 page on the whole dataset', () => {
	let w: WatchedPage;
	beforeAll(async () => {
		w = await open();
	});

	it('shows the counts and points lost SQL gives', async () => {
		const s = await summaryFor();
		expect(await kpi(w, '绩效指标')).toBe(formatCount(s.indicators));
		expect(await kpi(w, '失分指标')).toBe(formatCount(s.lost));
		expect(await kpi(w, '失分合计')).toBe(formatPoints(s.points_lost));
		expect(await kpi(w, '失分未说明原因')).toBe(formatCount(s.no_reason));
		expect(await kpi(w, '未达标却给满分')).toBe(formatCount(s.inflated));
	});

	it('draws its charts', async () => {
		for (const label of [
			'各类指标失分',
			'指标失分最多的部门',
			'指标失分分年度',
			'各部门分年度平均每个项目的指标失分'
		]) {
			const chart = w.page.locator(`[aria-label="${label}"]`);
			await expect.poll(() => chart.getAttribute('data-rendered')).toBe('true');
		}
		await w.page.waitForTimeout(400);
		await screenshot(w.page, 'indicators');
	});

	it('links each weak indicator to its project form', async () => {
		const href = await table(w, '失分或未达年度指标值的指标')
			.locator('tbody a')
			.first()
			.getAttribute('href');
		expect(href).toMatch(/project\/\?id=\d+/);
	});

	it('marks every full score given despite a missed target', async () => {
		const cells = table(w, '未达年度指标值却给满分的指标').locator('tbody td[data-tone]');
		const rows = await table(w, '未达年度指标值却给满分的指标').locator('tbody tr').count();
		expect(rows).toBeGreaterThan(0);
		expect(await cells.count()).toBeGreaterThanOrEqual(rows);
	});

	it('lists only indicators without a reason under 失分但未填写偏差原因', async () => {
		const headers = await table(w, '失分但未填写偏差原因的指标')
			.locator('thead th')
			.allInnerTexts();
		expect(headers.join()).not.toContain('偏差原因');
	});
});

describe('clicking a department bar', () => {
	let w: WatchedPage;
	let top: DepartmentLossRow;
	beforeAll(async () => {
		w = await open();
		[top] = (await site.db.query<DepartmentLossRow>(
			pointsLostByDepartmentQuery(NO_FILTERS, 15)
		)) as [DepartmentLossRow];
		await w.page.locator('[aria-label="指标失分最多的部门"][data-rendered="true"]').waitFor();
		await clickFirstBar(w.page, '指标失分最多的部门', 15);
		await w.page.waitForURL((url) => url.searchParams.get('dept') === top.department);
	});

	it('keeps the department in the URL', () => {
		expect(new URL(w.page.url()).searchParams.getAll('dept')).toEqual([top.department]);
	});

	it('shows the figures SQL gives for that department', async () => {
		const s = await summaryFor([top.department]);
		await expect.poll(() => kpi(w, '失分指标')).toBe(formatCount(s.lost));
		expect(await kpi(w, '失分合计')).toBe(formatPoints(top.points_lost));
	});

	it('lists only that department’s indicators', async () => {
		const departments = () =>
			table(w, '失分或未达年度指标值的指标').locator('tbody tr td:nth-child(2)').allInnerTexts();
		// the table answers on its own, after the KPI cards: wait for it
		await expect
			.poll(async () => [...new Set(await departments())], { timeout: 60_000 })
			.toEqual([top.department]);
		await screenshot(w.page, 'indicators-department');
	});
});

describe('on a 390 px phone', () => {
	it('fits the screen with nothing overlapping', async () => {
		const w = await open('', PHONE);
		await w.page.locator('[aria-label="指标失分最多的部门"][data-rendered="true"]').waitFor();
		await w.page.waitForTimeout(400);
		expect(await fitsViewport(w.page)).toBe(true);
		await screenshot(w.page, 'indicators-phone');
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
