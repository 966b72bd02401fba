/**
 * Every filter on a real DuckDB over the seed and a generated corpus: the forms each setting
 * selects are those the records say, counted independently with decimal.js.
 */
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXECUTION_THRESHOLDS, GRADE_BANDS } from '../../src/lib/model/rules.ts';
import { summaryQuery, type SummaryRow } from '../../src/lib/queries/overview.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { formFacts, seedAndCorpus, type FormFact } from '../helpers/expected-facts.ts';

let data: TestDataset;
let facts: FormFact[];
let origins: string[];

beforeAll(async () => {
	const forms = seedAndCorpus();
	origins = forms.map((f) => f.origin);
	facts = formFacts(forms.map((f) => f.record));
	data = await datasetOf(forms);
});
afterAll(() => data?.close());

function grade(fact: FormFact): string | null {
	const score = fact.record.total_score;
	if (score == null) return null;
	return GRADE_BANDS.bands.find((b) => new Decimal(score).gte(b.min))!.grade;
}

function rateBand(
	fact: FormFact,
	t: { attention: Decimal.Value; watch: Decimal.Value } = EXECUTION_THRESHOLDS
): string | null {
	if (!fact.rate) return null;
	if (fact.rate.lt(t.attention)) return 'attention';
	return fact.rate.lt(t.watch) ? 'watch' : 'good';
}

async function formsSelected(filters: Partial<Filters>): Promise<number> {
	const [row] = await data.db.query<SummaryRow>(summaryQuery({ ...NO_FILTERS, ...filters }));
	return row!.forms;
}

describe('filters on DuckDB', () => {
	it('select every form when none is set', async () => {
		expect(await formsSelected({})).toBe(facts.length);
	});

	it('select by department, one or several', async () => {
		const [a, b] = [...new Set(facts.map((f) => f.department))] as [string, string];
		const count = (ds: string[]) => facts.filter((f) => ds.includes(f.department!)).length;
		expect(await formsSelected({ departments: [a] })).toBe(count([a]));
		expect(await formsSelected({ departments: [a, b] })).toBe(count([a, b]));
		expect(count([a, b])).toBeGreaterThan(count([a]));
	});

	it('select by year range, each end alone or both', async () => {
		const count = (from: number, to: number) =>
			facts.filter((f) => f.year !== null && f.year >= from && f.year <= to).length;
		expect(await formsSelected({ yearFrom: 2022 })).toBe(count(2022, 9999));
		expect(await formsSelected({ yearTo: 2021 })).toBe(count(0, 2021));
		expect(await formsSelected({ yearFrom: 2022, yearTo: 2022 })).toBe(count(2022, 2022));
	});

	it('select by grade computed from the total score', async () => {
		let selected = 0;
		for (const grades of [['优'], ['良', '中'], ['差']] as const) {
			const expected = facts.filter((f) => (grades as readonly string[]).includes(grade(f)!));
			const forms = await formsSelected({ grades: [...grades] });
			expect(forms).toBe(expected.length);
			selected += forms;
		}
		expect(selected).toBe(facts.filter((f) => grade(f) !== null).length);
		expect(await formsSelected({ grades: ['优'] })).toBeGreaterThan(0);
	});

	it('select by execution-rate band', async () => {
		for (const bands of [['attention'], ['watch', 'good']] as const) {
			const expected = facts.filter((f) => (bands as readonly string[]).includes(rateBand(f)!));
			expect(await formsSelected({ rateBands: [...bands] })).toBe(expected.length);
		}
	});

	it('draws the rate bands with the thresholds in force: 需留意 at 80% takes 80–90% out', async () => {
		const t = { watch: '0.8', attention: '0.55' };
		const moved = (band: string) => facts.filter((f) => rateBand(f, t) === band).length;
		for (const band of ['attention', 'watch', 'good'] as const) {
			const forms = await formsSelected({ rateBands: [band], thresholds: t });
			expect(forms).toBe(moved(band));
		}
		// the corpus has rates between 80% and 90%: the two readings differ on it
		const between = facts.filter((f) => f.rate && f.rate.gte(0.8) && f.rate.lt(0.9)).length;
		expect(between).toBeGreaterThan(0);
		expect(moved('good')).toBe(facts.filter((f) => rateBand(f) === 'good').length + between);
	});

	it('select by form kind and by origin', async () => {
		const projects = facts.filter((f) => f.record.kind === 'project').length;
		expect(await formsSelected({ kind: 'project' })).toBe(projects);
		expect(await formsSelected({ origin: 'real' })).toBe(
			origins.filter((o) => o === 'real').length
		);
		expect(await formsSelected({ origin: 'real', kind: 'department' })).toBe(
			facts.filter((f, i) => origins[i] === 'real' && f.record.kind === 'department').length
		);
	});
});
