/**
 * Round trip: generated records → rendered text in each layout → `parseText` → the same
 * records, field by field, normalised as the corpus scorer does. A failure lists each
 * differing field (grouped) with examples, so it says what the parser cannot read yet.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus, renderFile, type LayoutId } from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { compareRecords } from './compare-records.ts';

const SEED = 7;
/** the codes the generator injects or the data implies, which a validator must find */
const CHECKED = [
	'rate_mismatch',
	'score_sum_mismatch',
	'score_over_weight',
	'missing_note',
	'executed_over_budget'
];

function corpus(layout: LayoutId): FormRecord[] {
	return generateCorpus({
		seed: SEED,
		departments: 62,
		years: [2020, 2022, 2023],
		projectsPerDepartment: [2, 4],
		layouts: [layout]
	});
}

function roundTrip(layout: LayoutId) {
	const expected = corpus(layout);
	const files = new Map<string, FormRecord[]>();
	for (const r of expected) files.set(r.source.file, [...(files.get(r.source.file) ?? []), r]);
	const parsed = new Map<string, FormRecord>();
	for (const [file, records] of files)
		for (const r of parseText(renderFile(records, layout, SEED), file).records)
			parsed.set(`${file}#${r.source.index}`, r);
	return { expected, parsed, key: (r: FormRecord) => `${r.source.file}#${r.source.index}` };
}

/** Differences grouped by field (indices folded), each with a count and up to 3 examples. */
function summarise(layout: LayoutId) {
	const { expected, parsed, key } = roundTrip(layout);
	const groups = new Map<string, { count: number; examples: string[] }>();
	for (const record of expected)
		for (const miss of compareRecords(record, parsed.get(key(record)))) {
			const field = miss.field.replace(/\[\d+\]/, '[]');
			const group = groups.get(field) ?? { count: 0, examples: [] };
			group.count++;
			if (group.examples.length < 3)
				group.examples.push(
					`${key(record)} ${miss.field}: ${JSON.stringify(miss.expected)} → ${JSON.stringify(miss.actual)}`
				);
			groups.set(field, group);
		}
	return { forms: expected.length, differences: Object.fromEntries(groups) };
}

function warningSets(layout: LayoutId) {
	const { expected, parsed, key } = roundTrip(layout);
	const sets = (records: FormRecord[]) =>
		Object.fromEntries(
			CHECKED.map((code) => [
				code,
				records
					.filter((r) => r.warnings.some((w) => w.code === code))
					.map(key)
					.sort()
			])
		);
	return { generated: sets(expected), parsed: sets([...parsed.values()]) };
}

describe('round trip through the parser', () => {
	it('covers every generated feature in the round-trip corpus', () => {
		const records = corpus('shanghai');
		const indicators = records.flatMap((r) => r.indicators);
		const codes = new Set(records.flatMap((r) => r.warnings.map((w) => w.code)));
		expect(records.length).toBeGreaterThan(300);
		expect([...codes].sort()).toEqual([...CHECKED].sort());
		expect(indicators.some((i) => i.weight === '0')).toBe(true);
		expect(indicators.some((i) => i.target?.startsWith('<='))).toBe(true);
		expect(indicators.some((i) => /日前/.test(i.target ?? ''))).toBe(true);
		expect(
			indicators.some((i) => !/^[<>=]/.test(i.target ?? '') && !/日前/.test(i.target ?? ''))
		).toBe(true);
		expect(indicators.some((i) => i.note && i.weight !== '0')).toBe(true);
		expect(records.some((r) => r.funds[2]?.adjusted !== '0')).toBe(true);
		expect(records.some((r) => r.funds[1]?.executed === null)).toBe(true);
		expect(records.some((r) => r.funds[0]?.initial === '0.00')).toBe(true);
	});

	it('reads back every field of the Shanghai layout', () => {
		const { forms, differences } = summarise('shanghai');
		expect(forms).toBeGreaterThan(300);
		expect(differences).toEqual({});
	});

	it('reads back every field of the web-table layout', () => {
		const { forms, differences } = summarise('web');
		expect(forms).toBeGreaterThan(300);
		expect(differences).toEqual({});
	});

	it('finds every deliberate error of the Shanghai layout among the warnings', () => {
		const { generated, parsed } = warningSets('shanghai');
		expect(parsed).toEqual(generated);
	});

	it('finds every deliberate error of the web-table layout among the warnings', () => {
		const { generated, parsed } = warningSets('web');
		expect(parsed).toEqual(generated);
	});
});
