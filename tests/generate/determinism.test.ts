import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/cli/generate.ts';
import { generateCorpus, renderFile, type GenerateOptions } from '../../src/lib/generate/index.ts';
import { Random } from '../../src/lib/generate/random.ts';

const SMALL: GenerateOptions = {
	seed: 11,
	departments: 8,
	years: [2019, 2020, 2021],
	layouts: ['shanghai', 'web']
};

function renderAll(options: GenerateOptions): string {
	const records = generateCorpus(options);
	const files = new Map<string, typeof records>();
	for (const r of records) files.set(r.source.file, [...(files.get(r.source.file) ?? []), r]);
	return [...files]
		.map(
			([file, list]) =>
				`${file}\n${renderFile(list, list[0]!.source.template as 'web', options.seed)}`
		)
		.join('\n');
}

describe('Random', () => {
	it('gives the same draws for the same key', () => {
		const a = new Random('x');
		const b = new Random('x');
		expect(Array.from({ length: 5 }, () => a.next())).toEqual(
			Array.from({ length: 5 }, () => b.next())
		);
	});

	it('keeps integers inside their bounds', () => {
		const r = new Random('bounds');
		const draws = Array.from({ length: 2000 }, () => r.int(3, 7));
		expect(Math.min(...draws)).toBe(3);
		expect(Math.max(...draws)).toBe(7);
	});

	it('gives a forked stream that does not depend on draws made before', () => {
		const a = new Random('root');
		a.next();
		expect(a.fork('dept').next()).toBe(new Random('root').fork('dept').next());
	});
});

describe('generateCorpus', () => {
	it('renders byte-identical text for the same seed', () => {
		expect(renderAll(SMALL)).toBe(renderAll(SMALL));
	});

	it('renders different text for a different seed', () => {
		expect(renderAll({ ...SMALL, seed: 12 })).not.toBe(renderAll(SMALL));
	});

	it('hits the wanted total when --forms is given', () => {
		expect(generateCorpus({ ...SMALL, forms: 123 })).toHaveLength(123);
	});

	it('keeps a department unchanged when more departments are asked for', () => {
		const few = generateCorpus(SMALL).filter((r) => r.department === '上海市教育委员会');
		const more = generateCorpus({ ...SMALL, departments: 20 }).filter(
			(r) => r.department === '上海市教育委员会'
		);
		expect(more).toEqual(few);
	});
});

describe('runGenerate', () => {
	const dirs: string[] = [];
	const run = async (...args: string[]) => {
		const out = join(mkdtempSync(join(tmpdir(), 'bl-gen-')), 'demo');
		dirs.push(out);
		const code = await runGenerate([
			'--out',
			out,
			'--departments',
			'4',
			'--years',
			'2021-2022',
			...args
		]);
		return { code, out };
	};
	const read = (dir: string) =>
		(readdirSync(dir, { recursive: true }) as string[])
			.sort()
			.map((f) => {
				try {
					return `${f}\n${readFileSync(join(dir, f), 'utf8')}`;
				} catch {
					return f; // a folder
				}
			})
			.join('\n');
	afterAll(() => dirs.forEach((d) => rmSync(join(d, '..'), { recursive: true, force: true })));

	it('writes byte-identical folders for the same seed', async () => {
		const a = await run('--seed', '5');
		const b = await run('--seed', '5');
		expect([a.code, b.code]).toEqual([0, 0]);
		expect(read(a.out)).toBe(read(b.out));
	});

	it('writes one file per department and year', async () => {
		const { out } = await run('--region2', '2');
		const files = (readdirSync(out, { recursive: true }) as string[]).filter((f) =>
			f.endsWith('.txt')
		);
		expect(files.sort()).toEqual([
			'2021/ah-pipes/county-2-agriculture-2021.txt',
			'2021/sc-pipes/county-1-education-2021.txt',
			'2021/shanghai/education-2021.txt',
			'2021/shanghai/transport-2021.txt',
			'2021/web/health-2021.txt',
			'2021/web/hrss-2021.txt',
			'2022/ah-pipes/county-2-agriculture-2022.txt',
			'2022/sc-pipes/county-1-education-2022.txt',
			'2022/shanghai/education-2022.txt',
			'2022/shanghai/transport-2022.txt',
			'2022/web/health-2022.txt',
			'2022/web/hrss-2022.txt'
		]);
	});

	it('refuses an unknown option with exit code 2', async () => {
		expect((await run('--colour', 'red')).code).toBe(2);
	});
});
