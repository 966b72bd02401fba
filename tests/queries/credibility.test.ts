import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	credibilityFormsQuery,
	credibilityQuery,
	type CredibilityFormRow,
	type CredibilityRow
} from '../../src/lib/queries/credibility.ts';
import { CREDIBILITY } from '../../src/lib/model/target-quality-rules.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import {
	dec,
	formFacts,
	indicatorFacts,
	seedAndCorpus,
	type FormFact,
	type IndicatorFact
} from '../helpers/expected-facts.ts';

let data: TestDataset;
let forms: FormFact[];
let facts: IndicatorFact[];

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	forms = formFacts(data.records).filter((f) => f.department !== null);
	facts = indicatorFacts(forms);
}, 120_000);
afterAll(() => data?.close());

const share = (n: number, d: number) =>
	d === 0 ? null : new Decimal(n).div(d).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
const scored = (i: IndicatorFact) => i.weight !== null && i.weight.gt(0) && i.score !== null;
const full = (i: IndicatorFact) => scored(i) && i.score!.eq(i.weight!);
const highLow = (f: FormFact) => {
	const score = dec(f.record.total_score);
	return (
		score !== null &&
		f.rate !== null &&
		score.gte(CREDIBILITY.highScore) &&
		f.rate.lt(CREDIBILITY.lowExecution)
	);
};
const unexplained = (i: IndicatorFact) => i.lostPoints && i.noReason;

describe('credibilityQuery', () => {
	let rows: CredibilityRow[];
	beforeAll(async () => {
		rows = await data.db.query<CredibilityRow>(credibilityQuery(NO_FILTERS));
	});

	it('gives each department its shares, computed over its forms and indicators', () => {
		const departments = new Set(forms.map((f) => f.department));
		expect(rows.length).toBe(departments.size);
		for (const r of rows) {
			const own = facts.filter((i) => i.form.department === r.department);
			const ownForms = forms.filter((f) => f.department === r.department);
			const n = own.filter(scored).length;
			const rated = ownForms.filter((f) => f.rate !== null && f.record.total_score !== null);
			const lost = own.filter((i) => i.lostPoints).length;
			expect(r, r.department).toMatchObject({
				forms: ownForms.length,
				scored: n,
				full_marks: own.filter(full).length,
				full_share: share(own.filter(full).length, n),
				inflated: own.filter((i) => i.inflated).length,
				inflated_share: share(own.filter((i) => i.inflated).length, n),
				rated: rated.length,
				high_low: ownForms.filter(highLow).length,
				high_low_share: share(ownForms.filter(highLow).length, rated.length),
				lost,
				unexplained: own.filter(unexplained).length,
				unexplained_share: share(own.filter(unexplained).length, lost)
			});
		}
	});

	it('ranks the least credible first by the sum of the three doubtful shares', () => {
		const doubt = rows.map((r) =>
			[r.inflated_share, r.high_low_share, r.unexplained_share]
				.reduce((s, v) => s.plus(v ?? 0), new Decimal(0))
				.toNumber()
		);
		expect(rows.map((r) => Number(r.doubt))).toEqual(doubt);
		expect(doubt).toEqual([...doubt].sort((a, b) => b - a));
		expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
	});
});

describe('credibilityFormsQuery', () => {
	it('drills full marks while missing the target down to the forms that gave them', async () => {
		const top = facts.find((i) => i.inflated)!;
		const department = top.form.department!;
		const rows = await data.db.query<CredibilityFormRow>(
			credibilityFormsQuery(NO_FILTERS, department, 'inflated')
		);
		const own = facts.filter((i) => i.form.department === department && i.inflated);
		expect(rows.map((r) => r.form_id).sort((a, b) => a - b)).toEqual(
			[...new Set(own.map((i) => i.form.form_id))].sort((a, b) => a - b)
		);
		for (const r of rows)
			expect(r.indicators).toBe(own.filter((i) => i.form.form_id === r.form_id).length);
	});

	it('drills the score × execution quadrant down to its forms', async () => {
		const f = forms.find(highLow)!;
		expect(f).toBeDefined();
		const rows = await data.db.query<CredibilityFormRow>(
			credibilityFormsQuery(NO_FILTERS, f.department!, 'high_low')
		);
		expect(rows.map((r) => r.form_id)).toEqual(
			forms
				.filter((x) => x.department === f.department && highLow(x))
				.sort((a, b) => a.rate!.comparedTo(b.rate!) || a.form_id - b.form_id)
				.map((x) => x.form_id)
		);
	});
});
