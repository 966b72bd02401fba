import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/dataset.ts';

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['bin/budgetlens.mjs', ...args], { encoding: 'utf8' });

describe('budgetlens parse', () => {
	it('prints one JSON record per form of the seed, in order, and exits 0', () => {
		const result = run('parse', SEED_FILE);
		const records = result.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(result.status).toBe(0);
		expect(records.map((r) => [r.source.index, r.project])).toEqual([
			[0, '高技能人才工作专项'],
			[1, '职业培训基础能力建设资助']
		]);
	});

	it('names a file with no form on stderr, still prints the others, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'budgetlens-cli-'));
		const fragment = join(dir, 'fragment.txt');
		writeFileSync(fragment, '宣传工作及时率\n=100% 100% 6 6\n总分 100 91.3\n');
		const result = run('parse', fragment, SEED_FILE);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(fragment);
		expect(result.stdout.trim().split('\n')).toHaveLength(2);
	});

	it('names a path that does not exist', () => {
		const result = run('parse', 'no/such/file.txt');
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('no/such/file.txt');
	});
});

describe('budgetlens parse on many files', () => {
	it('writes each file’s records as it goes: a heap smaller than its output is enough', () => {
		const dir = mkdtempSync(join(tmpdir(), 'budgetlens-stream-'));
		const corpus = join(dir, 'corpus');
		expect(run('generate', '--out', corpus, '--departments', '30', '--region2', '0').status).toBe(
			0
		);
		for (const copy of 'abcdefgh') cpSync(corpus, join(dir, 'in', copy), { recursive: true });
		// about 80 MB of JSON Lines: holding it, or the records, does not fit a 64 MB heap
		const result = spawnSync(
			process.execPath,
			['--max-old-space-size=64', 'bin/budgetlens.mjs', 'parse', join(dir, 'in')],
			{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000 }
		);
		expect(result.stderr).not.toMatch(/heap out of memory/);
		expect(result.status).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(64 * 1024 * 1024);
		expect(new Set(lines.map((l) => JSON.parse(l).source.file)).size).toBe(8 * 150);
	}, 400_000);
});
