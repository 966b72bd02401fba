/**
 * Parser speed, A/B: the parser of another checkout (`npx tsx scripts/bench/parse-ab.ts DIR`,
 * DIR holding `src/lib/parsing`) and this one parse the bench:parse mix in one process, passes
 * alternating, each pass with its text caches emptied; prints each side's forms per CPU second
 * (fastest and median pass) and their ratio. The machine is shared: read the ratio.
 */
import { resolve } from 'node:path';
import type { ParseResult } from '../../src/lib/model/form.ts';
import { parseMix } from './parse-mix.ts';

type Side = {
	name: string;
	parse: (bytes: Uint8Array, file: string) => ParseResult;
	clear: () => void;
};

const before = process.argv[2];
if (!before) throw new Error('usage: parse-ab.ts DIR_OF_THE_OTHER_CHECKOUT [passes]');
const PASSES = Number(process.argv[3] ?? 4);
const load = async (name: string, dir: string): Promise<Side> => {
	const parsing = resolve(dir, 'src', 'lib', 'parsing');
	const { parseFile } = await import(resolve(parsing, 'index.ts'));
	const memo = await import(resolve(parsing, 'memo.ts'));
	if (typeof memo.clearMemos !== 'function') console.warn(`${name}: no clearMemos, caches kept`);
	return { name, parse: parseFile, clear: memo.clearMemos ?? (() => {}) };
};
const sides = [
	await load('before', before),
	await load('after', resolve(import.meta.dirname, '..', '..'))
];
const { files, forms } = parseMix(Number(process.env.BENCH_FORMS ?? 10_000));

const cpu: number[][] = sides.map(() => []);
for (let pass = 0; pass < PASSES; pass++)
	for (const [k, side] of sides.entries()) {
		side.clear();
		const started = process.cpuUsage();
		let count = 0;
		for (const bytes of files) count += side.parse(bytes, 'bench.txt').records.length;
		const used = process.cpuUsage(started);
		cpu[k]!.push((used.user + used.system) / 1e6);
		if (count !== forms) throw new Error(`${side.name}: ${count} forms, expected ${forms}`);
	}
const rate = (s: number) => Math.round(forms / s);
const summary = cpu.map((times) => {
	const sorted = [...times].sort((a, b) => a - b);
	return { best: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
});
for (const [k, side] of sides.entries())
	console.log(
		`${side.name}: ${rate(summary[k]!.best)} forms per CPU second at best, ` +
			`${rate(summary[k]!.median)} median (${cpu[k]!.map((s) => s.toFixed(2)).join(' ')} s)`
	);
console.log(`after ÷ before, best passes: ${(summary[0]!.best / summary[1]!.best).toFixed(2)} ×`);
