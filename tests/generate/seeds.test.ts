/**
 * The matrix on other generator seeds than the one `matrix.test.ts` uses: the reader has to
 * generalise, not fit one seed. First the generator's own invariants over many seeds (cheap: no
 * parsing; seed 4 once made a 云南 form whose full marks added up to 100.1 and a 河北 form that
 * printed no total yet was expected to have one), then every template × extraction but glued
 * read back on three more seeds (the seeds that broke the most readers when they were chosen),
 * and 湖北 on seeds 1–12; glued text (cells with no separator) of every other template on the
 * seeds that broke its readers most before they learnt forms rather than seed 11 (README.md,
 * "Layout × extraction matrix"), with the matrix's strict excuse and its bound on `split_guess`.
 */
import { describe, expect, it } from 'vitest';
import {
	EXTRACTIONS,
	renderFile,
	TEMPLATE_CODES,
	type TemplateCode
} from '../../src/lib/generate/index.ts';
import { Dec } from '../../src/lib/generate/money.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { matrixDifferences, matrixForms } from './matrix.ts';

const INVARIANT_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const READ_BACK_SEEDS = [4, 8, 22];
const READ_BACK = EXTRACTIONS.filter((e) => e !== 'glued');
const HUBEI_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const HUBEI_EXTRACTIONS = ['pdf', 'columns', 'pipes', 'cells', 'glued', 'ocr'] as const;
/** Glued text on these seeds (湖北's above), and the gaps below: ≈ 12 s of CPU. */
const GLUED_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 22];
/** At most this many split_guess warnings per form, as in the matrix. */
const MAX_GUESSES_PER_FORM = 0.25;

/**
 * seed template extraction → why it is not read back yet (README.md lists them). They run as
 * `it.fails`: a reader that learns one fails here until it leaves the list.
 */
const KNOWN_GAPS = new Map<string, string>();

/**
 * seed template → why its glued text does not read back yet, measured on seeds 13–30 (held out:
 * the readers were tuned on 1–12; README.md lists them). They run as `it.fails`: a reader that learns
 * one fails here until it leaves the list.
 */
const OVER_BUDGET =
	'over budget with a misprinted rate (`31.3033.119487.82%` read 31.303 | 3.119 | 487.82%)';
const GLUED_GAPS = new Map<string, string>([
	...['SC', 'Y20', 'NX4'].map((t) => [`13 ${t}`, OVER_BUDGET] as const),
	['19 TP', '0.28 split_guess per form (funds rows whose readings agree with every sum)'],
	['19 TPC', '0.28 split_guess per form (funds rows whose readings agree with every sum)']
]);

/** Every field of 50 glued forms back (or excused), at most MAX_GUESSES_PER_FORM guesses each. */
function expectGluedReadBack(template: TemplateCode, seed: number) {
	const { errors, differences, guessesPerForm } = matrixDifferences(template, 'glued', seed);
	expect({ errors, differences }).toEqual({ errors: [], differences: {} });
	expect(guessesPerForm).toBeLessThanOrEqual(MAX_GUESSES_PER_FORM);
}

/** What a generated form breaks that no real form can, unless it carries the warning for it. */
function broken(template: string, record: FormRecord): string[] {
	const codes = new Set(record.warnings.map((w) => w.code));
	if (codes.has('score_over_weight') || codes.has('score_sum_mismatch')) return [];
	const found: string[] = [];
	const at = `${record.source.file}#${record.source.index}`;
	const rows = [record.funds[0], ...record.indicators];
	for (const row of rows)
		if (row?.weight != null && row.score != null && new Dec(row.score).gt(row.weight))
			found.push(`${at}: score ${row.score} over weight ${row.weight}`);
	const full = new Dec(record.total_weight ?? 100);
	const sum = rows.reduce((s, r) => s.plus(r?.score ?? 0), new Dec(0));
	// 湖北's total adds its rubric's points to the scores
	if (template !== 'HB' && sum.gt(full))
		found.push(`${at}: scores add up to ${sum.toString()} over ${full.toString()}`);
	if (record.total_score != null && new Dec(record.total_score).gt(full))
		found.push(`${at}: total ${record.total_score} over ${full.toString()}`);
	return found;
}

describe('the generator on many seeds', () => {
	it.each(TEMPLATE_CODES)('%s: no score over its weight, no total over full marks', (t) => {
		const found = INVARIANT_SEEDS.flatMap((seed) =>
			matrixForms(t, 'pdf', seed).records.flatMap((r) => broken(t, r))
		);
		expect(found).toEqual([]);
	});
});

describe.each(READ_BACK_SEEDS)('generator seed %i', (seed) => {
	for (const template of TEMPLATE_CODES)
		for (const extraction of READ_BACK) {
			// 湖北 on seeds 1–12: below
			if (template === 'HB' && HUBEI_SEEDS.includes(seed)) continue;
			const gap = KNOWN_GAPS.has(`${seed} ${template} ${extraction}`);
			const name = `${gap ? 'known gap: cannot yet read' : 'reads back'} ${template} ${extraction}`;
			(gap ? it.fails : it)(name, () => {
				const { errors, differences } = matrixDifferences(template, extraction, seed);
				expect({ errors, differences }).toEqual({ errors: [], differences: {} });
			});
		}
});

describe.each(HUBEI_EXTRACTIONS)('湖北 %s text', (extraction) => {
	it.each(HUBEI_SEEDS)('reads back on generator seed %i', (seed) => {
		const { errors, differences } = matrixDifferences('HB', extraction, seed);
		expect({ errors, differences }).toEqual({ errors: [], differences: {} });
	});
});

describe.each(GLUED_SEEDS)('glued text on generator seed %i', (seed) => {
	it.each(TEMPLATE_CODES.filter((t) => t !== 'HB'))('reads back %s', (template) => {
		expectGluedReadBack(template, seed);
	});
});

describe('glued text known not to read back yet', () => {
	for (const [key, why] of GLUED_GAPS) {
		const [seed = '', template = ''] = key.split(' ');
		it.fails(`seed ${seed} ${template}: ${why}`, () => {
			expectGluedReadBack(template as TemplateCode, Number(seed));
		});
	}
});

describe('a project whose name holds a label, on generator seed 20', () => {
	// (`审计项目实施…` names its subject again and again in the goals: five times the label 项目实施
	// made the goals line a glued line, cut at each of them, splitting the goals)
	it('reads back DEPT glued', () => {
		expectGluedReadBack('DEPT', 20);
	});

	it('reads back DEPT ocr', () => {
		const { errors, differences } = matrixDifferences('DEPT', 'ocr', 20);
		expect({ errors, differences }).toEqual({ errors: [], differences: {} });
	});
});

describe('a printed total over 100', () => {
	it('is read as printed and warned, not split into weight 10 and score 0.1', () => {
		for (const extraction of ['pdf', 'pipes'] as const) {
			const { layout, records } = matrixForms('Y20', extraction, 4);
			const form = structuredClone(records.find((r) => r.total_score === '100')!);
			const first = form.indicators[0]!;
			first.score = new Dec(first.score ?? 0).plus('0.1').toFixed(1);
			form.total_score = '100.1';
			const [read] = parseText(renderFile([form], layout, 4), 'y20.txt').records;
			expect(read?.total_score).toBe('100.1');
			expect(read?.total_weight).toBeNull();
			expect(read?.warnings.map((w) => w.code)).toContain('score_over_weight');
		}
	});
});
