/**
 * Times the generator: 100,000 forms drawn and rendered (both layouts), nothing written.
 *   npx tsx scripts/bench-generate.ts [FORMS]      (npm run bench:generate)
 */
import {
	DEFAULT_OPTIONS,
	generateCorpus,
	renderFile,
	type LayoutId
} from '../src/lib/generate/index.ts';

const forms = Number(process.argv[2] ?? 100_000);
const start = performance.now();
const records = generateCorpus({ ...DEFAULT_OPTIONS, forms });
const generated = performance.now();

const files = new Map<string, typeof records>();
for (const r of records) {
	const list = files.get(r.source.file);
	if (list) list.push(r);
	else files.set(r.source.file, [r]);
}
let bytes = 0;
for (const list of files.values())
	bytes += renderFile(list, list[0]!.source.template as LayoutId, DEFAULT_OPTIONS.seed).length;
const rendered = performance.now();

const seconds = (rendered - start) / 1000;
console.log(`forms            ${records.length}`);
console.log(`generate         ${((generated - start) / 1000).toFixed(2)} s`);
console.log(
	`render           ${((rendered - generated) / 1000).toFixed(2)} s (${files.size} files, ${(bytes / 1e6).toFixed(1)} M characters)`
);
console.log(
	`total            ${seconds.toFixed(2)} s, ${Math.round(records.length / seconds)} forms/s`
);
console.log(
	`100,000 forms in ${((100_000 / records.length) * seconds).toFixed(1)} s (target: under 60 s)`
);
