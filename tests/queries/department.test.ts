import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	departmentProjectsQuery,
	departmentTotalQuery,
	departmentWeakIndicatorsQuery,
	departmentYearsQuery,
	type DepartmentProjectRow,
	type DepartmentTotalRow,
	type DepartmentYearRow,
	type DepartmentWeakIndicatorRow
} from '../../src/lib/queries/department.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import {
	datasetOf,
	parseFiles,
	SEED_FILE,
	smallCorpus,
	type TestDataset
} from '../helpers/dataset.ts';

const SEED_DEPARTMENT = '上海市人力资源和社会保障局';
const CORPUS = smallCorpus();
const DEMO_DEPARTMENT = CORPUS[0]!.department!;

let data: TestDataset;

beforeAll(async () => {
	data = await datasetOf([
		...parseFiles([{ path: SEED_FILE }]),
		...CORPUS.map((record) => ({ record, origin: 'demo' as const }))
	]);
});
afterAll(() => data?.close());

// Independent arithmetic over the records, with decimal.js.
const D = (v: string | null | undefined) => new Decimal(v ?? 0);
const total = (r: FormRecord) => r.funds.find((f) => f.source === 'total');
const rateOf = (r: FormRecord) => {
	const t = total(r);
	return t?.adjusted && t.executed && !D(t.adjusted).isZero()
		? D(t.executed).div(t.adjusted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
		: null;
};
const lost = (r: FormRecord) =>
	r.indicators.filter((i) => i.weight !== null && i.score !== null && D(i.score).lt(D(i.weight)));
const formsOf = (department: string) => data.records.filter((r) => r.department === department);
const sum = (rs: FormRecord[], key: 'adjusted' | 'executed') =>
	rs.reduce((s, r) => s.plus(D(total(r)?.[key])), new Decimal(0));

function expectedYear(rs: FormRecord[]) {
	const adjusted = sum(rs, 'adjusted');
	const executed = sum(rs, 'executed');
	const scored = rs.filter((r) => r.total_score !== null);
	return {
		forms: rs.length,
		adjusted: adjusted.toFixed(2),
		executed: executed.toFixed(2),
		unspent: adjusted.minus(executed).toFixed(2),
		rate: executed.div(adjusted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4),
		avg_score: scored
			.reduce((s, r) => s.plus(r.total_score!), new Decimal(0))
			.div(scored.length)
			.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
			.toFixed(2),
		below_watch: rs.filter((r) => rateOf(r)?.lt(0.9)).length,
		weak_indicators: rs.reduce((n, r) => n + lost(r).length, 0)
	};
}

const asFixed = (row: DepartmentTotalRow) => ({
	forms: row.forms,
	adjusted: D(row.adjusted).toFixed(2),
	executed: D(row.executed).toFixed(2),
	unspent: D(row.unspent).toFixed(2),
	rate: row.rate,
	avg_score: row.avg_score,
	below_watch: row.below_watch,
	weak_indicators: row.weak_indicators
});

describe('departmentYearsQuery', () => {
	it('gives the seed department one year with the two forms’ sums, rate and mean score', async () => {
		const rows = await data.db.query<DepartmentYearRow>(
			departmentYearsQuery(SEED_DEPARTMENT, NO_FILTERS)
		);
		expect(rows.map((r) => r.year)).toEqual([2021]);
		expect(asFixed(rows[0]!)).toEqual(expectedYear(formsOf(SEED_DEPARTMENT)));
		expect(rows[0]!.rate).toBe('0.3591');
		expect(rows[0]!.avg_score).toBe('92.96');
	});

	it('gives a generated department each of its years, oldest first', async () => {
		const rows = await data.db.query<DepartmentYearRow>(
			departmentYearsQuery(DEMO_DEPARTMENT, NO_FILTERS)
		);
		expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023]);
		for (const row of rows) {
			const rs = formsOf(DEMO_DEPARTMENT).filter((r) => r.year === row.year);
			expect(asFixed(row)).toEqual(expectedYear(rs));
		}
	});

	it('keeps the other filters: a year range narrows the years', async () => {
		const rows = await data.db.query<DepartmentYearRow>(
			departmentYearsQuery(DEMO_DEPARTMENT, { ...NO_FILTERS, yearFrom: 2022 })
		);
		expect(rows.map((r) => r.year)).toEqual([2022, 2023]);
	});

	it('replaces a department chosen in the filter bar by the page’s department', async () => {
		const rows = await data.db.query<DepartmentYearRow>(
			departmentYearsQuery(SEED_DEPARTMENT, { ...NO_FILTERS, departments: [DEMO_DEPARTMENT] })
		);
		expect(rows.map((r) => r.forms)).toEqual([2]);
	});

	it('binds the department as a parameter', async () => {
		const rows = await data.db.query(departmentYearsQuery("x' OR '1'='1", NO_FILTERS));
		expect(rows).toEqual([]);
	});
});

