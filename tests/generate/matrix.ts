/**
 * The layout × extraction matrix: generated forms of one template printed one way, parsed back,
 * compared field by field (as the corpus scorer compares) and warning by warning.
 */
import {
	generateCorpus,
	layoutOf,
	renderFile,
	type Extraction,
	type TemplateCode
} from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { money } from '../../src/lib/generate/templates/cells.ts';
import Decimal from 'decimal.js';
import { compareRecords, text, type FieldMiss } from './compare-records.ts';

/** the warnings the generator knows a form deserves, which the parser must give exactly */
export const CHECKED = [
	'rate_mismatch',
	'score_sum_mismatch',
	'score_over_weight',
	'missing_note',
	'executed_over_budget',
	'truncated'
];

/** ≥ 50 generated forms of one template in one extraction, grouped in files as the demo is. */
export function matrixForms(template: TemplateCode, extraction: Extraction, seed = 11, forms = 50) {
	const layout = layoutOf(template, extraction);
	// a 部门整体 form comes once per department and year
	const whole = template === 'DEPT';
	const records = generateCorpus({
		seed,
		departments: whole ? Math.ceil(forms / 2) : 5,
		years: [2021, 2023],
		...(whole ? {} : { forms }),
		layouts: [layout]
	});
	const files = new Map<string, FormRecord[]>();
	for (const r of records) files.set(r.source.file, [...(files.get(r.source.file) ?? []), r]);
	return { layout, records, files };
}

/**
 * A value the extraction destroyed (glued cells that split more than one way, each way consistent
 * with all the form prints) is excused only by a `split_guess` warning on that value's own row
 * (the goals, the funds row, the indicator row) that names exactly the expected value as one of
 * its candidate readings.
 */
export function excused(m: FieldMiss, record: FormRecord, got: FormRecord | undefined): boolean {
	if (typeof m.expected !== 'string') return false;
	const at = /^(goals|funds\.\w+|indicators\[\d+\])\.(\w+)$/.exec(m.field);
	if (!at) return false;
	const [, row = '', field = ''] = at;
	const amount = /^funds\.\w+$/.test(row) && ['initial', 'adjusted', 'executed'].includes(field);
	// a funds row's candidates are printed figures (万元, `95.92%`): compared as numbers
	const figure = (v: string) => new Decimal(v.replace(/[,%]/g, ''));
	const wanted = amount ? money(m.expected, record.amount_unit) : m.expected;
	const same = (v: string | null | undefined) =>
		v != null &&
		(row.startsWith('funds.') && /^[\d.,]+%?$/.test(v) && /^[\d.]+$/.test(wanted)
			? figure(v).eq(figure(wanted))
			: text(v) === text(wanted));
	return (got?.warnings ?? []).some(
		(w) =>
			w.code === 'split_guess' && w.field === row && !!w.candidates?.some((c) => same(c[field]))
	);
}

/** Every difference between what was generated and what was parsed, grouped by field. */
export function matrixDifferences(template: TemplateCode, extraction: Extraction, seed = 11) {
	const { layout, records, files } = matrixForms(template, extraction, seed);
	const parsed = new Map<string, FormRecord>();
	const errors: string[] = [];
	for (const [file, list] of files) {
		const result = parseText(renderFile(list, layout, seed), file);
		errors.push(...result.errors);
		for (const r of result.records) parsed.set(`${file}#${r.source.index}`, r);
	}
	const groups = new Map<string, { count: number; examples: string[] }>();
	const miss = (field: string, example: string) => {
		const group = groups.get(field) ?? { count: 0, examples: [] };
		group.count++;
		if (group.examples.length < 2) group.examples.push(example);
		groups.set(field, group);
	};
	for (const record of records) {
		const key = `${record.source.file}#${record.source.index}`;
		const got = parsed.get(key);
		for (const m of compareRecords(record, got))
			if (!excused(m, record, got))
				miss(
					m.field.replace(/\[\d+\]/, '[]'),
					`${key} ${m.field}: ${JSON.stringify(m.expected)} → ${JSON.stringify(m.actual)}`
				);
		const codes = (r: FormRecord | undefined) =>
			[...new Set((r?.warnings ?? []).map((w) => w.code))]
				.filter((c) => CHECKED.includes(c))
				.sort();
		const [want, have] = [codes(record), codes(got)];
		if (want.join() !== have.join())
			miss('warnings', `${key}: ${want.join(',') || '-'} → ${have.join(',') || '-'}`);
	}
	const guesses = [...parsed.values()].reduce(
		(n, r) => n + r.warnings.filter((w) => w.code === 'split_guess').length,
		0
	);
	return {
		forms: records.length,
		errors,
		differences: Object.fromEntries(groups),
		// split_guess warnings per parsed form: what a person is asked to check
		guessesPerForm: guesses / Math.max(1, parsed.size)
	};
}
