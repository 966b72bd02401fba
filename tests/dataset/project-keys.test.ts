import { beforeAll, describe, expect, it } from 'vitest';
import {
	DEFAULT_OPTIONS,
	generateCorpusWithTruth,
	renderFile,
	type FormTruth,
	type LayoutId
} from '../../src/lib/generate/index.ts';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { toTableRows } from '../../src/lib/dataset/rows.ts';
import { matchProjects, type KeyInput } from '../../src/lib/dataset/project-keys.ts';
import { nameSimilarity, normalizeName } from '../../src/lib/dataset/project-names.ts';
import { PROJECT_KEY_RULES } from '../../src/lib/model/project-key-rules.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';

describe('normalizeName', () => {
	it('drops years, brackets, spacing and money-word endings', () => {
		expect(normalizeName('2021年度 学生资助（专项资金）')).toBe('学生资助');
		expect(normalizeName('学生资助专项经费')).toBe('学生资助');
		expect(normalizeName('劳动保障监察工作资金')).toBe('劳动保障监察');
	});

	it('never takes a name down to nothing', () => {
		expect(normalizeName('专项')).toBe('专项');
		expect(normalizeName('2021年度')).toBe('2021年度');
	});
});

describe('nameSimilarity', () => {
	it('is 1 for the same text and 0 for nothing shared', () => {
		expect(nameSimilarity('档案数字化', '档案数字化')).toBe(1);
		expect(nameSimilarity('档案数字化', '学生资助')).toBe(0);
	});

	it('is the Dice coefficient of character bigrams', () => {
		// 档案 案数 数字 字化 against 市级 级档 档案 案数 数字 字化: 4 shared of 4 + 6
		expect(nameSimilarity('档案数字化', '市级档案数字化')).toBeCloseTo(0.8, 10);
	});
});

const form = (id: number, year: number, project: string, initial: string): KeyInput => ({
	form_id: id,
	kind: 'project',
	year,
	department: '上海市档案局',
	project,
	code: null,
	initial,
	adjusted: initial
});

describe('matchProjects', () => {
	it('links a renamed project with its evidence and keeps an unrelated one apart', () => {
		const { keys, links } = matchProjects([
			form(1, 2021, '档案数字化经费', '100000'),
			form(2, 2022, '档案数字化资金', '110000'),
			form(3, 2023, '2023年度档案数字化资金', '120000'),
			form(4, 2022, '学生资助专项', '100000')
		]);
		expect([1, 2, 3].map((id) => keys.get(id)?.project_key)).toEqual([1, 1, 1]);
		expect(keys.get(4)?.project_key).toBe(4);
		expect(keys.get(2)).toMatchObject({ key_rule: 'normalized', key_confidence: 0.95 });
		expect(keys.get(2)?.key_evidence).toContain('名称归一后相同「档案数字化」');
		expect(keys.get(3)?.key_rule).toBe('name');
		expect(links.filter((l) => l.accepted)).toHaveLength(1);
	});

	it('proposes a close name whose budget is far off instead of joining it', () => {
		const { keys, links } = matchProjects([
			form(1, 2021, '档案数字化经费', '100000'),
			form(2, 2022, '市级档案数字化经费', '250000')
		]);
		expect(keys.get(2)?.project_key).toBe(2);
		const [link] = links;
		expect(link?.accepted).toBe(false);
		expect(link?.confidence).toBeGreaterThanOrEqual(PROJECT_KEY_RULES.propose);
		expect(link?.confidence).toBeLessThan(PROJECT_KEY_RULES.accept);
		expect(link?.evidence).toContain('2.50 倍');
	});

	it('never puts two forms of one year in a series through a rename', () => {
		const { keys } = matchProjects([
			form(1, 2021, '档案数字化经费', '100000'),
			form(2, 2022, '档案数字化资金', '100000'),
			form(3, 2022, '档案数字化专项', '100000')
		]);
		expect(keys.get(2)?.project_key === 1 && keys.get(3)?.project_key === 1).toBe(false);
	});
});

