/**
 * The first paint from build time (hooks.server.ts): each page's bare URL comes with its
 * results in the HTML, the same as DuckDB-WASM then gives live, in the same layout; a URL with
 * filters never shows them and waits for its own live answer.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryByYearQuery, type YearSummaryRow } from '../../src/lib/queries/overview.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { formatCount } from '../../src/lib/format/number.ts';
import { openWatchedPage } from './browser.ts';
import { framesSeen, recordFrames } from './frames.ts';
import { DESKTOP, kpiText, startSite, type Site } from './site.ts';

/** The pages with a view of their own at the bare URL (department and project need an id). */
const PAGES = ['', 'underspending/', 'indicators/', 'compare/', 'data/'];

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.close());

/** Where each of the elements sits, by its name. */
const boxes = (page: Page, selector: string, name: string) =>
	page.locator(selector).evaluateAll(
		(els, attr) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				const at = (v: number) => Math.round(v);
				return `${el.getAttribute(attr)} ${at(r.x)},${at(r.y)} ${at(r.width)}×${at(r.height)}`;
			}),
		name
	);

/** What the page shows: its text, and where each chart and KPI card sits. */
const snapshot = async (page: Page) => ({
	text: await page.locator('main').innerText(),
	charts: await boxes(page, '[role="img"][aria-label]', 'aria-label'),
	kpis: await boxes(page, '[data-kpi]', 'data-kpi')
});

/** The page as built, with no script run: what the first paint shows. */
async function prerendered(path: string) {
	const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
	const page = await context.newPage();
	await page.goto(site.url + path);
	const drawn = await page.locator('.chart-prerendered svg').count();
	// The charts' SVG text is no text of the page's.
	await page.evaluate(() =>
		document.querySelectorAll('.chart-prerendered').forEach((e) => e.remove())
	);
	const shown = await snapshot(page);
	const keys = await page.evaluate(
		() =>
			(
				JSON.parse(document.getElementById('budgetlens-prerendered')?.textContent ?? 'null') as {
					results: unknown[];
				} | null
			)?.results.length ?? 0
	);
	await context.close();
	return { ...shown, keys, drawn };
}

/** The same page live: once DuckDB-WASM has answered every query the build answered. */
async function live(path: string, queries: number) {
	const w = await site.open(path, DESKTOP);
	await w.page.waitForFunction(
		(n) => performance.getEntriesByName('budgetlens:query').length >= n,
		queries,
		{ timeout: 90_000 }
	);
	await w.page.waitForTimeout(300);
	// Nor is a live chart's SVG text (the overview's heatmap draws in SVG): hidden, the charts
	// keep their boxes (their height is set)
	await w.page.evaluate(() =>
		document
			.querySelectorAll<SVGElement>('[role="img"] svg')
			.forEach((e) => (e.style.display = 'none'))
	);
	const shown = await snapshot(w.page);
	expect(w.outside).toEqual([]);
	expect(w.errors).toEqual([]);
	return shown;
}

describe.each(PAGES)('the page /%s prerendered, then live', (path) => {
	let first: Awaited<ReturnType<typeof prerendered>>;
	let then: Awaited<ReturnType<typeof live>>;
	beforeAll(async () => {
		first = await prerendered(path);
		then = await live(path, first.keys);
	});

	it('comes with the results of its queries in the HTML', () => {
		expect(first.keys).toBeGreaterThan(0);
	});

	it('shows the same text before any script runs as when DuckDB-WASM answers', () => {
		expect(first.text).toBe(then.text);
	});

	it('draws its charts into the HTML, in the place and size of the live ones', () => {
		expect(first.drawn).toBe(then.charts.length);
		expect(first.charts).toEqual(then.charts);
	});

	it('places its KPI cards where the live ones go', () => {
		expect(first.kpis).toEqual(then.kpis);
	});
});

/** What each KPI card of a page showed, frame by frame (frames.ts), until the page is live. */
async function watchKpis(path: string) {
	const w = await openWatchedPage(site.browser, site.url, DESKTOP);
	site.opened.push(w);
	await recordFrames(w.page);
	await w.page.goto(site.url + path);
	// live: every query the build answered for the bare URL has been asked and answered
	await w.page.waitForFunction(
		() =>
			performance.getEntriesByName('budgetlens:query').length > 0 &&
			document.querySelectorAll('[data-kpi] .figure').length > 0 &&
			[...document.querySelectorAll<HTMLElement>('[data-kpi] .figure')].every((f) =>
				f.checkVisibility({ visibilityProperty: true })
			),
		null,
		{ timeout: 90_000 }
	);
	await w.page.waitForTimeout(500);
	const { kpis } = await framesSeen(w.page);
	expect(w.outside).toEqual([]);
	expect(w.errors).toEqual([]);
	return kpis;
}

