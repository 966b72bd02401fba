/** The brief's view: its KPIs, lights, changes and tables against figures computed apart. */
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { causeLabel, REASON_CAUSES } from '../../src/lib/model/reason-causes.ts';
import {
	briefDetailQueries,
	briefSeriesQueries,
	briefYearOf,
	departmentBriefView
} from '../../src/lib/views/department-brief.ts';
import { BRIEF_ROWS } from '../../src/lib/views/brief-tables.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import {
	formFacts,
	indicatorFacts,
	seedAndCorpus,
	sum,
	type FormFact
} from '../helpers/expected-facts.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

const SEED_DEPARTMENT = '上海市人力资源和社会保障局';
let data: TestDataset;
let forms: FormFact[];
let demo: string;

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
	forms = formFacts(data.records);
	demo = forms.find((f) => f.department !== SEED_DEPARTMENT)!.department!;
}, 120_000);
afterAll(() => data?.close());

async function briefOf(department: string | null | undefined, filters: Filters = NO_FILTERS) {
	const series = await runQueries(data.db, briefSeriesQueries(filters, department));
	const year = briefYearOf(series);
	const details = await runQueries(data.db, briefDetailQueries(filters, department, year));
	return departmentBriefView(filters, department, series, details, recordingNav(filters));
}

// Independent figures, decimal.js.
const formsIn = (department: string, year: number) =>
	forms.filter((f) => f.department === department && f.year === year);
function rateOf(fs: FormFact[]) {
	const adjusted = sum(fs.map((f) => f.adjusted));
	return sum(fs.map((f) => f.executed))
		.div(adjusted)
		.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}
const percent = (fraction: Decimal) => fraction.times(100).toFixed(2) + '%';
const band = (rate: Decimal) => (rate.lt(0.6) ? 'attention' : rate.lt(0.9) ? 'watch' : 'good');
const kpi = (brief: Awaited<ReturnType<typeof briefOf>>, label: string) =>
	brief.kpis.find((k) => k.label === label)!;

