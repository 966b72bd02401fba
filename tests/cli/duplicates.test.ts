import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';
import { SEED_FILE } from '../helpers/dataset.ts';
import { readManifest, runCli, tempDir } from './run.ts';

describe('budgetlens build given the same file twice', () => {
	const dir = tempDir('copies');
	let manifest: Manifest;
	beforeAll(() => {
		mkdirSync(join(dir, 'forms', 'again'), { recursive: true });
		copyFileSync(SEED_FILE, join(dir, 'forms', 'a.txt'));
		copyFileSync(SEED_FILE, join(dir, 'forms', 'again', 'b.txt'));
		const result = runCli(['build', '--out', join(dir, 'out'), join(dir, 'forms'), SEED_FILE]);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('forms/again/b.txt: the same bytes as forms/a.txt, read once');
		manifest = readManifest(join(dir, 'out'));
	}, 120_000);

	it('reads it once: the seed’s 2 forms, not 6', () => {
		expect(manifest.counts.forms).toBe(2);
	});

	it('lists every copy’s path under the one entry of its SHA-256', () => {
		expect(manifest.sources.map((s) => [s.file, s.forms, s.copies])).toEqual([
			['forms/a.txt', 2, ['forms/again/b.txt', 'shanghai-2021-hrss.txt']]
		]);
	});
});

describe('budgetlens build given the same department, project and year in two files', () => {
	const dir = tempDir('conflict');
	let manifest: Manifest;
	let stderr: string;
	beforeAll(() => {
		mkdirSync(join(dir, 'forms'));
		const seed = readFileSync(SEED_FILE, 'utf8');
		const changed = seed.replace('1,080,740 10 13.05%', '2,080,740 10 13.05%');
		expect(changed).not.toBe(seed);
		writeFileSync(join(dir, 'forms', 'a.txt'), seed);
		// read later, but its executed amount no longer matches its printed rate: one warning more
		writeFileSync(join(dir, 'forms', 'b.txt'), changed);
		const result = runCli(['build', '--out', join(dir, 'out'), join(dir, 'forms')]);
		expect(result.status).toBe(0);
		stderr = result.stderr;
		manifest = readManifest(join(dir, 'out'));
	}, 120_000);

	it('counts each form once: the changed one from a.txt, the identical one from b.txt (later)', () => {
		expect(manifest.counts.forms).toBe(2);
		expect(manifest.sources.map((s) => [s.file, s.forms, s.superseded])).toEqual([
			['forms/a.txt', 1, 1],
			['forms/b.txt', 1, 1]
		]);
	});

	it('lists the loser as superseded, with the reason', () => {
		expect(manifest.superseded[0]).toEqual({
			file: 'forms/b.txt',
			form_index: 0,
			department: '上海市人力资源和社会保障局',
			project: '高技能人才工作专项',
			year: 2021,
			kept_file: 'forms/a.txt',
			kept_index: 0,
			reason: '两张表单数值不同；保留校验提示较少的一张（0 条对 1 条）'
		});
	});

	it('names both files on stderr', () => {
		expect(stderr).toContain('forms/b.txt form 1: superseded by forms/a.txt form 1');
	});
});
