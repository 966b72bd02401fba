import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	indicatorSummaryQuery,
	pointsLostByCategoryQuery,
	pointsLostByDepartmentQuery,
	pointsLostByDepartmentYearQuery,
	pointsLostByYearQuery,
	recurringWeakQuery,
	weakIndicatorsQuery,
	type CategoryLossRow,
	type DepartmentLossRow,
	type DepartmentYearLossRow,
	type IndicatorSummaryRow,
	type RecurringWeakRow,
	type WeakIndicatorRow,
	type YearLossRow
} from '../../src/lib/queries/indicators.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import {
	formFacts,
	indicatorFacts,
	seedAndCorpus,
	sum,
	type IndicatorFact
} from '../helpers/expected-facts.ts';

let data: TestDataset;
let facts: IndicatorFact[];

const points = (d: Decimal) => d.toFixed(4);
const key = (i: IndicatorFact) => `${i.form.form_id}:${i.position}`;

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	facts = indicatorFacts(formFacts(data.records));
});
afterAll(() => data?.close());

describe('indicatorSummaryQuery', () => {
	let row: IndicatorSummaryRow;
	beforeAll(async () => {
		[row] = (await data.db.query<IndicatorSummaryRow>(indicatorSummaryQuery(NO_FILTERS))) as [
			IndicatorSummaryRow
		];
	});

	it('counts every indicator row', () => {
		expect(row.indicators).toBe(facts.length);
	});

	it('counts the indicators that lost points or missed the target', () => {
		expect(row.weak).toBe(facts.filter((i) => i.lostPoints || i.missedTarget).length);
	});

	it('sums weight − score over the indicators below their weight', () => {
		expect(row.lost).toBe(facts.filter((i) => i.lostPoints).length);
		expect(row.points_lost).toBe(points(sum(facts.map((i) => i.pointsLost))));
	});

	it('counts missed targets, unexplained losses and inflated full marks', () => {
		expect(row.missed).toBe(facts.filter((i) => i.missedTarget).length);
		expect(row.no_reason).toBe(facts.filter((i) => i.lostPoints && i.noReason).length);
		expect(row.inflated).toBe(facts.filter((i) => i.inflated).length);
		expect(row.inflated).toBeGreaterThan(0);
	});
});

describe('pointsLostByCategoryQuery', () => {
	it('sums points lost per 一级 / 二级 category', async () => {
		const rows = await data.db.query<CategoryLossRow>(pointsLostByCategoryQuery(NO_FILTERS));
		const groups = new Map<string, IndicatorFact[]>();
		for (const i of facts) {
			const k = `${i.level1 ?? '未分类'}|${i.level2 ?? '未分类'}`;
			groups.set(k, [...(groups.get(k) ?? []), i]);
		}
		expect(rows.length).toBe(groups.size);
		for (const r of rows) {
			const own = groups.get(`${r.level1}|${r.level2}`)!;
			expect([r.indicators, r.lost, r.points_lost]).toEqual([
				own.length,
				own.filter((i) => i.lostPoints).length,
				points(sum(own.map((i) => i.pointsLost)))
			]);
		}
	});

	it('puts the category that lost most first', async () => {
		const rows = await data.db.query<CategoryLossRow>(pointsLostByCategoryQuery(NO_FILTERS));
		const values = rows.map((r) => new Decimal(r.points_lost));
		expect(values.every((v, i) => i === 0 || v.lte(values[i - 1]!))).toBe(true);
	});
});

describe('pointsLostByDepartmentQuery', () => {
	it('sums each department and divides by its forms, exactly', async () => {
		const rows = await data.db.query<DepartmentLossRow>(pointsLostByDepartmentQuery(NO_FILTERS));
		for (const r of rows) {
			const own = facts.filter((i) => i.form.department === r.department);
			const forms = new Set(data.records.filter((x) => x.department === r.department)).size;
			const lost = sum(own.map((i) => i.pointsLost));
			expect([r.forms, r.lost, r.points_lost, r.per_form]).toEqual([
				forms,
				own.filter((i) => i.lostPoints).length,
				points(lost),
				lost.div(forms).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
			]);
		}
	});
});

describe('pointsLostByYearQuery', () => {
	it('gives each year its weak indicators and points lost', async () => {
		const rows = await data.db.query<YearLossRow>(pointsLostByYearQuery(NO_FILTERS));
		expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023]);
		for (const r of rows) {
			const own = facts.filter((i) => i.form.year === r.year);
			expect([r.lost, r.points_lost, r.missed]).toEqual([
				own.filter((i) => i.lostPoints).length,
				points(sum(own.map((i) => i.pointsLost))),
				own.filter((i) => i.missedTarget).length
			]);
		}
	});
});

