/**
 * The A/B safety net of parser speed work: writes every record, warning and error the parser
 * gives for the bench:parse mix, one file's result per line, to the path given
 * (`npx tsx scripts/bench/parse-golden.ts /tmp/before.jsonl`); two branches' outputs compared
 * with `cmp` must be byte-identical.
 */
import { writeFileSync } from 'node:fs';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { parseMix } from './parse-mix.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: parse-golden.ts OUT.jsonl');
const { files } = parseMix(Number(process.env.BENCH_FORMS ?? 10_000));
const lines = files.map((bytes, n) => JSON.stringify(parseFile(bytes, `mix-${n}.txt`)));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${files.length} files' results written to ${out}`);
