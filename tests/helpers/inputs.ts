/**
 * Where the tests' real inputs are. The seed is the user's own sample and lives in the
 * repository (data/forms/, its hand-checked records in tests/fixtures/); the development corpus
 * is third-party and lives only beside the repository, in ../shared/corpus, never copied in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormRecord } from '../../src/lib/model/form.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export const SEED_FILE = 'data/forms/shanghai-2021-hrss.txt';

/** The seed's text (two Shanghai forms, PDF text). */
export const seedText = (): string => readFileSync(join(ROOT, SEED_FILE), 'utf8');

/** The seed's records as checked by hand (tests/fixtures/seed.expected.jsonl). */
export const seedExpected = (): FormRecord[] =>
	readFileSync(join(ROOT, 'tests', 'fixtures', 'seed.expected.jsonl'), 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as FormRecord);

/** The development corpus, relative to the repository root (where the tests run). */
export const CORPUS = '../shared/corpus';

/**
 * Whether ../shared/corpus is beside the repository; when it is not, says once, in one line,
 * that the tests scoring against it are skipped.
 */
export function corpusPresent(): boolean {
	const present = existsSync(join(ROOT, CORPUS));
	if (!present && !warned) {
		warned = true;
		console.log(`skipped: the corpus cases (${CORPUS} is not beside this repository)`);
	}
	return present;
}
let warned = false;
