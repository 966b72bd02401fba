/**
 * Scores the parser on the seed (data/forms/, the user's own sample) against its records as
 * checked by hand (tests/fixtures/seed.expected.jsonl), field by field, normalised as the team's
 * corpus scorer does. Needs nothing outside the repository. Exit 0 when every field agrees.
 */
import { readFileSync } from 'node:fs';
import { parseFile } from '../src/lib/parsing/index.ts';
import { scoreRecord } from '../tests/generate/compare-records.ts';
import { SEED_FILE, seedExpected } from '../tests/helpers/inputs.ts';

const parsed = parseFile(readFileSync(SEED_FILE), SEED_FILE);
const expected = seedExpected();
let checked = 0;
let wrong = 0;
expected.forEach((want, index) => {
	const score = scoreRecord(want, parsed.records[index]);
	checked += score.checked;
	wrong += score.misses.length;
	for (const miss of score.misses)
		console.log(
			`form ${index} ${miss.field}: expected ${JSON.stringify(miss.expected)}, read ${JSON.stringify(miss.actual)}`
		);
});
for (const error of parsed.errors) console.log(error);
const right = checked - wrong;
console.log(
	`seed: ${((100 * right) / checked).toFixed(2)} % (${right}/${checked} fields), ` +
		`${Math.min(parsed.records.length, expected.length)}/${expected.length} forms`
);
process.exit(wrong === 0 && parsed.records.length === expected.length ? 0 : 1);
