import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	targetGroupIndicatorsQuery,
	targetQualityQuery,
	type TargetGroupBy,
	type TargetIndicatorRow,
	type TargetQualityRow
} from '../../src/lib/queries/target-quality.ts';
import { TARGET_QUALITY as T } from '../../src/lib/model/target-quality-rules.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import {
	formFacts,
	indicatorFacts,
	projectKeys,
	renderedCorpus,
	type IndicatorFact
} from '../helpers/expected-facts.ts';

let data: TestDataset;
let facts: IndicatorFact[];
let keys: number[];

beforeAll(async () => {
	// five years, so that three running can show
	data = await datasetOf(
		renderedCorpus({
			seed: 2024,
			departments: 10,
			years: [2019, 2020, 2021, 2022, 2023],
			layouts: ['shanghai']
		})
	);
	keys = projectKeys(data.records);
	facts = indicatorFacts(formFacts(data.records)).filter(
		(i) => i.form.department !== null && i.form.year !== null && i.name.trim() !== ''
	);
}, 180_000);
afterAll(() => data?.close());

const groupOf = (by: TargetGroupBy, i: IndicatorFact) =>
	by === 'name' ? i.name.replace(/[\s\p{Z}\p{P}\p{S}]/gu, '') : (i.level2 ?? '未分类');

interface Signs {
	indicators: number;
	projects: number;
	years: number;
	exceeded_run: number;
	exceeded: boolean;
	missed_all: boolean;
	qualitative: number;
	all_full: boolean;
}

/** The signs of every group, computed over the records in JavaScript. */
function expected(by: TargetGroupBy) {
	const groups = new Map<string, IndicatorFact[]>();
	for (const i of facts) {
		const k = `${i.form.department}|${groupOf(by, i)}`;
		groups.set(k, [...(groups.get(k) ?? []), i]);
	}
	const out = new Map<string, Signs>();
	for (const [k, rows] of groups) {
		const years = [...new Set(rows.map((i) => i.form.year!))].sort((a, b) => a - b);
		const judged = (y: number) => rows.filter((i) => i.form.year === y && i.completion !== null);
		const exceededYears = years.filter(
			(y) => judged(y).length > 0 && judged(y).every((i) => i.completion!.gte(T.wideMargin))
		);
		let run = 0;
		let best = 0;
		exceededYears.forEach((y, n) => {
			run = n > 0 && exceededYears[n - 1] === y - 1 ? run + 1 : 1;
			best = Math.max(best, run);
		});
		const judgedYears = years.filter((y) => judged(y).length > 0);
		const missedYears = judgedYears.filter((y) => judged(y).every((i) => i.completion!.lt(1)));
		const ind = (i: IndicatorFact) => i.form.record.indicators[i.position]!;
		const qualitative = rows.filter((i) => {
			const x = ind(i);
			return (
				(T.quantitativeLevel2 as readonly string[]).includes(i.level2 ?? '') &&
				x.target_parsed?.kind !== 'quantitative' &&
				(x.target ?? '').trim() !== '' &&
				!/[0-9０-９]/.test(x.target ?? '')
			);
		}).length;
		const full = rows.every((i) => {
			const t = ind(i).target_parsed;
			return (
				t?.kind === 'quantitative' &&
				(t.op === '=' || t.op === '>=') &&
				Number(t.value) === 100 &&
				t.unit === '%' &&
				Number(ind(i).actual_value) === 100
			);
		});
		out.set(k, {
			indicators: rows.length,
			projects: new Set(rows.map((i) => keys[i.form.form_id - 1])).size,
			years: years.length,
			exceeded_run: best,
			exceeded: best >= T.runYears,
			missed_all:
				missedYears.length === judgedYears.length && missedYears.length >= T.missedMinYears,
			qualitative,
			all_full: full && rows.length >= T.fullMinRows
		});
	}
	return new Map(
		[...out].filter(([, g]) => g.exceeded || g.missed_all || g.qualitative > 0 || g.all_full)
	);
}

describe.each(['name', 'level2'] as const)('targetQualityQuery by %s', (by) => {
	let rows: TargetQualityRow[];
	beforeAll(async () => {
		rows = await data.db.query<TargetQualityRow>(targetQualityQuery(NO_FILTERS, by, 100_000));
	});

	it('flags the same groups as the rules applied to the records', () => {
		const want = expected(by);
		expect(rows.map((r) => `${r.department}|${r.grp}`).sort()).toEqual([...want.keys()].sort());
		for (const r of rows) {
			const w = want.get(`${r.department}|${r.grp}`)!;
			expect(r, r.grp).toMatchObject(w);
		}
	});
});

describe('targetQualityQuery signs on the demo data', () => {
	it('finds targets exceeded three years running, missed every year, and the other two signs', async () => {
		const rows = await data.db.query<TargetQualityRow>(
			targetQualityQuery(NO_FILTERS, 'name', 100_000)
		);
		expect(rows.some((r) => r.exceeded)).toBe(true);
		expect(rows.some((r) => r.missed_all)).toBe(true);
		expect(rows.some((r) => r.qualitative > 0)).toBe(true);
		expect(rows.some((r) => r.all_full)).toBe(true);
	});
});

describe('targetGroupIndicatorsQuery', () => {
	it('drills a flagged group down to its indicators, oldest first', async () => {
		const [top] = (
			await data.db.query<TargetQualityRow>(targetQualityQuery(NO_FILTERS, 'name', 100_000))
		).filter((r) => r.exceeded);
		const rows = await data.db.query<TargetIndicatorRow>(
			targetGroupIndicatorsQuery(NO_FILTERS, 'name', top!.department, top!.grp)
		);
		const own = facts.filter(
			(i) => i.form.department === top!.department && groupOf('name', i) === top!.grp
		);
		expect(rows.map((r) => `${r.form_id}:${r.position}`).sort()).toEqual(
			own.map((i) => `${i.form.form_id}:${i.position}`).sort()
		);
		expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort());
	});
});
