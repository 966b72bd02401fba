/**
 * CPU time per filter change from a Chromium trace (browser.startTracing): each thread's own
 * CPU time (the trace's `tdur`, time the thread ran, not waited for a core: on this shared
 * machine the wall clock mostly measures the others' load), the page's main thread by what ran
 * (script, canvas, layout, paint), V8's background compiling of DuckDB's wasm, and the main
 * thread's script by library (the trace's sampled profile).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	id?: string;
	args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

interface ProfileNode {
	id: number;
	parent?: number;
	callFrame: { functionName: string; url: string };
}

/** [from, to] in the trace's clock (µs) */
type Window = [number, number];

export interface ChangeCpu {
	changes: number;
	/** ms per change by thread name, summed over threads of a name */
	threads: Map<string, number>;
	/** ms per change of V8 compiling wasm on the background threads (part of ThreadPool's) */
	wasmCompile: number;
	/** ms per change of the main thread by trace event, self time */
	mainEvents: Map<string, number>;
	/** share (0–1) of the main thread's samples by library */
	mainScript: Map<string, number>;
}

/** Which library a built chunk holds, by a name only that library's code contains. */
function libraryOf(dir: string, url: string, seen: Map<string, string>): string {
	let lib = seen.get(url);
	if (lib !== undefined) return lib;
	const file = url.replace(/^https?:\/\/[^/]+\//, '');
	lib = '';
	if (file.endsWith('.js') && existsSync(join(dir, file))) {
		const text = readFileSync(join(dir, file), 'utf8');
		if (text.includes('zrender')) lib = 'ECharts';
		else if (text.includes('AsyncDuckDB')) lib = 'DuckDB-WASM client, Arrow, decimal.js';
		else if (text.includes('svelte.dev/e/')) lib = 'Svelte';
		else lib = 'the app (views, state, components)';
	}
	seen.set(url, lib);
	return lib;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/**
 * The CPU time of the renderer's threads inside `windows` (performance.now() ms of the page,
 * mapped to the trace's clock through the `mark` user-timing entries the page made).
 */
export function changeCpu(
	trace: { traceEvents: TraceEvent[] },
	windows: [number, number][],
	mark: string,
	buildDir: string
): ChangeCpu {
	const events = trace.traceEvents;
	const anchor = events.find((e) => e.name === mark && e.args?.data?.startTime !== undefined);
	if (!anchor) throw new Error(`no ${mark} in the trace`);
	const pid = anchor.pid;
	const offset = anchor.ts - (anchor.args!.data!.startTime as number) * 1000;
	const spans: Window[] = windows.map(([a, b]) => [a * 1000 + offset, b * 1000 + offset]);
	const inside = (ts: number) => spans.some(([a, b]) => a <= ts && ts <= b);
	const n = spans.length;
	const names = new Map<number, string>();
	for (const e of events)
		if (e.pid === pid && e.ph === 'M' && e.name === 'thread_name')
			names.set(e.tid, String(e.args?.name));
	const main = [...names].find(([, name]) => name === 'CrRendererMain')?.[0];

	const threads = new Map<string, number>();
	const mainEvents = new Map<string, number>();
	let wasm = 0;
	const byThread = new Map<number, TraceEvent[]>();
	for (const e of events) {
		if (e.pid !== pid || e.ph !== 'X' || e.tdur === undefined || !inside(e.ts)) continue;
		const list = byThread.get(e.tid) ?? [];
		list.push(e);
		byThread.set(e.tid, list);
		if (e.name === 'ThreadPool_RunTask' && JSON.stringify(e.args).includes('wasm')) wasm += e.tdur;
	}
	for (const [tid, list] of byThread) {
		list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
		// nested events: a stack gives each its self time, the outermost the thread's time
		const stack: TraceEvent[] = [];
		for (const e of list) {
			while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
			const parent = stack.at(-1);
			if (!parent) add(threads, names.get(tid) ?? String(tid), e.tdur! / 1000 / n);
			if (tid === main) {
				if (parent) add(mainEvents, parent.name, -e.tdur! / 1000 / n);
				add(mainEvents, e.name, e.tdur! / 1000 / n);
			}
			stack.push(e);
		}
	}

	// the sampled profile of the main thread: each sample to the innermost library on its stack
	const mainScript = new Map<string, number>();
	const profile = events.find((e) => e.name === 'Profile' && e.tid === main && e.pid === pid);
	if (profile) {
		const nodes = new Map<number, ProfileNode>();
		let at = profile.args!.data!.startTime as number;
		const seen = new Map<string, string>();
		for (const e of events) {
			if (e.name !== 'ProfileChunk' || e.id !== profile.id) continue;
			const data = e.args!.data as {
				cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
				timeDeltas?: number[];
			};
			for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
			const deltas = data.timeDeltas ?? [];
			(data.cpuProfile?.samples ?? []).forEach((id, i) => {
				at += deltas[i] ?? 0;
				if (!inside(at)) return;
				let lib = '';
				for (let node = nodes.get(id); node && !lib; node = nodes.get(node.parent ?? -1))
					lib = node.callFrame.url ? libraryOf(buildDir, node.callFrame.url, seen) : '';
				const leaf = nodes.get(id)?.callFrame.functionName ?? '';
				add(mainScript, lib || (leaf.startsWith('(') ? leaf : 'the browser (native calls)'), 1);
			});
		}
		const total = [...mainScript.values()].reduce((a, b) => a + b, 0);
		for (const [k, v] of mainScript) mainScript.set(k, v / total);
	}
	return { changes: n, threads, wasmCompile: wasm / 1000 / n, mainEvents, mainScript };
}