describe('weakIndicatorsQuery', () => {
	it('lists every indicator that lost points or missed its target', async () => {
		const rows = await data.db.query<WeakIndicatorRow>(weakIndicatorsQuery(NO_FILTERS, 'weak'));
		const expected = facts.filter((i) => i.lostPoints || i.missedTarget).map(key);
		expect(rows.map((r) => `${r.form_id}:${r.position}`).sort()).toEqual(expected.sort());
	});

	it('lists the indicators that lost points without a reason', async () => {
		const rows = await data.db.query<WeakIndicatorRow>(
			weakIndicatorsQuery(NO_FILTERS, 'unexplained')
		);
		const expected = facts.filter((i) => i.lostPoints && i.noReason).map(key);
		expect(rows.map((r) => `${r.form_id}:${r.position}`).sort()).toEqual(expected.sort());
		expect(rows.every((r) => r.note === null || r.note.trim() === '')).toBe(true);
	});

	it('lists full marks given while the actual missed the target', async () => {
		const rows = await data.db.query<WeakIndicatorRow>(weakIndicatorsQuery(NO_FILTERS, 'inflated'));
		const expected = facts.filter((i) => i.inflated).map(key);
		expect(rows.map((r) => `${r.form_id}:${r.position}`).sort()).toEqual(expected.sort());
		expect(rows.every((r) => r.score === r.weight && new Decimal(r.completion!).lt(1))).toBe(true);
	});

	it('keeps only indicators of the selected year', async () => {
		const rows = await data.db.query<WeakIndicatorRow>(
			weakIndicatorsQuery({ ...NO_FILTERS, yearFrom: 2022, yearTo: 2022 }, 'weak')
		);
		const expected = facts.filter(
			(i) => i.form.year === 2022 && (i.lostPoints || i.missedTarget)
		).length;
		expect(rows.length).toBe(expected);
	});
});

describe('recurringWeakQuery', () => {
	it('groups weak indicators by name, keeping names weak in several projects or years', async () => {
		const rows = await data.db.query<RecurringWeakRow>(recurringWeakQuery(NO_FILTERS, 1000));
		const byName = new Map<string, IndicatorFact[]>();
		for (const i of facts.filter((x) => x.lostPoints || x.missedTarget)) {
			byName.set(i.name, [...(byName.get(i.name) ?? []), i]);
		}
		const expected = [...byName]
			.map(([name, own]) => ({
				name,
				times: own.length,
				projects: new Set(own.map((i) => i.form.record.project)).size,
				years: new Set(own.map((i) => i.form.year)).size,
				points_lost: points(sum(own.map((i) => i.pointsLost)))
			}))
			.filter((e) => e.projects > 1 || e.years > 1);
		expect(rows.length).toBeGreaterThan(0);
		expect(
			rows
				.map((r) => ({
					name: r.name,
					times: r.times,
					projects: r.projects,
					years: r.years,
					points_lost: r.points_lost
				}))
				.sort((a, b) => a.name.localeCompare(b.name))
		).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
	});
});

describe('pointsLostByDepartmentYearQuery', () => {
	it('divides each department-year’s points lost by its forms, exactly', async () => {
		const rows = await data.db.query<DepartmentYearLossRow>(
			pointsLostByDepartmentYearQuery(NO_FILTERS)
		);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			const forms = data.records.filter(
				(x) => x.department === r.department && x.year === r.year
			).length;
			const lost = sum(
				facts
					.filter((i) => i.form.department === r.department && i.form.year === r.year)
					.map((i) => i.pointsLost)
			);
			expect([r.forms, r.points_lost, r.per_form]).toEqual([
				forms,
				points(lost),
				lost.div(forms).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
			]);
		}
	});

	it('keeps the departments that lost most, in that order', async () => {
		const rows = await data.db.query<DepartmentYearLossRow>(
			pointsLostByDepartmentYearQuery(NO_FILTERS, 2)
		);
		const totals = new Map<string, Decimal>();
		for (const i of facts) {
			const d = i.form.department!;
			totals.set(d, (totals.get(d) ?? new Decimal(0)).plus(i.pointsLost));
		}
		const top = [...totals]
			.sort((a, b) => b[1].comparedTo(a[1]) || a[0].localeCompare(b[0]))
			.slice(0, 2)
			.map(([d]) => d);
		expect([...new Set(rows.map((r) => r.department))]).toEqual(top);
	});
});