describe('departmentBriefView of a generated department', () => {
	let brief: Awaited<ReturnType<typeof briefOf>>;
	beforeAll(async () => {
		brief = await briefOf(demo);
	});

	it('speaks of its latest year against the year before', () => {
		expect(brief.status).toEqual({ kind: 'ready' });
		expect(brief.complete).toBe(true);
		expect(brief.title).toBe(`${demo}预算绩效简报`);
		expect(brief.period).toBe('2023年度（与2022年度相比）');
	});

	it('prints its 2023 execution rate, its change in points and its light', () => {
		const now = rateOf(formsIn(demo, 2023));
		const before = rateOf(formsIn(demo, 2022));
		const diff = now.minus(before).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
		const sign = diff.isZero() ? '±' : diff.isPositive() ? '+' : '−';
		expect(kpi(brief, '预算执行率')).toEqual({
			label: '预算执行率',
			value: percent(now),
			change: `${sign}${diff.abs().toFixed(2)}个百分点`,
			signal: band(now),
			rule: '≥90% 正常；≥60% 关注；<60% 预警'
		});
	});

	it('judges its average score by the grade bands', () => {
		const scores = formsIn(demo, 2023)
			.map((f) => f.record.total_score)
			.filter((s): s is string => s !== null)
			.map((s) => new Decimal(s));
		const mean = sum(scores).div(scores.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
		const score = kpi(brief, '平均自评总分');
		expect(score.value).toBe(mean.toFixed(2));
		expect(score.signal).toBe(mean.gte(90) ? 'good' : mean.gte(80) ? 'watch' : 'attention');
	});

	it('gives every KPI a light and its rule', () => {
		expect(brief.kpis.map((k) => k.label)).toEqual([
			'预算执行率',
			'平均自评总分',
			'执行率偏低的项目占比',
			'未说明原因的失分占比',
			'满分但未达目标的指标占比'
		]);
		for (const k of brief.kpis) {
			expect(k.signal, k.label).not.toBeNull();
			expect(k.change, k.label).not.toBeNull();
		}
		expect(brief.sources).toHaveLength(5);
	});

	it('lists the main causes of its 2023 lost points, as counted from the notes', () => {
		const weak = indicatorFacts(formsIn(demo, 2023)).filter((i) => i.lostPoints || i.missedTarget);
		const causes = new Map<string, { indicators: number; points: Decimal }>();
		for (const i of weak) {
			const note = i.form.record.indicators[i.position]!.note;
			const hits =
				note === null || note.trim() === ''
					? ['unexplained']
					: REASON_CAUSES.causes.filter((c) => new RegExp(c.pattern).test(note)).map((c) => c.id);
			for (const id of hits.length ? hits : ['other']) {
				const c = causes.get(id) ?? { indicators: 0, points: new Decimal(0) };
				causes.set(id, { indicators: c.indicators + 1, points: c.points.plus(i.pointsLost) });
			}
		}
		const expected = [...causes.entries()]
			.sort(
				([a, x], [b, y]) =>
					y.points.cmp(x.points) || y.indicators - x.indicators || (a < b ? -1 : 1)
			)
			.slice(0, BRIEF_ROWS.causes)
			.map(([id, c]) => [causeLabel(id), String(c.indicators), c.points.toFixed(2)]);
		const table = brief.tables[1]!;
		expect(table.title).toBe('失分的主要原因（2023年度）');
		expect(table.rows.map((r) => [r[0]!.text, r[2]!.text, r[4]!.text])).toEqual(expected);
	});

	it('lists the indicators that lost the most points in 2023, at most five, worst first', () => {
		const lost = [
			...indicatorFacts(formsIn(demo, 2023))
				.filter((i) => i.lostPoints)
				.map((i) => i.pointsLost),
			...formsIn(demo, 2023).flatMap((f) => {
				const total = f.record.funds.find((x) => x.source === 'total');
				const w = total?.weight ? new Decimal(total.weight) : null;
				const s = total?.score ? new Decimal(total.score) : null;
				return w && s && s.lt(w) ? [w.minus(s)] : [];
			})
		].sort((a, b) => b.cmp(a));
		const table = brief.tables[2]!;
		expect(table.rows.map((r) => r[4]!.text)).toEqual(
			lost.slice(0, BRIEF_ROWS.weak).map((p) => p.toFixed(2))
		);
	});

	it('lists the projects that left the most unspent in 2023', () => {
		const top = formsIn(demo, 2023)
			.map((f) => f.adjusted!.minus(f.executed!))
			.filter((u) => u.gt(0))
			.sort((a, b) => b.cmp(a))
			.slice(0, BRIEF_ROWS.underspent);
		const table = brief.tables[0]!;
		expect(table.rows.map((r) => r[3]!.text)).toEqual(
			top.map((u) => u.div(10_000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2))
		);
	});

	it('names its data as 示例数据 and its filters without the department', () => {
		expect(brief.origin).toMatch(/^示例数据 \d+ 份/);
		expect(brief.filters).toBe('无（全部数据）');
	});
});

describe('departmentBriefView of the seed department', () => {
	it('puts its 35.91 % under 预警, with no year before to compare', async () => {
		const brief = await briefOf(SEED_DEPARTMENT, { ...NO_FILTERS, origin: 'real' });
		expect(brief.period).toBe('2021年度');
		expect(kpi(brief, '预算执行率')).toMatchObject({
			value: '35.91%',
			change: null,
			signal: 'attention'
		});
		expect(kpi(brief, '执行率偏低的项目占比')).toMatchObject({
			value: '100.0%',
			signal: 'attention'
		});
		expect(brief.origin).toBe('真实表单 2 份');
		expect(brief.filters).toBe('来源：仅真实数据');
	});

	it('moves its light with the thresholds in force', async () => {
		const filters = {
			...NO_FILTERS,
			origin: 'real' as const,
			thresholds: { watch: '0.3', attention: '0.1' }
		};
		const brief = await briefOf(SEED_DEPARTMENT, filters);
		expect(kpi(brief, '预算执行率')).toMatchObject({
			signal: 'good',
			rule: '≥30% 正常；≥10% 关注；<10% 预警'
		});
	});
});

describe('departmentBriefView without a department', () => {
	it('says none was chosen and links to the overview', async () => {
		const brief = await briefOf(null);
		expect(brief.status).toMatchObject({ kind: 'missing', link: { label: '总览', href: '/' } });
		expect(brief.complete).toBe(false);
	});

	it('waits while the URL is not known yet', async () => {
		expect((await briefOf(undefined)).status.kind).toBe('loading');
	});

	it('says so when the filters leave the department no form', async () => {
		const brief = await briefOf(SEED_DEPARTMENT, { ...NO_FILTERS, yearFrom: 2030 });
		expect(brief.status).toEqual({
			kind: 'empty',
			message: `当前筛选条件下，${SEED_DEPARTMENT}没有自评表。`
		});
	});
});
