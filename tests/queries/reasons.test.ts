import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	boilerplateQuery,
	causeByDepartmentYearQuery,
	causeSummaryQuery,
	reasonCoverageQuery,
	reasonIndicatorsQuery,
	type BoilerplateRow,
	type CauseCellRow,
	type CauseRow,
	type ReasonCoverageRow,
	type ReasonIndicatorRow
} from '../../src/lib/queries/reasons.ts';
import { BOILERPLATE, REASON_CAUSES } from '../../src/lib/model/reason-causes.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import {
	formFacts,
	indicatorFacts,
	projectKeys,
	seedAndCorpus,
	sum,
	type IndicatorFact
} from '../helpers/expected-facts.ts';

let data: TestDataset;
let weak: (IndicatorFact & { note: string | null; causes: string[]; key: number })[];

/** The rules applied in JavaScript, independently of the SQL. */
function causesOf(note: string | null): string[] {
	if (note === null || note.trim() === '') return ['unexplained'];
	const hits = REASON_CAUSES.causes.filter((c) => new RegExp(c.pattern).test(note));
	return hits.length > 0 ? hits.map((c) => c.id) : ['other'];
}
const normal = (note: string) =>
	note.replace(/[0-9０-９]+([.．][0-9０-９]+)?/g, 'N').replace(/[\s\p{Z}\p{P}\p{S}]/gu, '');
const points = (d: Decimal) => d.toFixed(4);

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	const keys = projectKeys(data.records);
	weak = indicatorFacts(formFacts(data.records))
		.filter((i) => i.lostPoints || i.missedTarget)
		.map((i) => {
			const note = i.form.record.indicators[i.position]!.note;
			return { ...i, note, causes: causesOf(note), key: keys[i.form.form_id - 1]! };
		});
}, 120_000);
afterAll(() => data?.close());

describe('causeSummaryQuery', () => {
	let rows: CauseRow[];
	beforeAll(async () => {
		rows = await data.db.query<CauseRow>(causeSummaryQuery(NO_FILTERS));
	});

	it('counts each weak indicator under every cause its note gives', () => {
		for (const r of rows) {
			const own = weak.filter((i) => i.causes.includes(r.cause));
			expect(r.indicators, r.cause).toBe(own.length);
			expect(r.forms, r.cause).toBe(new Set(own.map((i) => i.form.form_id)).size);
			expect(r.points_lost, r.cause).toBe(points(sum(own.map((i) => i.pointsLost))));
		}
	});

	it('has a bucket for every cause found, 其他 and 未说明原因 included', () => {
		const found = new Set(weak.flatMap((i) => i.causes));
		expect(new Set(rows.map((r) => r.cause))).toEqual(found);
		expect(found.has('unexplained')).toBe(true);
		expect(weak.some((i) => i.causes.length > 1)).toBe(true);
	});
});

describe('causeByDepartmentYearQuery', () => {
	it('splits each cause by department and year', async () => {
		const rows = await data.db.query<CauseCellRow>(causeByDepartmentYearQuery(NO_FILTERS));
		const cells = new Map<string, typeof weak>();
		for (const i of weak)
			for (const c of i.causes) {
				const k = `${c}|${i.form.department}|${i.form.year}`;
				cells.set(k, [...(cells.get(k) ?? []), i]);
			}
		expect(rows.length).toBe(cells.size);
		for (const r of rows) {
			const own = cells.get(`${r.cause}|${r.department}|${r.year}`)!;
			expect(r.indicators).toBe(own.length);
			expect(r.points_lost).toBe(points(sum(own.map((i) => i.pointsLost))));
		}
	});
});

describe('reasonCoverageQuery', () => {
	it('gives the share of lost points with no reason written', async () => {
		const [row] = await data.db.query<ReasonCoverageRow>(reasonCoverageQuery(NO_FILTERS));
		const total = sum(weak.map((i) => i.pointsLost));
		const silent = sum(weak.filter((i) => i.noReason).map((i) => i.pointsLost));
		expect(row!.weak).toBe(weak.length);
		expect(row!.unexplained).toBe(weak.filter((i) => i.noReason).length);
		expect(row!.points_lost).toBe(points(total));
		expect(row!.unexplained_points).toBe(points(silent));
		expect(row!.unexplained_share).toBe(
			silent.div(total).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4)
		);
	});
});

describe('boilerplateQuery', () => {
	let rows: BoilerplateRow[];
	const groups = new Map<string, typeof weak>();
	beforeAll(async () => {
		rows = await data.db.query<BoilerplateRow>(boilerplateQuery(NO_FILTERS, 1000));
		for (const i of weak.filter((w) => !w.noReason)) {
			const k = normal(i.note!);
			groups.set(k, [...(groups.get(k) ?? []), i]);
		}
	});

	it('lists the texts written for many projects or in many years, with their counts', () => {
		const expected = [...groups].filter(
			([, own]) =>
				new Set(own.map((i) => i.key)).size >= BOILERPLATE.minProjects ||
				new Set(own.map((i) => i.form.year)).size >= BOILERPLATE.minYears
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(rows.map((r) => r.text).sort()).toEqual(expected.map(([k]) => k).sort());
		for (const r of rows) {
			const own = groups.get(r.text)!;
			expect(r.times).toBe(own.length);
			expect(r.projects).toBe(new Set(own.map((i) => i.key)).size);
			expect(r.years).toBe(new Set(own.map((i) => i.form.year)).size);
			expect(own.map((i) => i.note)).toContain(r.example);
		}
	});

	it('takes texts differing only in numbers and spacing for one', () => {
		expect(normal('3至5月 项目实施停滞，完成率 85.5%')).toBe(
			normal('4至6月项目实施停滞,完成率90%')
		);
	});
});

describe('reasonIndicatorsQuery', () => {
	const all = { cause: null, department: null, year: null, text: null };

	it('drills a cause of one department and year down to its indicators', async () => {
		const [first] = weak.filter((i) => i.causes.includes('procurement'));
		const drill = {
			...all,
			cause: 'procurement',
			department: first!.form.department,
			year: first!.form.year
		};
		const rows = await data.db.query<ReasonIndicatorRow>(reasonIndicatorsQuery(NO_FILTERS, drill));
		const own = weak.filter(
			(i) =>
				i.causes.includes('procurement') &&
				i.form.department === drill.department &&
				i.form.year === drill.year
		);
		expect(rows.map((r) => `${r.form_id}:${r.position}`).sort()).toEqual(
			own.map((i) => `${i.form.form_id}:${i.position}`).sort()
		);
		for (const r of rows) expect(r.causes.split(',')).toContain('procurement');
	});

	it('drills a boilerplate text down to every indicator that wrote it', async () => {
		const [top] = await data.db.query<BoilerplateRow>(boilerplateQuery(NO_FILTERS));
		const rows = await data.db.query<ReasonIndicatorRow>(
			reasonIndicatorsQuery(NO_FILTERS, { ...all, text: top!.text })
		);
		expect(rows.length).toBe(top!.times);
		for (const r of rows) expect(normal(r.note!)).toBe(top!.text);
	});
});
