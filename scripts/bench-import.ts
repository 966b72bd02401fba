/**
 * 300 forms dropped on the built site's 导入 page in headless Chromium: 5 PDFs (Chromium, A4)
 * and 5 workbooks of 30 forms each. Times the reading (drop → every file done, in the worker),
 * 加入看板 (→ kept and laid into DuckDB) and the overview under 仅上传数据 showing them, and
 * the main thread's long tasks meanwhile (PerformanceObserver 'longtask'; the target is none
 * over 100 ms). Prints the figures; no pass/fail.
 *   npx tsx scripts/bench-import.ts [buildDir]      (after npm run build)
 */
import ExcelJS from 'exceljs';
import { renderHtmlPage } from '../src/lib/generate/render-html.ts';
import { renderXlsx } from '../src/lib/generate/render-xlsx.ts';
import { launchBrowser, openWatchedPage } from '../tests/e2e/browser.ts';
import { generateCorpus } from '../src/lib/generate/index.ts';
import { serveBuild } from './serve.ts';

const FILES = 10;
const PER_FILE = 30;
const dir = process.argv[2] ?? 'build';
const forms = generateCorpus({
	seed: 23,
	departments: 100,
	years: [2021, 2023],
	projectsPerDepartment: [1, 3],
	layouts: ['web']
}).slice(0, FILES * PER_FILE);
if (forms.length < FILES * PER_FILE) throw new Error(`generated only ${forms.length} forms`);

const browser = await launchBrowser();
const server = await serveBuild(dir, 0);
try {
	const printer = await browser.newPage();
	const files: { name: string; b64: string }[] = [];
	for (let i = 0; i < FILES; i++) {
		const part = forms.slice(i * PER_FILE, (i + 1) * PER_FILE);
		let bytes: Uint8Array;
		if (i % 2 === 0) {
			await printer.setContent(renderHtmlPage(part), { waitUntil: 'load' });
			bytes = new Uint8Array(await printer.pdf({ format: 'A4', printBackground: true }));
		} else bytes = await renderXlsx(ExcelJS, part);
		files.push({
			name: `bench-${i + 1}.${i % 2 === 0 ? 'pdf' : 'xlsx'}`,
			b64: Buffer.from(bytes).toString('base64')
		});
	}
	await printer.close();

	const w = await openWatchedPage(browser, server.url);
	await w.page.addInitScript(() => {
		const tasks: { start: number; duration: number }[] = [];
		(window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	await w.page.goto(server.url + 'import/');
	await w.page.locator('.drop[data-live="true"]').waitFor();
	await w.page.waitForLoadState('networkidle');
	// the files are made in the page before the clock starts: decoding them is not the page's work
	await w.page.evaluate((list) => {
		const transfer = new DataTransfer();
		for (const f of list)
			transfer.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
		(window as unknown as { benchDrop: DataTransfer }).benchDrop = transfer;
	}, files);
	await w.page.waitForTimeout(500);
	const from = await w.page.evaluate(() => performance.now());
	const t0 = Date.now();
	await w.page.evaluate(() => {
		const transfer = (window as unknown as { benchDrop: DataTransfer }).benchDrop;
		document
			.querySelector('.drop')!
			.dispatchEvent(
				new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
	});
	// waits that cost the page little (a role query over 300 rows takes ~100 ms of its thread)
	const until = (test: string) =>
		w.page.waitForFunction(test, null, { polling: 250, timeout: 600_000 });
	await until(`document.querySelectorAll('[data-status="done"]').length === ${FILES}`);
	const read = Date.now() - t0;
	const readAt = await w.page.evaluate(() => performance.now());
	const counts = await w.page.locator('li[data-file] .count').allInnerTexts();
	const formsRead = counts.reduce((n, t) => n + Number(/\d+/.exec(t)?.[0] ?? 0), 0);

	const t1 = Date.now();
	const keep = () =>
		w.page.evaluate(() => document.querySelector<HTMLElement>('.actions .primary')!.click());
	await keep();
	await until(`document.querySelector('.actions [role="status"], [data-duplicate]')`);
	// duplicates of the demo dataset's forms: keep both
	if (await w.page.evaluate(() => !!document.querySelector('[data-duplicate]'))) await keep();
	await until(`document.querySelector('.actions [role="status"]')`);
	const kept = Date.now() - t1;
	const to = await w.page.evaluate(() => performance.now());
	const tasks = (
		await w.page.evaluate(
			() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
		)
	).filter((t) => t.start >= from && t.start <= to);

	const t2 = Date.now();
	await w.page.goto(server.url + '?origin=uploaded');
	await w.page.locator('[data-kpi="项目数"] .figure', { hasText: /^\d/ }).waitFor();
	const overview = Date.now() - t2;

	const longest = Math.max(0, ...tasks.map((t) => t.duration));
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	console.log(
		`导入 in the browser: ${formsRead} forms in ${FILES} files (${FILES / 2} PDF, ${FILES / 2} XLSX)`
	);
	console.log(
		`  read in the worker: ${s(read)} (${(formsRead / (read / 1000)).toFixed(1)} forms/s)`
	);
	console.log(`  加入看板 (kept in IndexedDB, laid into DuckDB): ${s(kept)}`);
	console.log(`  overview under 仅上传数据 after navigating: ${s(overview)}`);
	console.log(
		`  main-thread long tasks from drop to kept: ${tasks.length}, longest ${longest.toFixed(0)} ms, over 100 ms: ${tasks.filter((t) => t.duration > 100).length} (target: none)`
	);
	for (const t of tasks)
		console.log(
			`    ${t.duration.toFixed(0)} ms at ${((t.start - from) / 1000).toFixed(1)} s (${t.start < readAt ? 'reading' : 'keeping'})`
		);
	if (w.outside.length) console.log(`  requests beyond the site: ${w.outside.join(', ')}`);
} finally {
	await browser.close();
	await server.close();
}
