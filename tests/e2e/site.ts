/**
 * The fixture every browser test starts from: the built site served on a free port, one
 * headless Chromium, and the site's own dataset in DuckDB for the figures SQL gives.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { serveBuild } from '../../scripts/serve.ts';
import type { Database } from '../../src/lib/db/database.ts';
import {
	formatAmount,
	formatCount,
	formatPoints,
	formatRate,
	pickAmountUnit
} from '../../src/lib/format/number.ts';
import type { Filters } from '../../src/lib/model/filters.ts';
import { summaryByYearQuery, type YearSummaryRow } from '../../src/lib/queries/overview.ts';
import { BUILD_DIR, launchBrowser, openWatchedPage, type WatchedPage } from './browser.ts';
import { builtDatabase } from './site-data.ts';

export type Viewport = { width: number; height: number };

export const DESKTOP: Viewport = { width: 1280, height: 900 };
export const PHONE: Viewport = { width: 390, height: 844 };

export interface Site {
	/** the server's root, ending in / */
	url: string;
	browser: Browser;
	db: Database;
	/** every page opened through `open`, to check none of them went outside or logged errors */
	opened: WatchedPage[];
	/** Opens a watched page at `path` (relative to the root, e.g. 'indicators/?origin=real'). */
	open(path: string, viewport?: Viewport): Promise<WatchedPage>;
	close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
	const server = await serveBuild(BUILD_DIR, 0);
	const browser = await launchBrowser();
	const db = await builtDatabase();
	const opened: WatchedPage[] = [];
	return {
		url: server.url,
		browser,
		db,
		opened,
		async open(path, viewport) {
			const w = await openWatchedPage(browser, server.url, viewport);
			opened.push(w);
			await w.page.goto(server.url + path);
			return w;
		},
		async close() {
			await browser.close();
			await server.close();
			await db.close();
		}
	};
}

/** The figure on the KPI card labelled `label`, as displayed. */
export const kpiText = (w: WatchedPage, label: string) =>
	w.page.locator(`[data-kpi="${label}"] .figure`).innerText();

/**
 * Waits until the overview's KPI cards show the latest year SQL gives on `db` under `filters`,
 * checks every card against it, and returns that year's row.
 */
export async function expectOverviewKpis(
	w: WatchedPage,
	db: Database,
	filters: Filters
): Promise<YearSummaryRow> {
	const expected = (await db.query<YearSummaryRow>(summaryByYearQuery(filters))).at(-1)!;
	const unit = pickAmountUnit(expected.adjusted);
	await expect
		.poll(() => kpiText(w, '项目数'), { timeout: 90_000 })
		.toBe(formatCount(expected.forms));
	expect(await kpiText(w, '调整后预算')).toBe(formatAmount(expected.adjusted, unit));
	expect(await kpiText(w, '执行数')).toBe(formatAmount(expected.executed, unit));
	expect(await kpiText(w, '预算执行率')).toBe(formatRate(expected.rate));
	expect(await kpiText(w, '平均总分')).toBe(formatPoints(expected.avg_score));
	return expected;
}

/** How far the page is wider than its window, in px (0 or less when nothing sticks out). */
export const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The table whose caption contains `caption`. */
export const tableCaptioned = (w: WatchedPage, caption: string) =>
	w.page.locator('table', { has: w.page.locator('caption', { hasText: caption }) });
