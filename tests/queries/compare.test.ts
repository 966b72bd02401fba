import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareQuery, compareTotalQuery } from '../../src/lib/queries/compare.ts';
import {
	measuresFor,
	type CompareRow,
	type CompareSelection
} from '../../src/lib/model/compare.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { GRADE_BANDS } from '../../src/lib/model/rules.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { dec, projectKeys, seedAndCorpus } from '../helpers/expected-facts.ts';

let data: TestDataset;
beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	const keys = projectKeys(data.records);
	keyOf = new Map(data.records.map((r, i) => [r, String(keys[i])]));
});
afterAll(() => data?.close());

// Independent arithmetic over the parsed records, with decimal.js.
const HALF_UP = Decimal.ROUND_HALF_UP;
const total = (r: FormRecord) => r.funds.find((f) => f.source === 'total');
const sumOf = (values: (Decimal | null)[]) =>
	values.reduce<Decimal>((s, v) => (v ? s.plus(v) : s), new Decimal(0));
const meanOf = (values: (Decimal | null)[]) => {
	const present = values.filter((v): v is Decimal => v !== null);
	return present.length ? sumOf(present).div(present.length).toDecimalPlaces(2, HALF_UP) : null;
};
const gradeOf = (score: Decimal | null) =>
	score === null ? null : GRADE_BANDS.bands.find((b) => score.gte(b.min))!.grade;
const lostOf = (r: FormRecord) =>
	r.indicators.filter((i) => dec(i.weight) && dec(i.score) && dec(i.score)!.lt(dec(i.weight)!));

/** The department measures of a group of forms, as decimal strings. */
function expectedMeasures(forms: FormRecord[]) {
	if (forms.length === 0) return null;
	const adjusted = sumOf(forms.map((r) => dec(total(r)?.adjusted)));
	const executed = sumOf(forms.map((r) => dec(total(r)?.executed)));
	const score = meanOf(forms.map((r) => dec(r.total_score)));
	return {
		adjusted,
		executed,
		unspent: adjusted.minus(executed),
		rate: executed.div(adjusted).toDecimalPlaces(4, HALF_UP),
		funds_score: meanOf(forms.map((r) => dec(total(r)?.score))),
		total_score: score,
		grade: gradeOf(score),
		weak: forms.reduce((n, r) => n + lostOf(r).length, 0),
		points_lost: sumOf(
			forms.flatMap((r) => lostOf(r).map((i) => dec(i.weight)!.minus(dec(i.score)!)))
		)
	};
}

/** The row SQL should give for these forms in A and B: values, Δ and Δ%. */
function expectedRow(formsA: FormRecord[], formsB: FormRecord[]) {
	const a = expectedMeasures(formsA);
	const b = expectedMeasures(formsB);
	const str = (v: Decimal | string | number | null | undefined, places: number) =>
		v == null ? null : v instanceof Decimal ? v.toFixed(places) : v;
	const out: Record<string, string | number | null> = {};
	for (const [id, places] of [
		['adjusted', 2],
		['executed', 2],
		['unspent', 2],
		['rate', 4],
		['funds_score', 2],
		['total_score', 2],
		['grade', 0],
		['weak', 0],
		['points_lost', 2]
	] as const) {
		const va = a?.[id] ?? null;
		const vb = b?.[id] ?? null;
		out[`${id}_a`] = str(va, places);
		out[`${id}_b`] = str(vb, places);
		if (id === 'grade') continue;
		const both = va !== null && vb !== null;
		const diff = both ? new Decimal(vb).minus(va) : null;
		out[`${id}_d`] =
			diff === null
				? null
				: id === 'weak'
					? diff.toNumber()
					: diff.times(id === 'rate' ? 100 : 1).toFixed(2);
		if (['adjusted', 'executed', 'unspent'].includes(id)) {
			out[`${id}_p`] =
				both && !new Decimal(va).isZero()
					? diff!.div(new Decimal(va).abs()).toDecimalPlaces(4, HALF_UP).toFixed(4)
					: null;
		}
	}
	return out;
}

/** A row from SQL with its decimals written to the places the expectation uses. */
function normalised(row: CompareRow) {
	const out: Record<string, string | number | null> = {};
	for (const [key, value] of Object.entries(row)) {
		if (!/_(a|b|d|p)$/.test(key)) continue;
		const places = key.startsWith('rate_') && !key.endsWith('_d') ? 4 : key.endsWith('_p') ? 4 : 2;
		out[key] =
			value === null || typeof value === 'number' || key.startsWith('grade_')
				? value
				: new Decimal(value).toFixed(places);
	}
	return out;
}

const DEPARTMENTS: CompareSelection = {
	by: 'department',
	measures: measuresFor('department').map((m) => m.id),
	yearA: 2021,
	yearB: 2022
};

