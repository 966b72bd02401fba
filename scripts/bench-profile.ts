/**
 * Where a filter change's time goes on the overview: the main thread's CPU profile (Chrome
 * DevTools protocol, Profiler domain) from the click to every chart repainted, over several
 * changes, summed by what ran (DuckDB's answers decoded, the views built, ECharts drawing,
 * Svelte updating, the page's layout and paint, idle while DuckDB's worker runs the SQL).
 * Prints the breakdown and the heaviest functions; no pass/fail. Build unminified for names:
 *   npx vite build --minify false && npx tsx scripts/bench-profile.ts [changes] [buildDir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveBuild } from './serve.ts';
import { median, timeChange } from './bench/measure-site.ts';

const changes = Number(process.argv[2] ?? 12);
const dir = process.argv[3] ?? 'build';

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	startTime: number;
	nodes: Node[];
	samples: number[];
	timeDeltas: number[];
}

/** Which library a built chunk holds, by a name only that library's code contains. */
function libraryOf(url: string): string {
	const file = url.replace(/^https?:\/\/[^/]+\//, '');
	if (!file.endsWith('.js') || !existsSync(join(dir, file))) return '';
	const text = readFileSync(join(dir, file), 'utf8');
	if (text.includes('zrender')) return 'echarts';
	if (text.includes('AsyncDuckDB')) return 'duckdb';
	if (text.includes('svelte.dev/e/')) return 'svelte';
	return 'app';
}

type Frame = Node['callFrame'] & { lib: string };

/** What a sample's time went to, from its stack (leaf first); the first rule that matches. */
const RULES: [string, (leaf: Frame, stack: Frame[]) => boolean][] = [
	['idle: DuckDB’s worker runs the SQL', (f) => f.functionName === '(idle)'],
	['garbage collection', (f) => f.functionName === '(garbage collector)'],
	[
		'browser: style, layout, paint, scripts’ parse (program)',
		(f) => f.functionName === '(program)'
	],
	[
		'Arrow answers to rows (arrowToRows)',
		(_, s) => s.some((f) => f.functionName === 'arrowToRows')
	],
	['ECharts (setOption, its render)', (_, s) => s.some((f) => f.lib === 'echarts')],
	[
		'views: queries, chart options, KPI cards',
		(_, s) =>
			s.some((f) => f.lib === 'app' && /(View|Option|Queries|Kpis|Cards)$/.test(f.functionName))
	],
	['DuckDB-WASM and Arrow (main thread)', (f) => f.lib === 'duckdb'],
	['Svelte runtime and components', (_, s) => s.some((f) => f.lib === 'svelte')],
	['other', () => true]
];

/**
 * Self time per sample, in ms, to its rule and its function: the samples between `from` and
 * `to` ms after the profile started (the click and the last chart's paint).
 */
function attribute(
	profile: Profile,
	window: { from: number; to: number },
	byRule: Map<string, number>,
	byFn: Map<string, number>
) {
	const libs = new Map<string, string>();
	const frames = new Map<number, Frame>();
	const parent = new Map<number, number>();
	for (const n of profile.nodes) {
		if (!libs.has(n.callFrame.url)) libs.set(n.callFrame.url, libraryOf(n.callFrame.url));
		frames.set(n.id, { ...n.callFrame, lib: libs.get(n.callFrame.url)! });
		for (const c of n.children ?? []) parent.set(c, n.id);
	}
	let at = 0;
	profile.samples.forEach((id, i) => {
		at += profile.timeDeltas[i]! / 1000;
		if (at < window.from || at > window.to) return;
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const stack: Frame[] = [];
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
			stack.push(frames.get(at)!);
		const rule = RULES.find(([, test]) => test(stack[0]!, stack))![0];
		byRule.set(rule, (byRule.get(rule) ?? 0) + ms);
		const leaf = stack[0]!;
		const key = `${leaf.functionName || '(anonymous)'}  ${leaf.lib || leaf.url}:${leaf.lineNumber}`;
		byFn.set(key, (byFn.get(key) ?? 0) + ms);
	});
}

/** Toggles giving selections not seen before (a seen one comes from the kept results). */
function* toggles(): Generator<string> {
	const grades = ['优', '良', '中', '差'];
	// each step flips one grade; the walk over the 16 subsets (a Gray code) never repeats
	for (let i = 1; i < 16; i++) yield grades[Math.log2(i ^ (i >> 1) ^ ((i - 1) ^ ((i - 1) >> 1)))]!;
}

const server = await serveBuild(dir, 0);
const browser = await launchBrowser();
try {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	await page.goto(server.url);
	await page.waitForFunction(() => performance.getEntriesByName('budgetlens:live-ready').length);
	await page.waitForLoadState('networkidle');
	const cdp: CDPSession = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	const byBucket = new Map<string, number>();
	const byFn = new Map<string, number>();
	const times: number[] = [];
	const walk = toggles();
	for (let i = 0; i < changes; i++) {
		const grade = walk.next().value as string | undefined;
		if (!grade) break;
		await page.waitForTimeout(600);
		await cdp.send('Profiler.start');
		// the page's clock when the profile began, give or take this round trip
		const started = await page.evaluate(() => performance.now());
		const { clickAt, repaint } = await timeChange(page, grade);
		times.push(repaint);
		const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
		const from = clickAt - started;
		// the first change also warms up: left out
		if (i > 0) attribute(profile, { from, to: from + repaint }, byBucket, byFn);
	}
	const total = [...byBucket.values()].reduce((a, b) => a + b, 0);
	const n = times.length - 1;
	console.log(`filter changes: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
	console.log(`median of the later ${n}: ${median(times.slice(1)).toFixed(0)} ms\n`);
	console.log(`main thread from the click to the repaint, mean per change (${n} changes):`);
	for (const [bucket, ms] of [...byBucket].sort((a, b) => b[1] - a[1]))
		console.log(
			`  ${(ms / n).toFixed(1).padStart(6)} ms  ${((100 * ms) / total).toFixed(0).padStart(3)} %  ${bucket}`
		);
	console.log('\nheaviest functions (self time, mean per change):');
	for (const [fn, ms] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25))
		console.log(`  ${(ms / n).toFixed(1).padStart(6)} ms  ${fn}`);
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
