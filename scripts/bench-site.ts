/**
 * Measures the built site in headless Chromium, cold (a fresh browser context each run):
 * time from navigation to the overview's first chart, bytes over the wire, and the time from a
 * filter change (the first after the load, and a later one) to every chart repainted. Prints
 * medians; no pass/fail.
 *   npx tsx scripts/bench-site.ts [runs]
 */
import { serveBuild } from './serve.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';

const runs = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const server = await serveBuild('build', 0);
const browser = await launchBrowser();
const firstChart: number[] = [];
const dataReady: number[] = [];
const dbReady: number[] = [];
const transferred: number[] = [];
const repaint: number[] = [];
const untilQueries: number[] = [];
const inQueries: number[] = [];
const laterRepaint: number[] = [];

for (let run = 0; run < runs; run++) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	const before = server.bytesSent();
	await page.goto(server.url);
	await page.waitForFunction(
		() => performance.getEntriesByName('budgetlens:first-chart').length > 0,
		null,
		{
			timeout: 60_000
		}
	);
	const marks = await page.evaluate(() =>
		Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))
	);
	firstChart.push(marks['budgetlens:first-chart']!);
	dataReady.push(marks['budgetlens:data-loaded']!);
	dbReady.push(marks['budgetlens:db-ready']!);
	await page.waitForLoadState('networkidle');
	transferred.push(server.bytesSent() - before);

	// Filter changes through the UI: the grade toggle 优 (the first change after the load), then
	// 良 (a later one); each timed from the click event itself to every chart repainted.
	const charts = await page.locator('[data-painted-at]').count();
	const change = async (grade: string) => {
		await page.evaluate(() => {
			performance.clearMeasures('budgetlens:query');
			document.addEventListener(
				'pointerdown',
				() => ((window as unknown as { clickAt: number }).clickAt = performance.now()),
				{ capture: true, once: true }
			);
		});
		await page.getByRole('button', { name: grade, exact: true }).click();
		const start = await page.evaluate(() => (window as unknown as { clickAt: number }).clickAt);
		await page.waitForFunction(
			([t0, n]) => {
				const painted = [...document.querySelectorAll<HTMLElement>('[data-painted-at]')];
				return painted.length >= n && painted.every((el) => Number(el.dataset.paintedAt) > t0);
			},
			[start, charts] as const,
			{ timeout: 30_000 }
		);
		const end = await page.evaluate(() =>
			Math.max(
				...[...document.querySelectorAll<HTMLElement>('[data-painted-at]')].map((el) =>
					Number(el.dataset.paintedAt)
				)
			)
		);
		const queries = await page.evaluate(
			(t0) =>
				performance.getEntriesByName('budgetlens:query').map((m) => [m.startTime - t0, m.duration]),
			start
		);
		return {
			repaint: end - start,
			untilQueries: Math.min(...queries.map(([s]) => s!)),
			inQueries:
				Math.max(...queries.map(([s, d]) => s! + d!)) - Math.min(...queries.map(([s]) => s!))
		};
	};
	const first = await change('优');
	repaint.push(first.repaint);
	untilQueries.push(first.untilQueries);
	inQueries.push(first.inQueries);
	await page.waitForTimeout(500);
	laterRepaint.push((await change('良')).repaint);
	await context.close();
}
await browser.close();
await server.close();

const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`site, ${runs} cold loads of the overview (median):`);
console.log(
	`  first chart after navigation  ${ms(median(firstChart))}   (runs: ${firstChart.map(ms).join(', ')})`
);
console.log(`  DuckDB-WASM started           ${ms(median(dbReady))}`);
console.log(`  dataset loaded into DuckDB    ${ms(median(dataReady))}`);
console.log(`  transferred                   ${(median(transferred) / 1e6).toFixed(2)} MB`);
console.log(
	`  filter change to all charts repainted  ${ms(median(repaint))}   (runs: ${repaint.map(ms).join(', ')})`
);
console.log(
	`    of which: click to first query ${ms(median(untilQueries))}, queries ${ms(median(inQueries))}`
);
console.log(
	`  a later filter change                  ${ms(median(laterRepaint))}   (runs: ${laterRepaint.map(ms).join(', ')})`
);
