import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, generateCorpus } from '../../src/lib/generate/index.ts';
import { TAXONOMY } from '../../src/lib/generate/indicator-specs.ts';
import { Dec } from '../../src/lib/generate/money.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';

const corpus = generateCorpus(DEFAULT_OPTIONS);
/** the Shanghai departments, in the standard scheme (funds 10, indicators 90) */
const shanghai = corpus.filter((r) => ['shanghai', 'web'].includes(r.source.template));
const layoutOf = (r: FormRecord) => r.source.template;
const has = (r: FormRecord, code: string) => r.warnings.some((w) => w.code === code);
const rate = (r: FormRecord) => new Dec(r.funds[0]?.rate ?? 0);
const share = (records: FormRecord[], test: (r: FormRecord) => boolean) =>
	records.filter(test).length / records.length;

describe('the default demo corpus', () => {
	it('holds between 4,000 and 6,000 forms', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(4000);
		expect(corpus.length).toBeLessThanOrEqual(6000);
	});

	it('covers at least 50 departments', () => {
		expect(new Set(corpus.map((r) => r.department)).size).toBeGreaterThanOrEqual(50);
	});

	it('covers the years 2019 to 2023', () => {
		expect([...new Set(corpus.map((r) => r.year))].sort()).toEqual([2019, 2020, 2021, 2022, 2023]);
	});

	it('has about ten indicators per form', () => {
		const mean = corpus.reduce((n, r) => n + r.indicators.length, 0) / corpus.length;
		expect(mean).toBeGreaterThan(8);
		expect(mean).toBeLessThan(12);
	});

	it('gives Shanghai indicators weights adding to 90 and the funds a weight of 10', () => {
		const off = shanghai.filter(
			(r) =>
				r.funds[0]?.weight !== '10' ||
				!r.indicators.reduce((s, i) => s.plus(i.weight ?? 0), new Dec(0)).eq(90)
		);
		expect(off).toEqual([]);
	});

	it('scores no indicator above its weight except the deliberate errors', () => {
		const over = corpus.filter(
			(r) =>
				!has(r, 'score_over_weight') &&
				r.indicators.some((i) => i.weight !== null && new Dec(i.score ?? 0).gt(i.weight))
		);
		expect(over).toEqual([]);
	});

	it('prints the total as funds score plus indicator scores except the deliberate errors', () => {
		const off = corpus.filter((r) => {
			const sum = r.indicators.reduce(
				(s, i) => s.plus(i.score ?? 0),
				new Dec(r.funds[0]?.score ?? 0)
			);
			return !has(r, 'score_sum_mismatch') && r.total_score !== null && !sum.eq(r.total_score);
		});
		expect(off).toEqual([]);
	});

	it('prints rates within 0.01 points of executed / adjusted except the deliberate errors', () => {
		const off = corpus.filter((r) => {
			const f = r.funds[0]!;
			const implied = new Dec(f.executed ?? 0).mul(100).div(f.adjusted ?? 1);
			return (
				!has(r, 'rate_mismatch') &&
				implied
					.minus(f.rate ?? 0)
					.abs()
					.gt(0.01)
			);
		});
		expect(off).toEqual([]);
	});

	it('puts every Shanghai indicator under the standard taxonomy', () => {
		const pairs = new Set(Object.values(TAXONOMY).map(([l1, l2]) => `${l1}/${l2}`));
		const odd = shanghai
			.flatMap((r) => r.indicators)
			.filter((i) => !pairs.has(`${i.level1}/${i.level2}`));
		expect(odd).toEqual([]);
	});

	it('has between 8 and 25 percent of projects spending under 90 percent', () => {
		const under = share(corpus, (r) => rate(r).lt(90));
		expect(under).toBeGreaterThan(0.08);
		expect(under).toBeLessThan(0.25);
	});

	it('has 2022 as the worst year for underspending', () => {
		const byYear = DEFAULT_OPTIONS.years.map((y) =>
			share(
				corpus.filter((r) => r.year === y),
				(r) => rate(r).lt(90)
			)
		);
		expect(Math.max(...byYear)).toBe(byYear[DEFAULT_OPTIONS.years.indexOf(2022)]);
	});

	it('has between 1 and 6 percent of forms with a deliberate arithmetic error', () => {
		const errors = share(corpus, (r) =>
			['rate_mismatch', 'score_sum_mismatch', 'score_over_weight'].some((c) => has(r, c))
		);
		expect(errors).toBeGreaterThan(0.01);
		expect(errors).toBeLessThan(0.06);
	});

	it('has indicators that lost points without a note', () => {
		expect(share(corpus, (r) => has(r, 'missing_note'))).toBeGreaterThan(0.005);
	});

	it('has forms in at least 6 templates with the second region beside Shanghai', () => {
		const templates = new Set(corpus.map((r) => layoutOf(r).split('-')[0]));
		expect(templates.size).toBeGreaterThanOrEqual(6);
		const shanghai = generateCorpus({ ...DEFAULT_OPTIONS, region2: 0 });
		expect(corpus.length - shanghai.length).toBeGreaterThan(500);
	});

	const inLayout = (layout: string, departments = 4) =>
		generateCorpus({ seed: 3, departments, years: [2022, 2023], layouts: [layout] });

	it('prints transfer-payment forms without weights or scores, naming both departments', () => {
		const transfers = inLayout('tp-pipes');
		expect(transfers.length).toBeGreaterThan(20);
		for (const r of transfers) {
			expect(r.central_department).toMatch(/部$|委员会$|总局$/);
			expect(r.indicators.every((i) => i.weight === null && i.score === null)).toBe(true);
		}
	});

	it('gives the 云南 20-point template a funds weight of 20 and unweighted indicators', () => {
		const y20 = inLayout('y20-cells');
		expect(y20.length).toBeGreaterThan(20);
		expect(y20.every((r) => r.funds[0]?.weight === '20')).toBe(true);
		expect(y20.every((r) => r.indicators.every((i) => i.weight === null))).toBe(true);
	});

	it('prints one 部门整体 form per department and year', () => {
		const whole = inLayout('dept-pipes', 8);
		expect(whole.every((r) => r.kind === 'department' && r.project === null)).toBe(true);
		const keys = whole.map((r) => `${r.department}/${r.year}`);
		expect(whole.length).toBeGreaterThan(5);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('has budgets from under 100,000 to over 100,000,000 元', () => {
		const adjusted = corpus.map((r) => new Dec(r.funds[0]?.adjusted ?? 0));
		expect(adjusted.some((a) => a.lt(100_000))).toBe(true);
		expect(adjusted.some((a) => a.gt(100_000_000))).toBe(true);
	});

	it('has a quarter or more of year-start budgets adjusted during the year', () => {
		expect(share(corpus, (r) => r.funds[0]?.initial !== r.funds[0]?.adjusted)).toBeGreaterThan(
			0.25
		);
	});

	it('has projects recurring over three years or more with drifting budgets', () => {
		const years = new Map<string, Set<string>>();
		for (const r of corpus) {
			const key = `${r.department}/${r.project}`;
			years.set(key, (years.get(key) ?? new Set()).add(r.funds[0]?.initial ?? ''));
		}
		const recurring = [...years.values()].filter((budgets) => budgets.size >= 3);
		expect(recurring.length / years.size).toBeGreaterThan(0.2);
	});
});