describe('departmentTotalQuery', () => {
	it('sums every year of a generated department exactly', async () => {
		const [row] = await data.db.query(departmentTotalQuery(DEMO_DEPARTMENT, NO_FILTERS));
		expect(asFixed(row!)).toEqual(expectedYear(formsOf(DEMO_DEPARTMENT)));
	});
});

describe('departmentProjectsQuery', () => {
	it('lists the seed department’s two projects with their exact figures', async () => {
		const rows = await data.db.query<DepartmentProjectRow>(
			departmentProjectsQuery(SEED_DEPARTMENT, NO_FILTERS)
		);
		const expected = formsOf(SEED_DEPARTMENT)
			.map((r) => ({
				project: r.project,
				year: r.year,
				adjusted: D(total(r)!.adjusted).toFixed(2),
				executed: D(total(r)!.executed).toFixed(2),
				unspent: D(total(r)!.adjusted)
					.minus(D(total(r)!.executed))
					.toFixed(2),
				rate: rateOf(r)!.toFixed(4),
				total_score: D(r.total_score).toFixed(4),
				weak_count: lost(r).length
			}))
			.sort((a, b) => a.project!.localeCompare(b.project!));
		const got = rows
			.map((r) => ({
				project: r.project,
				year: r.year,
				adjusted: D(r.adjusted).toFixed(2),
				executed: D(r.executed).toFixed(2),
				unspent: D(r.unspent).toFixed(2),
				rate: r.rate,
				total_score: D(r.total_score).toFixed(4),
				weak_count: r.weak_count
			}))
			.sort((a, b) => a.project!.localeCompare(b.project!));
		expect(got).toEqual(expected);
	});

	it('grades 高技能人才工作专项 (91.3) 优', async () => {
		const rows = await data.db.query<DepartmentProjectRow>(
			departmentProjectsQuery(SEED_DEPARTMENT, NO_FILTERS)
		);
		expect(rows.find((r) => r.project === '高技能人才工作专项')?.grade).toBe('优');
	});

	it('lists a generated department’s forms newest year first', async () => {
		const rows = await data.db.query<DepartmentProjectRow>(
			departmentProjectsQuery(DEMO_DEPARTMENT, NO_FILTERS)
		);
		expect(rows).toHaveLength(formsOf(DEMO_DEPARTMENT).length);
		const years = rows.map((r) => r.year!);
		expect(years).toEqual([...years].sort((a, b) => b - a));
	});
});

describe('departmentWeakIndicatorsQuery', () => {
	// Each indicator below its weight, and the funds line when it scored below its weight.
	const expectedLosses = (department: string) =>
		formsOf(department)
			.flatMap((r) => {
				const t = total(r);
				const funds =
					t?.weight && t.score && D(t.score).lt(t.weight)
						? [{ name: '预算执行率', lost: D(t.weight).minus(t.score) }]
						: [];
				return [
					...lost(r).map((i) => ({ name: i.name, lost: D(i.weight).minus(D(i.score)) })),
					...funds
				];
			})
			.sort((a, b) => b.lost.comparedTo(a.lost));

	it('ranks the indicators by points lost (weight − score), most first', async () => {
		const rows = await data.db.query<DepartmentWeakIndicatorRow>(
			departmentWeakIndicatorsQuery(DEMO_DEPARTMENT, NO_FILTERS, 1000)
		);
		const expected = expectedLosses(DEMO_DEPARTMENT);
		expect(rows.map((r) => D(r.points_lost).toFixed(4))).toEqual(
			expected.map((e) => e.lost.toFixed(4))
		);
	});

	it('counts the seed forms’ funds lines, which lost 8.70 and 5.39 points', async () => {
		const rows = await data.db.query<DepartmentWeakIndicatorRow>(
			departmentWeakIndicatorsQuery(SEED_DEPARTMENT, NO_FILTERS)
		);
		expect(rows.map((r) => [r.name, D(r.points_lost).toFixed(2)])).toEqual([
			['预算执行率', '8.70'],
			['预算执行率', '5.39']
		]);
	});

	it('keeps only indicators that lost points', async () => {
		const rows = await data.db.query<DepartmentWeakIndicatorRow>(
			departmentWeakIndicatorsQuery(SEED_DEPARTMENT, NO_FILTERS, 1000)
		);
		expect(rows).toHaveLength(expectedLosses(SEED_DEPARTMENT).length);
		expect(rows.every((r) => D(r.points_lost).gt(0))).toBe(true);
	});

	it('stops at the limit', async () => {
		const rows = await data.db.query(departmentWeakIndicatorsQuery(DEMO_DEPARTMENT, NO_FILTERS, 3));
		expect(rows).toHaveLength(3);
	});
});
