import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	departmentSignalYearsQuery,
	departmentUnderspentQuery,
	type SignalYearRow,
	type UnderspentFormRow
} from '../../src/lib/queries/department-brief.ts';
import { REASON_CAUSES } from '../../src/lib/model/reason-causes.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { generateCorpus } from '../../src/lib/generate/index.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import {
	formFacts,
	indicatorFacts,
	seedAndCorpus,
	sum,
	type FormFact,
	type IndicatorFact
} from '../helpers/expected-facts.ts';

const SEED_DEPARTMENT = '上海市人力资源和社会保障局';
let data: TestDataset;
let forms: FormFact[];
let indicators: IndicatorFact[];
let departments: string[];

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	forms = formFacts(data.records);
	indicators = indicatorFacts(forms);
	departments = [...new Set(forms.map((f) => f.department!))].sort();
}, 120_000);
afterAll(() => data?.close());

// Independent arithmetic, with decimal.js: a share rounded half up to 4 places, as a string.
const share = (n: Decimal.Value, d: Decimal.Value) =>
	new Decimal(d).isZero()
		? null
		: new Decimal(n).div(d).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
const fixed4 = (v: string | null) => (v === null ? null : new Decimal(v).toFixed(4));

function expectedSignals(department: string, year: number) {
	const fs = forms.filter((f) => f.department === department && f.year === year);
	const own = indicators.filter((i) => fs.includes(i.form));
	const rated = fs.filter((f) => f.rate !== null);
	const below = rated.filter((f) => f.rate!.lt(0.9)).length;
	const lost = own.filter((i) => i.lostPoints);
	const points = sum(lost.map((i) => i.pointsLost));
	const unexplained = sum(lost.filter((i) => i.noReason).map((i) => i.pointsLost));
	const scored = own.filter((i) => i.weight?.gt(0) && i.score !== null).length;
	const inflated = own.filter((i) => i.inflated).length;
	return {
		year,
		rated: rated.length,
		below_watch: below,
		below_share: share(below, rated.length),
		scored,
		inflated,
		inflated_share: share(inflated, scored),
		points_lost: points.toFixed(4),
		unexplained_points: unexplained.toFixed(4),
		unexplained_share: scored === 0 ? null : points.isZero() ? '0.0000' : share(unexplained, points)
	};
}

const asFixed = (r: SignalYearRow) => ({
	...r,
	below_share: fixed4(r.below_share),
	inflated_share: fixed4(r.inflated_share),
	points_lost: fixed4(r.points_lost),
	unexplained_points: fixed4(r.unexplained_points),
	unexplained_share: fixed4(r.unexplained_share)
});

describe('departmentSignalYearsQuery', () => {
	it('gives every department, year by year, the shares computed from its forms', async () => {
		let checked = 0;
		for (const department of departments) {
			const rows = await data.db.query<SignalYearRow>(
				departmentSignalYearsQuery(department, NO_FILTERS)
			);
			const years = [
				...new Set(forms.filter((f) => f.department === department).map((f) => f.year!))
			];
			expect(rows.map((r) => r.year)).toEqual(years.sort());
			for (const row of rows) expect(asFixed(row)).toEqual(expectedSignals(department, row.year));
			checked += rows.length;
		}
		expect(checked).toBeGreaterThan(departments.length);
	});

	it('finds something to judge in the corpus: projects below 90 %, unexplained and inflated marks', async () => {
		const rows = (
			await Promise.all(
				departments.map((d) =>
					data.db.query<SignalYearRow>(departmentSignalYearsQuery(d, NO_FILTERS))
				)
			)
		).flat();
		expect(rows.some((r) => r.below_watch > 0)).toBe(true);
		expect(rows.some((r) => new Decimal(r.unexplained_points).gt(0))).toBe(true);
		expect(rows.some((r) => r.inflated > 0)).toBe(true);
	});

	it('counts below the watch threshold in force', async () => {
		const department = SEED_DEPARTMENT;
		const at = (watch: string) =>
			data.db.query<SignalYearRow>(
				departmentSignalYearsQuery(department, {
					...NO_FILTERS,
					origin: 'real',
					thresholds: { watch, attention: '0.1' }
				})
			);
		// the seed's two forms run at 46.12 % and 13.04 %
		expect((await at('0.9'))[0]!.below_watch).toBe(2);
		expect((await at('0.3'))[0]!.below_watch).toBe(1);
	});

	it('binds the department as a parameter', async () => {
		expect(await data.db.query(departmentSignalYearsQuery("x' OR '1'='1", NO_FILTERS))).toEqual([]);
	});
});

/** The cause ids a form's notes give, as the rules of model/reason-causes.ts read them. */
function causesOf(form: FormFact): string | null {
	const notes = form.record.indicators
		.map((i) => i.note)
		.filter((n): n is string => n !== null && n.trim() !== '');
	if (notes.length === 0) return null;
	const ids = REASON_CAUSES.causes
		.filter((c) => notes.some((n) => new RegExp(c.pattern).test(n)))
		.map((c) => c.id)
		.sort();
	return ids.length ? ids.join(',') : 'other';
}

describe('departmentUnderspentQuery', () => {
	it('lists each department’s five largest unspent amounts of a year, with the causes of their notes', async () => {
		let listed = 0;
		for (const department of departments) {
			const filters = { ...NO_FILTERS, yearFrom: 2023, yearTo: 2023 };
			const rows = await data.db.query<UnderspentFormRow>(
				departmentUnderspentQuery(department, filters, 5)
			);
			const expected = forms
				.filter((f) => f.department === department && f.year === 2023)
				.filter((f) => f.adjusted && f.executed && f.adjusted.gt(f.executed))
				.sort(
					(a, b) =>
						b.adjusted!.minus(b.executed!).cmp(a.adjusted!.minus(a.executed!)) ||
						a.form_id - b.form_id
				)
				.slice(0, 5);
			expect(
				rows.map((r) => ({
					form_id: r.form_id,
					unspent: new Decimal(r.unspent).toFixed(2),
					causes: r.causes
				}))
			).toEqual(
				expected.map((f) => ({
					form_id: f.form_id,
					unspent: f.adjusted!.minus(f.executed!).toFixed(2),
					causes: causesOf(f)
				}))
			);
			listed += rows.length;
		}
		expect(listed).toBeGreaterThan(5);
	});

	it('marks each rate of the seed’s real forms by the thresholds in force', async () => {
		const department = SEED_DEPARTMENT;
		const rows = await data.db.query<UnderspentFormRow>(
			departmentUnderspentQuery(department, { ...NO_FILTERS, origin: 'real' })
		);
		expect(rows.map((r) => [r.rate, r.rate_band])).toEqual([
			['0.4612', 'attention'],
			['0.1304', 'attention']
		]);
	});
});

describe('departmentSignalYearsQuery on transfer payments (no scores printed)', () => {
	let transfers: TestDataset;
	beforeAll(async () => {
		const records = generateCorpus({
			seed: 3,
			departments: 2,
			years: [2023],
			layouts: ['tp-pipes']
		});
		transfers = await datasetOf(records.map((record) => ({ record, origin: 'demo' as const })));
	}, 120_000);
	afterAll(() => transfers?.close());

	it('judges no unexplained or inflated share where nothing was scored', async () => {
		const department = transfers.records[0]!.department!;
		const [row] = await transfers.db.query<SignalYearRow>(
			departmentSignalYearsQuery(department, NO_FILTERS)
		);
		expect(row).toMatchObject({ scored: 0, unexplained_share: null, inflated_share: null });
		expect(row!.rated).toBeGreaterThan(0);
	});
});