/** The KPI figures of the built page before its own code runs (app.html's script does), by card. */
async function prerenderedKpis(path: string) {
	const context = await site.browser.newContext({ viewport: DESKTOP });
	await context.route('**/_app/**/*.js', (route) => route.abort());
	const page = await context.newPage();
	await page.goto(site.url + path);
	const figures = await page.locator('[data-kpi]').evaluateAll((cards) =>
		cards.map((card) => {
			const figure = card.querySelector<HTMLElement>('.figure');
			const shown = figure?.checkVisibility({ visibilityProperty: true });
			return [card.getAttribute('data-kpi')!, shown ? figure!.innerText : null] as const;
		})
	);
	await context.close();
	return Object.fromEntries(figures);
}

/** The pages with KPI cards at the bare URL. */
const KPI_PAGES = ['', 'underspending/', 'indicators/'];

describe.each(KPI_PAGES)('the switch from the build’s figures to live ones on /%s', (path) => {
	let bare: Record<string, string | null>;
	beforeAll(async () => {
		bare = await prerenderedKpis(path);
	});

	it('has KPI cards with figures in the HTML (else this proves nothing)', () => {
		expect(Object.keys(bare).length).toBeGreaterThan(0);
		expect(Object.values(bare)).not.toContain(null);
	});

	it('without filters, shows the build’s figures from the first frame and never another', async () => {
		const frames = await watchKpis(path);
		expect(frames).toEqual(Object.fromEntries(Object.entries(bare).map(([k, v]) => [k, [v]])));
	});

	it('with filters, shows no figure before its scripts run, then only its own', async () => {
		const filtered = `${path}?grade=优`;
		expect(Object.values(await prerenderedKpis(filtered)).every((v) => v === null)).toBe(true);
		const frames = await watchKpis(filtered);
		const shown = Object.entries(frames).map(
			([k, seen]) => [k, seen.filter((v) => v !== null)] as const
		);
		// one figure per card, ever: its live answer (a skeleton's card the live page does not
		// have was never shown at all)
		for (const [, seen] of shown) expect(seen.length).toBeLessThanOrEqual(1);
		expect(shown.filter(([, seen]) => seen.length === 1).length).toBeGreaterThan(0);
		// …which is not the bare URL's on some card (else the filter proved nothing)
		expect(shown.some(([k, seen]) => seen[0] !== bare[k])).toBe(true);
	});
});

describe('the overview with filters in the URL', () => {
	const path = '?grade=优';
	let filtered: YearSummaryRow;
	let all: YearSummaryRow;
	beforeAll(async () => {
		filtered = (
			await site.db.query<YearSummaryRow>(summaryByYearQuery({ ...NO_FILTERS, grades: ['优'] }))
		).at(-1)!;
		all = (await site.db.query<YearSummaryRow>(summaryByYearQuery(NO_FILTERS))).at(-1)!;
	});

	it('differs from the bare URL in its project count (else this test proves nothing)', () => {
		expect(filtered.forms).not.toBe(all.forms);
	});

	it('hides the built-in results before its scripts run', async () => {
		const context = await site.browser.newContext({ viewport: DESKTOP });
		// The page's own code never arrives: what shows is the HTML and app.html's first script.
		await context.route('**/_app/**/*.js', (route) => route.abort());
		const page = await context.newPage();
		await page.goto(site.url + path);
		const visible = await page
			.locator('[data-kpi="项目数"] .figure')
			.evaluate((el) => el.checkVisibility({ visibilityProperty: true }));
		await context.close();
		expect(visible).toBe(false);
	});

	it('never shows the bare URL’s figures, and then shows its own', async () => {
		const w = await openWatchedPage(site.browser, site.url, DESKTOP);
		site.opened.push(w);
		// Every frame from the first: the project count as far as it can be seen.
		await w.page.addInitScript(() => {
			const seen = new Set<string>();
			(window as unknown as { seen: Set<string> }).seen = seen;
			const look = () => {
				const el = document.querySelector<HTMLElement>('[data-kpi="项目数"] .figure');
				if (el?.checkVisibility({ visibilityProperty: true })) seen.add(el.innerText);
				requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		await w.page.goto(site.url + path);
		await expect
			.poll(() => kpiText(w, '项目数'), { timeout: 90_000 })
			.toBe(formatCount(filtered.forms));
		const seen = await w.page.evaluate(() => [
			...(window as unknown as { seen: Set<string> }).seen
		]);
		expect(seen).toEqual([formatCount(filtered.forms)]);
		expect(w.outside).toEqual([]);
	});
});
