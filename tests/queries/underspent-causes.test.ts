import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	underspentCauseFormsQuery,
	underspentCausesQuery,
	type UnderspentCauseFormRow,
	type UnderspentCauseRow
} from '../../src/lib/queries/underspent-causes.ts';
import { EXECUTION_THRESHOLDS } from '../../src/lib/model/rules.ts';
import { REASON_CAUSES } from '../../src/lib/model/reason-causes.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { formFacts, seedAndCorpus, sum, type FormFact } from '../helpers/expected-facts.ts';

let data: TestDataset;
let underspent: (FormFact & { causes: string[] })[];

/** A form's causes from all its notes, by the rules applied in JavaScript. */
function causesOf(form: FormFact): string[] {
	const notes = form.record.indicators
		.map((i) => i.note)
		.filter((n): n is string => n !== null && n.trim() !== '');
	if (notes.length === 0) return ['unexplained'];
	const hits = REASON_CAUSES.causes.filter((c) => notes.some((n) => new RegExp(c.pattern).test(n)));
	return hits.length > 0 ? hits.map((c) => c.id) : ['other'];
}

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	underspent = formFacts(data.records)
		.filter((f) => f.rate !== null && f.rate.lt(EXECUTION_THRESHOLDS.watch))
		.map((f) => ({ ...f, causes: causesOf(f) }));
}, 120_000);
afterAll(() => data?.close());

describe('underspentCausesQuery', () => {
	let rows: UnderspentCauseRow[];
	beforeAll(async () => {
		rows = await data.db.query<UnderspentCauseRow>(underspentCausesQuery(NO_FILTERS));
	});

	it('groups the projects below 90 % execution by the causes their notes give', () => {
		expect(underspent.length).toBeGreaterThan(0);
		expect(new Set(rows.map((r) => r.cause))).toEqual(new Set(underspent.flatMap((f) => f.causes)));
		for (const r of rows) {
			const own = underspent.filter((f) => f.causes.includes(r.cause));
			expect(r.forms, r.cause).toBe(own.length);
			expect(r.adjusted).toBe(sum(own.map((f) => f.adjusted)).toFixed(2));
			expect(r.unspent).toBe(sum(own.map((f) => f.adjusted!.minus(f.executed!))).toFixed(2));
			expect(r.rate).toBe(
				sum(own.map((f) => f.executed))
					.div(sum(own.map((f) => f.adjusted)))
					.toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
					.toFixed(4)
			);
		}
	});
});

describe('underspentCauseFormsQuery', () => {
	it('lists the projects of a cause, most unspent first, with their notes', async () => {
		const cause = underspent[0]!.causes[0]!;
		const rows = await data.db.query<UnderspentCauseFormRow>(
			underspentCauseFormsQuery(NO_FILTERS, cause)
		);
		const own = underspent.filter((f) => f.causes.includes(cause));
		expect(rows.map((r) => r.form_id).sort((a, b) => a - b)).toEqual(
			own.map((f) => f.form_id).sort((a, b) => a - b)
		);
		const unspent = rows.map((r) => new Decimal(r.unspent!));
		for (let i = 1; i < unspent.length; i++) expect(unspent[i]!.lte(unspent[i - 1]!)).toBe(true);
		if (cause !== 'unexplained') expect(rows.every((r) => r.notes !== null)).toBe(true);
	});
});
