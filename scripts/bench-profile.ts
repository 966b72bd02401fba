/**
 * Where a filter change's time goes on the overview, as CPU time (what each thread ran, from a
 * Chromium trace: on this shared machine the wall clock mostly measures the other jobs' load),
 * per change from the click to the answer on screen, over several changes after the page went
 * live: the page's main thread (by what ran, and its script by library), DuckDB's worker (the
 * SQL), V8 compiling DuckDB's wasm on background threads, raster and compositing. Prints the
 * breakdown and the wall times with the load average; no pass/fail.
 *   npx tsx scripts/bench-profile.ts [changes] [buildDir]   (build unminified for names:
 *   npx vite build --minify false)
 */
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveBuild } from './serve.ts';
import { median, timeChange } from './bench/measure-site.ts';
import { changeCpu } from './bench/trace-cpu.ts';

const changes = Number(process.argv[2] ?? 12);
const dir = process.argv[3] ?? 'build';

const CATEGORIES = [
	'toplevel',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'blink.user_timing',
	'disabled-by-default-v8.cpu_profiler'
];

/** Toggles giving selections not seen before (a seen one comes from the kept results). */
function* toggles(): Generator<string> {
	const grades = ['优', '良', '中', '差'];
	// each step flips one grade; the walk over the 16 subsets (a Gray code) never repeats
	for (let i = 1; i < 16; i++) yield grades[Math.log2(i ^ (i >> 1) ^ ((i - 1) ^ ((i - 1) >> 1)))]!;
}

const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
const server = await serveBuild(dir, 0);
const browser = await launchBrowser();
try {
	const load = loadavg()[0]!.toFixed(1);
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	await page.goto(server.url);
	await page.waitForFunction(() => performance.getEntriesByName('budgetlens:live-ready').length);
	await page.waitForLoadState('networkidle');
	await browser.startTracing(page, { categories: CATEGORIES });
	const windows: [number, number][] = [];
	const times: number[] = [];
	const walk = toggles();
	for (let i = 0; i < changes; i++) {
		const grade = walk.next().value as string | undefined;
		if (!grade) break;
		await page.waitForTimeout(600);
		const { clickAt, repaint } = await timeChange(page, grade);
		times.push(repaint);
		windows.push([clickAt, clickAt + repaint]);
	}
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
	const cpu = changeCpu(trace, windows, 'budgetlens:query-start', dir);
	console.log(`load average ${load} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
	console.log(
		`filter changes, click to answer on screen: ${times.map((t) => t.toFixed(0)).join(', ')} ms`
	);
	console.log(`median ${median(times).toFixed(0)} ms\n`);
	console.log(`CPU time per change, by thread (mean of ${cpu.changes}):`);
	for (const [thread, t] of [...cpu.threads].sort((a, b) => b[1] - a[1]))
		if (t >= 0.5) console.log(`  ${ms(t)}  ${thread}`);
	console.log(`  of which ${ms(cpu.wasmCompile).trim()} V8 compiling DuckDB's wasm (ThreadPool)`);
	console.log('\nmain thread, self time per change by what ran:');
	for (const [name, t] of [...cpu.mainEvents].sort((a, b) => b[1] - a[1]).slice(0, 12))
		console.log(`  ${ms(t)}  ${name}`);
	console.log('\nmain thread samples by library (the trace’s sampled profile):');
	for (const [lib, share] of [...cpu.mainScript].sort((a, b) => b[1] - a[1]).slice(0, 8))
		console.log(`  ${(share * 100).toFixed(0).padStart(4)} %  ${lib}`);
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
