/**
 * Parse throughput: ≥ 10,000 forms built by repeating the seed and the fixtures with varied
 * project names, parsed several times; prints the median forms/s and MB/s (one core).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../src/lib/parsing/index.ts';

const root = join(import.meta.dirname, '..');
const sources = [
	join(root, 'data', 'forms', 'shanghai-2021-hrss.txt'),
	...['shanghai-two-forms.txt', 'web-table.txt', 'glued.txt', 'sichuan.txt', 'anhui.txt'].map((f) =>
		join(root, 'tests', 'fixtures', 'forms', f)
	)
];
const texts = sources.map((p) => readFileSync(p, 'utf8'));
const FORMS_WANTED = Number(process.env.BENCH_FORMS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// one input file per repetition, the project names varied so no two files are equal
const files: Uint8Array[] = [];
let forms = 0;
for (let k = 0; forms < FORMS_WANTED; k++) {
	const text = (texts[k % texts.length] ?? '').replace(
		/项目名称(\s*\|?\s*)(\S)/g,
		`项目名称$1第${k}号$2`
	);
	const bytes = new TextEncoder().encode(text);
	files.push(bytes);
	forms += parseFile(bytes, 'warmup.txt').records.length;
}
const megabytes = files.reduce((n, f) => n + f.length, 0) / 1e6;

// wall time, and the CPU time of this process (steadier when other jobs share the cores)
const times: number[] = [];
const cpuTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
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
	`${forms} forms, ${megabytes.toFixed(1)} MB, median of ${RUNS} runs ${wall.toFixed(2)} s: ` +
		`${Math.round(forms / wall)} forms/s, ${(megabytes / wall).toFixed(1)} MB/s ` +
		`(CPU ${cpu.toFixed(2)} s: ${Math.round(forms / cpu)} forms per CPU second)`
);
