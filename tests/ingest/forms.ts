/** The forms the ingest tests write into files and expect back, and how they compare. */
import { readFileSync } from 'node:fs';
import { generateCorpus } from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { compareRecords } from '../generate/compare-records.ts';
import { SEED_FILE } from '../helpers/dataset.ts';

export const FIXTURES = 'tests/fixtures/files';

/** `count` generated forms (seed 7, the round-trip tests): both layouts' records. */
export function generatedForms(count: number, seed = 7): FormRecord[] {
	return generateCorpus({
		seed,
		departments: 40,
		years: [2021, 2023],
		projectsPerDepartment: [1, 3],
		layouts: ['web']
	}).slice(0, count);
}

/** The 12 forms scripts/make-fixtures.ts gave LibreOffice (seed 11). */
export function libreOfficeForms(): FormRecord[] {
	return generateCorpus({
		seed: 11,
		departments: 12,
		years: [2022],
		projectsPerDepartment: [2, 3],
		layouts: ['web']
	}).slice(0, 12);
}

/** The seed's forms as the text parser reads them. */
export function seedForms(): FormRecord[] {
	return parseFile(readFileSync(SEED_FILE), SEED_FILE).records;
}

/** Every differing field of every form, `#index field: expected → actual`; empty when equal. */
export function differences(expected: FormRecord[], actual: FormRecord[]): string[] {
	const out: string[] = [];
	if (actual.length !== expected.length) out.push(`forms: ${expected.length} → ${actual.length}`);
	expected.forEach((record, i) => {
		for (const miss of compareRecords(record, actual[i]))
			out.push(
				`#${i} ${miss.field}: ${JSON.stringify(miss.expected)} → ${JSON.stringify(miss.actual)}`
			);
	});
	return out;
}

export const fixture = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));
