/**
 * Measures a built site in headless Chromium, cold (a fresh browser context each run): the
 * overview's first chart (the first paint when the chart came prerendered in the HTML, else
 * the live chart's paint), DuckDB-WASM ready, the dataset live, bytes over the wire, the
 * renderer's memory, and filter changes from the click to every chart repainted. Each run also
 * times stock DuckDB-WASM answering `SELECT 42` in a blank page, the first chart's yardstick.
 */
import type { Browser, Page } from 'playwright-core';
import { serveBuild } from '../serve.ts';
import { rendererMemory } from './renderer-memory.ts';
import { serveStockDuckdb } from './stock-duckdb.ts';

export interface SiteFigures {
	runs: number;
	firstChart: number[];
	stockSelect42: number[];
	dbReady: number[];
	liveReady: number[];
	transferred: number[];
	rendererRss: number[];
	rendererPeak: number[];
	repaint: number[];
	untilQueries: number[];
	inQueries: number[];
	laterRepaint: number[];
}

export const median = (xs: readonly number[]) => {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The p-th percentile (0–100), nearest rank. */
export const percentile = (xs: readonly number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

/** 优, 优良, 优良中, 优良中差, 良中差, 中差: six selections, all different. */
const LATER_TOGGLES = ['优', '良', '中', '差', '优', '良'];

async function timeStock(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => 'answeredAt' in window, null, { timeout: 60_000 });
	const [at, answer] = await page.evaluate(() => {
		const w = window as unknown as { answeredAt: number; answer: number };
		return [w.answeredAt, w.answer];
	});
	await context.close();
	if (answer !== 42) throw new Error(`stock DuckDB-WASM answered ${answer}, not 42`);
	return at;
}

/**
 * Changes a filter through the UI and times it from the click to the answer on screen: every
 * query the change started has answered and every chart in view it changed is drawn. (Charts whose
 * rows did not change are not drawn again, so "every chart drawn since the click" is no end:
 * before, the first redraw — the new filters over the old rows — counted as the end.)
 */
export async function timeChange(page: Page, grade: string) {
	await page.evaluate(() => {
		document.addEventListener(
			'pointerdown',
			() => ((window as unknown as { clickAt: number }).clickAt = performance.now()),
			{ capture: true, once: true }
		);
	});
	await page.getByRole('button', { name: grade, exact: true }).click();
	const start = await page.evaluate(() => (window as unknown as { clickAt: number }).clickAt);
	await page.waitForFunction(
		(t0) => {
			// (no named functions in here: tsx would wrap them in a helper the page lacks)
			const [started, answered] = ['budgetlens:query-start', 'budgetlens:query'].map(
				(name) => performance.getEntriesByName(name).filter((m) => m.startTime >= t0).length
			);
			return started! > 0 && answered! >= started!;
		},
		start,
		{ timeout: 30_000 }
	);
	// the answers' redraws run in the same task as their answers; one frame more to be sure
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
	const [starts, ends, paints] = await page.evaluate(
		(t0) => [
			performance
				.getEntriesByName('budgetlens:query-start')
				.map((m) => m.startTime)
				.filter((t) => t >= t0),
			performance
				.getEntriesByName('budgetlens:query')
				.filter((m) => m.startTime >= t0)
				.map((m) => m.startTime + m.duration),
			// the charts in view: those below the fold are drawn when the browser is idle
			[...document.querySelectorAll<HTMLElement>('[data-painted-at]')]
				.filter((el) => el.getBoundingClientRect().top < innerHeight)
				.map((el) => Number(el.dataset.paintedAt))
				.filter((t) => t >= t0)
		],
		start
	);
	return {
		clickAt: start,
		repaint: Math.max(...ends, ...paints) - start,
		untilQueries: Math.min(...starts) - start,
		inQueries: Math.max(...ends) - Math.min(...starts)
	};
}

/** Times `runs` cold loads of the overview of the site built in `buildDir`. */
export async function measureSite(
	browser: Browser,
	buildDir: string,
	runs: number
): Promise<SiteFigures> {
	const server = await serveBuild(buildDir, 0);
	const stock = await serveStockDuckdb();
	const f: SiteFigures = {
		runs,
		firstChart: [],
		stockSelect42: [],
		dbReady: [],
		liveReady: [],
		transferred: [],
		rendererRss: [],
		rendererPeak: [],
		repaint: [],
		untilQueries: [],
		inQueries: [],
		laterRepaint: []
	};
	try {
		for (let run = 0; run < runs; run++) {
			f.stockSelect42.push(await timeStock(browser, stock.url));
			const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
			const page = await context.newPage();
			const before = server.bytesSent();
			await page.goto(server.url);
			await page.waitForFunction(
				() => performance.getEntriesByName('budgetlens:live-ready').length > 0,
				null,
				{ timeout: 120_000 }
			);
			await page.waitForFunction(
				() => performance.getEntriesByName('budgetlens:first-chart').length > 0,
				null,
				{ timeout: 60_000 }
			);
			const marks = await page.evaluate(() =>
				Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))
			);
			// A chart that came with the HTML is visible at the first paint after it was parsed.
			const paint = await page.evaluate(
				() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
			);
			const inHtml = marks['budgetlens:chart-in-html'];
			f.firstChart.push(
				inHtml !== undefined ? Math.max(inHtml, paint) : marks['budgetlens:first-chart']!
			);
			f.dbReady.push(marks['budgetlens:db-ready']!);
			f.liveReady.push(marks['budgetlens:live-ready']!);
			await page.waitForLoadState('networkidle');
			f.transferred.push(server.bytesSent() - before);
			// Grade toggles, each giving a selection not seen before (a seen one comes from the
			// kept results): 优 is the first change after the load, the rest are later ones.
			for (const [i, grade] of LATER_TOGGLES.entries()) {
				const change = await timeChange(page, grade);
				if (i === 0) {
					f.repaint.push(change.repaint);
					f.untilQueries.push(change.untilQueries);
					f.inQueries.push(change.inQueries);
				} else f.laterRepaint.push(change.repaint);
				await page.waitForTimeout(300);
			}
			const memory = rendererMemory();
			if (memory) {
				f.rendererRss.push(memory.rss);
				f.rendererPeak.push(memory.peak);
			}
			await context.close();
		}
	} finally {
		await stock.close();
		await server.close();
	}
	return f;
}

/**
 * Measures several builds (before and after a change, the demo and a province's scale) in
 * turns, one cold load each per round, so the machine's load weighs on them alike.
 */
export async function measureInTurns(
	browser: Browser,
	dirs: readonly string[],
	runs: number
): Promise<Map<string, SiteFigures>> {
	const figures = new Map<string, SiteFigures>();
	for (let run = 0; run < runs; run++) {
		for (const dir of dirs) {
			const once = await measureSite(browser, dir, 1);
			const sum = figures.get(dir);
			if (!sum) figures.set(dir, once);
			else
				for (const key of Object.keys(once) as (keyof SiteFigures)[])
					if (key === 'runs') sum.runs++;
					else sum[key].push(...once[key]);
		}
	}
	return figures;
}