describe('compareQuery by department', () => {
	let rows: CompareRow[];
	beforeAll(async () => {
		rows = await data.db.query<CompareRow>(compareQuery(NO_FILTERS, DEPARTMENTS));
	});

	it('lists every department with a form in either year, by name', () => {
		const names = [
			...new Set(
				data.records.filter((r) => r.year === 2021 || r.year === 2022).map((r) => r.department!)
			)
		].sort();
		expect(rows.map((r) => r.name).sort()).toEqual(names);
		expect(rows.length).toBeGreaterThan(3);
	});

	it('gives each measure in both years, the change and the relative change, exactly', () => {
		for (const row of rows) {
			const of = (year: number) =>
				data.records.filter((r) => r.department === row.name && r.year === year);
			expect(normalised(row), String(row.name)).toEqual(expectedRow(of(2021), of(2022)));
		}
	});
});

describe('compareTotalQuery by department', () => {
	it('sums the amounts, divides Σ executed by Σ adjusted and averages the scores over all forms', async () => {
		const [row] = await data.db.query<CompareRow>(compareTotalQuery(NO_FILTERS, DEPARTMENTS));
		const of = (year: number) =>
			data.records.filter((r) => r.department !== null && r.year === year);
		expect(normalised(row!)).toEqual(expectedRow(of(2021), of(2022)));
	});

	it('binds a hostile department filter as a value, leaving an empty total', async () => {
		const [row] = await data.db.query<CompareRow>(
			compareTotalQuery({ ...NO_FILTERS, departments: ["x' OR '1'='1"] }, DEPARTMENTS)
		);
		expect(row!.adjusted_a).toBeNull();
		expect(row!.adjusted_b).toBeNull();
	});
});

/** A project's key across years (also through renames), as the build assigns it. */
let keyOf: Map<FormRecord, string>;
const projectKey = (r: FormRecord) => keyOf.get(r)!;

describe('compareQuery by project', () => {
	const selection: CompareSelection = {
		by: 'project',
		measures: ['adjusted', 'rate', 'total_score'],
		yearA: 2022,
		yearB: 2023
	};
	let rows: CompareRow[];
	beforeAll(async () => {
		rows = await data.db.query<CompareRow>(compareQuery(NO_FILTERS, selection));
	});

	it('matches one project across the two years by department, kind and normalised name', () => {
		const keys = new Set(
			data.records.filter((r) => r.year === 2022 || r.year === 2023).map(projectKey)
		);
		expect(rows.length).toBe(keys.size);
		expect(rows.some((r) => r.adjusted_a !== null && r.adjusted_b !== null)).toBe(true);
	});

	it('gives each project its budget, rate and score in both years', () => {
		for (const row of rows) {
			const of = (year: number) =>
				data.records.filter((r) => projectKey(r) === row.entity && r.year === year);
			const expected = expectedRow(of(2022), of(2023));
			const got = normalised(row);
			for (const key of Object.keys(got))
				expect(got[key], `${row.name} ${key}`).toEqual(expected[key]);
		}
	});

	it('names the department and the latest form of the project', () => {
		for (const row of rows) {
			const latest = data.records
				.map((r, i) => ({ r, id: i + 1 }))
				.filter(({ r }) => projectKey(r) === row.entity && (r.year === 2022 || r.year === 2023))
				.sort((x, y) => y.r.year! - x.r.year!)[0]!;
			expect(row.department).toBe(latest.r.department);
			expect(row.form_id).toBe(latest.id);
		}
	});
});

describe('compareQuery by indicator', () => {
	const selection: CompareSelection = {
		by: 'indicator',
		measures: ['uses', 'weak', 'missed', 'points_lost'],
		yearA: 2021,
		yearB: 2023
	};

	it('counts uses, lost points, missed targets and sums the points lost per indicator', async () => {
		const rows = await data.db.query<CompareRow>(compareQuery(NO_FILTERS, selection));
		const all = data.records.flatMap((r) =>
			r.indicators.map((i) => ({
				year: r.year,
				i,
				key: [i.level1 ?? '', i.level2 ?? '', i.name.trim()].join('|')
			}))
		);
		const keys = new Set(all.filter((x) => x.year === 2021 || x.year === 2023).map((x) => x.key));
		expect(rows.length).toBe(keys.size);
		for (const row of rows) {
			for (const [year, side] of [
				[2021, 'a'],
				[2023, 'b']
			] as const) {
				const mine = all.filter((x) => x.key === row.entity && x.year === year).map((x) => x.i);
				const lost = mine.filter(
					(i) => dec(i.weight) && dec(i.score) && dec(i.score)!.lt(dec(i.weight)!)
				);
				expect(row[`uses_${side}`]).toBe(mine.length || null);
				if (mine.length === 0) continue;
				expect(row[`weak_${side}`]).toBe(lost.length);
				expect(row[`missed_${side}`]).toBe(mine.filter((i) => dec(i.completion)?.lt(1)).length);
				const points = sumOf(lost.map((i) => dec(i.weight)!.minus(dec(i.score)!)));
				expect(
					row[`points_lost_${side}`] === null
						? null
						: new Decimal(row[`points_lost_${side}`]!).toFixed(4)
				).toBe(points.toFixed(4));
			}
		}
	});

	it('refuses a measure that does not apply to indicators', () => {
		expect(() => compareQuery(NO_FILTERS, { ...selection, measures: ['adjusted'] })).toThrow();
	});
});
