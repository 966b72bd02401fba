/** Test helpers: read a fixture, parse it, pick a record. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseFile, parseText } from '../../src/lib/parsing/index.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'forms');

/** The text of a fixture form. */
export function fixture(name: string): string {
	return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Parses a fixture's text and returns its records. */
export function parseFixture(name: string): FormRecord[] {
	return parseText(fixture(name), name).records;
}

/** Parses bytes and returns the first record (throws in the test when there is none). */
export function firstRecord(bytes: Uint8Array, file = 'bytes.txt'): FormRecord {
	const record = parseFile(bytes, file).records[0];
	if (!record) throw new Error(`${file}: no record`);
	return record;
}
