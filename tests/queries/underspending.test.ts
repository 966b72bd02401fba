import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	budgetChangesQuery,
	budgetRatePointsQuery,
	underspendSummaryQuery,
	unspentDepartmentsQuery,
	unspentProjectsQuery,
	type BudgetChangeRow,
	type UnderspendSummaryRow,
	type UnspentDepartmentRow,
	type UnspentProjectRow
} from '../../src/lib/queries/underspending.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { DEFAULT_THRESHOLDS } from '../../src/lib/model/thresholds.ts';
import { thresholdsFromParams } from '../../src/lib/state/thresholds.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { formFacts, seedAndCorpus, sum, type FormFact } from '../helpers/expected-facts.ts';

let data: TestDataset;
let facts: FormFact[];
const T = DEFAULT_THRESHOLDS;

const withMoney = () => facts.filter((f) => f.adjusted !== null && f.executed !== null);
const unspentOf = (f: FormFact) => f.adjusted!.minus(f.executed!);
const bandOf = (rate: Decimal | null, t = T) =>
	rate === null ? null : rate.lt(t.attention) ? 'attention' : rate.lt(t.watch) ? 'watch' : 'good';

beforeAll(async () => {
	const forms = seedAndCorpus();
	data = await datasetOf(forms);
	facts = formFacts(data.records);
});
afterAll(() => data?.close());

describe('underspendSummaryQuery', () => {
	let row: UnderspendSummaryRow;
	beforeAll(async () => {
		[row] = (await data.db.query<UnderspendSummaryRow>(underspendSummaryQuery(NO_FILTERS))) as [
			UnderspendSummaryRow
		];
	});

	it('sums adjusted − executed exactly in 元', () => {
		expect(row.unspent).toBe(sum(withMoney().map(unspentOf)).toFixed(2));
	});

	it('divides Σ executed by Σ adjusted to 4 places, half up', () => {
		const rate = sum(facts.map((f) => f.executed)).div(sum(facts.map((f) => f.adjusted)));
		expect(row.rate).toBe(rate.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4));
	});

	it('counts the forms below 90 % and below 60 %', () => {
		expect(row.below_watch).toBe(facts.filter((f) => f.rate?.lt(0.9)).length);
		expect(row.below_attention).toBe(facts.filter((f) => f.rate?.lt(0.6)).length);
		expect(row.below_attention).toBeGreaterThan(0);
	});

	it('sums the mid-year cuts and additions separately', () => {
		const changes = facts
			.filter((f) => f.initial && f.adjusted)
			.map((f) => f.adjusted!.minus(f.initial!));
		expect(row.cuts).toBe(sum(changes.filter((c) => c.isNeg())).toFixed(2));
		expect(row.additions).toBe(sum(changes.filter((c) => c.gt(0))).toFixed(2));
	});

	it('moves the counts with the thresholds, bound as parameters', async () => {
		const t = thresholdsFromParams('97.5', '80');
		const [moved] = await data.db.query<UnderspendSummaryRow>(
			underspendSummaryQuery({ ...NO_FILTERS, thresholds: t })
		);
		expect(moved!.below_watch).toBe(facts.filter((f) => f.rate?.lt('0.975')).length);
		expect(moved!.below_attention).toBe(facts.filter((f) => f.rate?.lt('0.8')).length);
	});
});

describe('unspentProjectsQuery', () => {
	it('ranks projects by unspent amount, largest first', async () => {
		const rows = await data.db.query<UnspentProjectRow>(
			unspentProjectsQuery(NO_FILTERS, 'unspent', 10)
		);
		const expected = withMoney()
			.sort((a, b) => unspentOf(b).comparedTo(unspentOf(a)) || a.form_id - b.form_id)
			.slice(0, 10);
		expect(rows.map((r) => [r.form_id, r.unspent])).toEqual(
			expected.map((f) => [f.form_id, unspentOf(f).toFixed(2)])
		);
	});

	it('ranks projects by rate, lowest first, each with its band', async () => {
		const rows = await data.db.query<UnspentProjectRow>(
			unspentProjectsQuery(NO_FILTERS, 'rate', 10)
		);
		const expected = withMoney()
			.filter((f) => f.rate !== null)
			.sort(
				(a, b) =>
					a.rate!.comparedTo(b.rate!) ||
					unspentOf(b).comparedTo(unspentOf(a)) ||
					a.form_id - b.form_id
			)
			.slice(0, 10);
		expect(rows.map((r) => [r.form_id, r.rate, r.band])).toEqual(
			expected.map((f) => [f.form_id, f.rate!.toFixed(4), bandOf(f.rate)])
		);
	});

	it('keeps only the selected department', async () => {
		const department = '上海市民政局';
		const rows = await data.db.query<UnspentProjectRow>(
			unspentProjectsQuery({ ...NO_FILTERS, departments: [department] }, 'unspent', 100)
		);
		expect(rows.length).toBe(withMoney().filter((f) => f.department === department).length);
		expect(new Set(rows.map((r) => r.department))).toEqual(new Set([department]));
	});
});

