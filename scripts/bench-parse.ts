/**
 * Parse throughput: the bench:parse mix (scripts/bench/parse-mix.ts: ≥ 10,000 forms from the
 * seed, each fixture and every template × extraction) parsed several times; prints the median
 * forms/s and MB/s (one core), by wall clock and by this process's CPU time.
 * Each run starts with the parser's text caches empty (clearMemos), as a user's first batch
 * would: the same bytes parsed again would otherwise be answered from the last run's caches.
 * `BENCH_WARM=1` keeps them (the flattering figure, for comparison);
 * `BENCH_ONLY=real|generated` keeps one half of the mix (to see where time goes);
 * `BENCH_BY_KIND=1` adds a pass that prints the CPU time per form of each extraction and template.
 */
import { clearMemos } from '../src/lib/parsing/memo.ts';
import { parseFile } from '../src/lib/parsing/index.ts';
import { parseMix } from './bench/parse-mix.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const WARM = process.env.BENCH_WARM === '1';
const { files, kinds, forms, sources, megabytes } = parseMix(
	Number(process.env.BENCH_FORMS ?? 10_000),
	ONLY
);

const times: number[] = [];
const cpuTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
	if (!WARM) clearMemos();
	const started = performance.now();
	const cpu = process.cpuUsage();
	let count = 0;
	for (const bytes of files) count += parseFile(bytes, 'bench.txt').records.length;
	const used = process.cpuUsage(cpu);
	times.push((performance.now() - started) / 1000);
	cpuTimes.push((used.user + used.system) / 1e6);
	if (count !== forms) throw new Error(`run ${run}: ${count} forms, expected ${forms}`);
}
const median = (values: number[]) =>
	values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 1;
const [wall, cpu] = [median(times), median(cpuTimes)];
console.log(
	`${forms} forms (${ONLY ?? 'all'}: ${sources} sources), ${megabytes.toFixed(1)} MB, ` +
		`caches ${WARM ? 'kept between runs' : 'emptied before each run'}, ` +
		`median of ${RUNS} runs ${wall.toFixed(2)} s: ` +
		`${Math.round(forms / wall)} forms/s, ${(megabytes / wall).toFixed(1)} MB/s ` +
		`(CPU ${cpu.toFixed(2)} s: ${Math.round(forms / cpu)} forms per CPU second)`
);

if (process.env.BENCH_BY_KIND === '1') {
	// one more pass, each file timed: where a form's time goes by extraction and by template
	clearMemos();
	const spent = new Map<string, { ms: number; forms: number }>();
	const add = (key: string, ms: number, n: number) => {
		const entry = spent.get(key) ?? { ms: 0, forms: 0 };
		spent.set(key, { ms: entry.ms + ms, forms: entry.forms + n });
	};
	for (const [k, bytes] of files.entries()) {
		const started = process.cpuUsage();
		const n = parseFile(bytes, 'bench.txt').records.length;
		const used = process.cpuUsage(started);
		const ms = (used.user + used.system) / 1000;
		const [template = 'real', extraction = 'seed and fixtures'] = (kinds[k] ?? '').split(' ');
		add(`extraction ${extraction}`, ms, n);
		if (kinds[k] !== 'real') add(`template ${template}`, ms, n);
	}
	for (const [key, { ms, forms: n }] of [...spent].sort((a, b) => a[0].localeCompare(b[0])))
		console.log(`${key}: ${(ms / n).toFixed(2)} ms of CPU a form (${n} forms)`);
}
