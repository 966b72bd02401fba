import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';
import { SEED_FILE } from '../helpers/dataset.ts';
import { canRunUnprivileged, readManifest, runCli, tempDir, type CliResult } from './run.ts';

// One folder holding every kind of bad entry beside one good form file; the commands run as an
// unprivileged user, so permissions apply even when the tests run as root.
const dir = tempDir('fs');
const input = join(dir, 'forms');
const longName = join(dir, `${'长'.repeat(100)}.txt`); // 300 bytes: longer than a name may be
const expectedErrors: Record<string, RegExp> = {
	'forms/dangling.txt': /dangling symbolic link: its target does not exist/,
	'forms/loop-a.txt': /symbolic link loop \(ELOOP\)/,
	'forms/loop-b.txt': /symbolic link loop \(ELOOP\)/,
	'forms/sub/up': /symbolic link loop: leads back to a folder above it/,
	'forms/pipe.txt': /a FIFO, not read/,
	'forms/secret.txt': /permission denied \(EACCES\)/,
	'forms/locked': /permission denied \(EACCES\)/
};

let build: CliResult;
let manifest: Manifest;
const possible = canRunUnprivileged();

beforeAll(() => {
	if (!possible) return;
	mkdirSync(join(input, 'sub'), { recursive: true });
	mkdirSync(join(input, 'locked'));
	copyFileSync(SEED_FILE, join(input, 'good.txt'));
	symlinkSync('nowhere.txt', join(input, 'dangling.txt'));
	symlinkSync('loop-b.txt', join(input, 'loop-a.txt'));
	symlinkSync('loop-a.txt', join(input, 'loop-b.txt'));
	symlinkSync('..', join(input, 'sub', 'up'));
	spawnSync('mkfifo', [join(input, 'pipe.txt')]);
	writeFileSync(join(input, 'secret.txt'), '项目名称 秘密\n');
	chmodSync(join(input, 'secret.txt'), 0o000);
	writeFileSync(join(input, 'locked', 'inside.txt'), '项目名称 锁住\n');
	chmodSync(join(input, 'locked'), 0o000);
	writeFileSync(join(input, 'notes.md'), '# notes\n');
	build = runCli(['build', '--out', join(dir, 'out'), input, longName], true);
	manifest = readManifest(join(dir, 'out'));
}, 180_000);

describe.skipIf(!possible)('budgetlens build on a folder with bad entries', () => {
	it('finishes and builds the good file', () => {
		expect(build.status).toBe(0);
		expect(manifest.counts.forms).toBe(2);
	});

	it.each(Object.entries(expectedErrors))('records %s with its error', (file, error) => {
		const source = manifest.sources.find((s) => s.file === file);
		expect(source).toMatchObject({ forms: 0, sha256: null });
		expect(source?.errors.join('\n')).toMatch(error);
		expect(source?.errors[0]?.startsWith(`${file}: `)).toBe(true);
	});

	it('names every bad path on stderr, without a stack trace', () => {
		for (const file of Object.keys(expectedErrors)) expect(build.stderr).toContain(`${file}: `);
		expect(build.stderr).not.toMatch(/^\s+at /m);
	});

	it('records a name too long as an error for that path', () => {
		const source = manifest.sources.find((s) => s.file.endsWith('长.txt'));
		expect(source?.errors.join()).toMatch(/name too long \(ENAMETOOLONG\)/);
	});

	it('lists a file of a format it does not read, with the reason', () => {
		expect(manifest.sources.find((s) => s.file === 'forms/notes.md')).toEqual({
			file: 'forms/notes.md',
			sha256: null,
			forms: 0,
			origin: 'real',
			errors: [],
			skipped: 'the build does not read .md files'
		});
	});

	it('records paths relative to the input folder, never the local folders above it', () => {
		expect(manifest.sources.map((s) => s.file).filter((f) => f.includes(dir))).toEqual([]);
		expect(manifest.sources.find((s) => s.forms === 2)?.file).toBe('forms/good.txt');
	});
});

describe.skipIf(!possible)('budgetlens parse on a folder with bad entries', () => {
	let parse: CliResult;
	beforeAll(() => {
		parse = runCli(['parse', input], true);
	}, 180_000);

	it('prints the good file’s records, names each bad path, and exits 1', () => {
		expect(parse.status).toBe(1);
		expect(parse.stdout.trim().split('\n')).toHaveLength(2);
		for (const file of Object.keys(expectedErrors))
			expect(parse.stderr).toContain(join(dir, file) + ': ');
	});
});