/** Every pair of forms of a department: same project by the truth, and by the key. */
function score(records: FormRecord[], truth: FormTruth[], key: (i: number) => number | undefined) {
	const counts = { tp: 0, fp: 0, fn: 0, renamedTp: 0, renamedFn: 0 };
	const byDepartment = new Map<string, number[]>();
	records.forEach((r, i) =>
		byDepartment.set(r.department!, [...(byDepartment.get(r.department!) ?? []), i])
	);
	for (const forms of byDepartment.values())
		for (let a = 0; a < forms.length; a++)
			for (let b = a + 1; b < forms.length; b++) {
				const [i, j] = [forms[a]!, forms[b]!];
				const same = truth[i]!.project === truth[j]!.project;
				const predicted = key(i) === key(j);
				if (same && predicted) counts.tp++;
				if (!same && predicted) counts.fp++;
				if (same && !predicted) counts.fn++;
				// a pair printed under different names: only a rename-aware key finds it
				if (same && records[i]!.project !== records[j]!.project)
					counts[predicted ? 'renamedTp' : 'renamedFn']++;
			}
	return {
		...counts,
		precision: counts.tp / (counts.tp + counts.fp),
		recall: counts.tp / (counts.tp + counts.fn),
		renamedRecall: counts.renamedTp / (counts.renamedTp + counts.renamedFn)
	};
}

describe('the project key on the demo corpus', () => {
	let records: FormRecord[];
	let truth: FormTruth[];
	let keys: (number | undefined)[];

	beforeAll(() => {
		// the demo corpus as `budgetlens generate` writes it, each file parsed back
		const generated = generateCorpusWithTruth(DEFAULT_OPTIONS);
		const files = new Map<string, number[]>();
		generated.records.forEach((r, i) =>
			files.set(r.source.file, [...(files.get(r.source.file) ?? []), i])
		);
		records = [];
		truth = [];
		for (const [file, indexes] of files) {
			const own = indexes.map((i) => generated.records[i]!);
			const text = renderFile(own, own[0]!.source.template as LayoutId, DEFAULT_OPTIONS.seed);
			const parsed = parseFile(Buffer.from(text, 'utf8'), file).records;
			expect(parsed).toHaveLength(own.length);
			records.push(...parsed);
			truth.push(...indexes.map((i) => generated.truth[i]!));
		}
		const rows = toTableRows(records.map((record) => ({ record, origin: 'demo' as const })));
		keys = rows.forms.map((f) => f.project_key as number);
	}, 120_000);

	it('plants renames of every kind', () => {
		const kinds = new Set(truth.map((t) => t.renamed).filter((k) => k !== null));
		expect([...kinds].sort()).toEqual(['reworded', 'suffix', 'year_added', 'year_dropped']);
	});

	it('finds the same project with precision ≥ 95 % and recall ≥ 90 %', () => {
		const s = score(records, truth, (i) => keys[i]);
		const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
		console.log(
			`project key, pairs of forms of a department (demo corpus, ${records.length} forms, ` +
				`${truth.filter((t) => t.renamed).length} renames planted): precision ${pct(s.precision)} ` +
				`(${s.tp}/${s.tp + s.fp}), recall ${pct(s.recall)} (${s.tp}/${s.tp + s.fn}); ` +
				`pairs printed under different names: recall ${pct(s.renamedRecall)} ` +
				`(${s.renamedTp}/${s.renamedTp + s.renamedFn})`
		);
		expect(s.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.recall).toBeGreaterThanOrEqual(0.9);
		expect(s.renamedRecall).toBeGreaterThanOrEqual(0.85);
	});

	it('finds far more of the renamed pairs than matching names exactly does', () => {
		const exact = score(records, truth, (i) => {
			const r = records[i]!;
			return `${r.department}|${r.project}` as unknown as number;
		});
		expect(exact.renamedRecall).toBe(0);
		expect(score(records, truth, (i) => keys[i]).renamedRecall).toBeGreaterThan(0.85);
	});
});
