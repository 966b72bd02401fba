/**
 * For any set of input files: every file appears in the manifest exactly once (as an entry or as
 * a copy of one) with forms, an error, a skip reason or its superseded forms, and the forms the
 * manifest counts are the rows of forms.arrow.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/dataset.ts';
import { FIXTURES } from '../parsing/helpers.ts';
import { readManifest, runCli, tempDir } from './run.ts';

const seed = readFileSync(SEED_FILE, 'utf8');
const fixtures = readdirSync(FIXTURES).map((name) => readFileSync(join(FIXTURES, name)));

type Make = (path: string) => void;
const kinds: fc.Arbitrary<Make>[] = [
	fc.constantFrom(...fixtures).map(
		(bytes): Make =>
			(p) =>
				writeFileSync(p, bytes)
	),
	fc.constant<Make>((p) => writeFileSync(p, seed)),
	fc.constant<Make>((p) => writeFileSync(p, iconv.encode(seed, 'gbk'))),
	// the seed with other numbers: a conflict with the seed
	fc.nat({ max: 9 }).map(
		(n): Make =>
			(p) =>
				writeFileSync(p, seed.replace('1,080,740', `${n},080,740`))
	),
	fc.constant<Make>((p) => writeFileSync(p, '宣传工作及时率\n=100% 100% 6 6\n')),
	fc.constant<Make>((p) => writeFileSync(p, '')),
	fc.constant<Make>((p) => symlinkSync('missing.txt', p)),
	fc.constant<Make>((p) => spawnSync('mkfifo', [p]))
];
const file = fc.record({
	make: fc.oneof(...kinds),
	folder: fc.constantFrom('', 'a/', 'a/b/'),
	ending: fc.constantFrom('.txt', '.txt', '.htm', '.pdf', '.md', '')
});

describe('budgetlens build on any set of files', () => {
	it('accounts for every file exactly once and counts the rows it wrote', () => {
		fc.assert(
			fc.property(fc.array(file, { minLength: 1, maxLength: 8 }), (files) => {
				const dir = tempDir('property');
				const names = files.map((f, i) => `forms/${f.folder}f${i}${f.ending}`);
				files.forEach((f, i) => {
					mkdirSync(join(dir, 'forms', f.folder), { recursive: true });
					f.make(join(dir, names[i]!));
				});
				const result = runCli(['build', '--out', join(dir, 'out'), join(dir, 'forms')]);
				expect(result.status, result.stderr).toBe(0);
				const manifest = readManifest(join(dir, 'out'));
				const listed = manifest.sources.flatMap((s) => [s.file, ...(s.copies ?? [])]);
				expect(listed.sort()).toEqual([...names].sort());
				for (const s of manifest.sources)
					expect(s.forms > 0 || s.errors.length > 0 || !!s.skipped || !!s.superseded).toBe(true);
				const forms = manifest.sources.reduce((n, s) => n + s.forms, 0);
				const rows = tableFromIPC(readFileSync(join(dir, 'out', 'forms.arrow'))).numRows;
				expect([forms, manifest.counts.forms]).toEqual([rows, rows]);
			}),
			{ numRuns: 12 }
		);
	}, 1_800_000);
});