describe('unspentDepartmentsQuery', () => {
	it('sums each department exactly and ranks by unspent', async () => {
		const rows = await data.db.query<UnspentDepartmentRow>(unspentDepartmentsQuery(NO_FILTERS));
		const departments = [...new Set(facts.map((f) => f.department!))];
		const expected = departments
			.map((d) => {
				const own = facts.filter((f) => f.department === d);
				const adjusted = sum(own.map((f) => f.adjusted));
				const rate = sum(own.map((f) => f.executed))
					.div(adjusted)
					.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
				return {
					department: d,
					unspent: sum(own.map((f) => f.adjusted)).minus(sum(own.map((f) => f.executed))),
					rate: rate.toFixed(4),
					band: bandOf(rate),
					below_watch: own.filter((f) => f.rate?.lt(0.9)).length
				};
			})
			.sort((a, b) => b.unspent.comparedTo(a.unspent));
		expect(
			rows.map((r) => ({
				department: r.department,
				unspent: r.unspent,
				rate: r.rate,
				band: r.band,
				below_watch: r.below_watch
			}))
		).toEqual(expected.map((e) => ({ ...e, unspent: e.unspent.toFixed(2) })));
	});
});

describe('budgetChangesQuery', () => {
	const changed = () =>
		facts
			.filter((f) => f.initial && f.adjusted)
			.map((f) => ({ f, change: f.adjusted!.minus(f.initial!) }));

	it('lists the largest cuts, most negative first, with the change rate', async () => {
		const rows = await data.db.query<BudgetChangeRow>(budgetChangesQuery(NO_FILTERS, 'cut', 5));
		const expected = changed()
			.filter((c) => c.change.isNeg())
			.sort((a, b) => a.change.comparedTo(b.change) || a.f.form_id - b.f.form_id)
			.slice(0, 5);
		expect(rows.map((r) => [r.form_id, r.budget_change, r.change_rate])).toEqual(
			expected.map((c) => [
				c.f.form_id,
				c.change.toFixed(2),
				c.change.div(c.f.initial!).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4)
			])
		);
	});

	it('lists the largest additions, largest first', async () => {
		const rows = await data.db.query<BudgetChangeRow>(budgetChangesQuery(NO_FILTERS, 'add', 5));
		const expected = changed()
			.filter((c) => c.change.gt(0))
			.sort((a, b) => b.change.comparedTo(a.change) || a.f.form_id - b.f.form_id)
			.slice(0, 5);
		expect(rows.map((r) => [r.form_id, r.budget_change])).toEqual(
			expected.map((c) => [c.f.form_id, c.change.toFixed(2)])
		);
	});

	it('shows the seed cut from 21,800,000 to 8,285,000 元', async () => {
		const rows = await data.db.query<BudgetChangeRow>(
			budgetChangesQuery({ ...NO_FILTERS, origin: 'real' }, 'cut', 5)
		);
		expect(rows.find((r) => r.form_id === 1)?.budget_change).toBe('-13515000.00');
	});
});

describe('budgetRatePointsQuery', () => {
	it('gives every form with a positive budget and a rate', async () => {
		const rows = await data.db.query(budgetRatePointsQuery(NO_FILTERS));
		const expected = facts.filter((f) => f.adjusted?.gt(0) && f.rate !== null);
		expect(rows.map((r) => [r.form_id, r.rate])).toEqual(
			expected.map((f) => [f.form_id, f.rate!.toFixed(4)])
		);
	});

	it('binds a hostile department as a value, matching nothing', async () => {
		const rows = await data.db.query(
			budgetRatePointsQuery({ ...NO_FILTERS, departments: ["x' OR '1'='1"] })
		);
		expect(rows).toEqual([]);
	});
});
