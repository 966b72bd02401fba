/**
 * 指标分析's analyses (偏差原因, 目标设置质量, 自评可信度) as views on a real DuckDB: what each
 * block shows, its drill-downs read from the URL, and labels that follow the thresholds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPoints, formatRate } from '../../src/lib/format/number.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { causeLabel } from '../../src/lib/model/reason-causes.ts';
import type { Section } from '../../src/lib/views/page.ts';
import { qualityChoiceOf, qualityQueries, qualityView } from '../../src/lib/views/quality.ts';
import { reasonsChoiceOf, reasonsQueries, reasonsView } from '../../src/lib/views/reasons.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { seedAndCorpus } from '../helpers/expected-facts.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

let data: TestDataset;
beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
});
afterAll(() => data?.close());

const reasonsOf = async (filters: Filters, search = '') => {
	const choice = reasonsChoiceOf(new URLSearchParams(search));
	const results = await runQueries(data.db, reasonsQueries(filters, choice));
	return { view: reasonsView(filters, choice, results, recordingNav(filters)), results };
};
const qualityOf = async (search = '') => {
	const choice = qualityChoiceOf(new URLSearchParams(search));
	const results = await runQueries(data.db, qualityQueries(NO_FILTERS, choice));
	return { blocks: qualityView(choice, results, recordingNav()), results };
};
const tableNamed = (sections: Section[], name: string) => {
	const found = sections.find((s) => s.kind === 'table' && s.name === name);
	if (found?.kind !== 'table') throw new Error(`no table ${name}`);
	return found;
};

describe('reasonsView', () => {
	it('heads the block with the points lost and the share without a reason', async () => {
		const { view, results } = await reasonsOf(NO_FILTERS);
		const cover = results.rows.coverage[0]!;
		expect(cover.weak).toBeGreaterThan(0);
		expect(view.headline?.strong).toBe(
			`${formatPoints(cover.unexplained_points)} 分（${formatRate(cover.unexplained_share)}）未说明原因`
		);
		expect(tableNamed(view.sections, '按原因').rows).toHaveLength(results.rows.summary.length);
		expect(view.sections.map((s) => s.kind === 'table' && s.name)).not.toContain('原因明细');
	});

	it('drills into a cause from the URL, with a link that closes it', async () => {
		const { results: all } = await reasonsOf(NO_FILTERS);
		const top = all.rows.summary[0]!;
		const { view, results } = await reasonsOf(NO_FILTERS, `rc=${top.cause}`);
		const drill = tableNamed(view.sections, '原因明细');
		expect(drill.id).toBe('reason-drill');
		expect(results.rows.drilled.length).toBe(Math.min(top.indicators, 500));
		expect(drill.caption).toBe(
			`明细：原因「${causeLabel(top.cause)}」（${results.rows.drilled.length} 项指标）`
		);
		expect(drill.close?.href).not.toContain('rc=');
		expect(drill.close?.href).toMatch(/#reasons$/);
	});

	it('names the watch threshold in force on the funds side, and its rows follow it', async () => {
		const { view, results } = await reasonsOf(NO_FILTERS);
		const lower = { ...NO_FILTERS, thresholds: { ...NO_FILTERS.thresholds, watch: '0.7' } };
		const { view: strict, results: fewer } = await reasonsOf(lower);
		const funds = (v: typeof view) => tableNamed(v.sections, '资金执行偏差原因');
		expect(funds(view).caption).toMatch(/^执行率低于 90% 的项目/);
		expect(funds(strict).caption).toMatch(/^执行率低于 70% 的项目/);
		const forms = (r: typeof results) => r.rows.funds.reduce((n, c) => n + c.forms, 0);
		expect(forms(fewer)).toBeLessThan(forms(results));
	});
});

describe('qualityView', () => {
	it('groups by name unless the URL says by 二级指标, and marks the switch', async () => {
		const [byName] = (await qualityOf()).blocks;
		const [byLevel2] = (await qualityOf('tq=level2')).blocks;
		expect(byName.switch?.links.map((l) => l.current)).toEqual([true, false]);
		expect(byLevel2.switch?.links.map((l) => l.current)).toEqual([false, true]);
		expect(byName.switch?.links[1]!.href).toContain('tq=level2');
	});

	it('ranks every department and drills a figure from the URL', async () => {
		const { results } = await qualityOf();
		const top = results.rows.credibility[0]!;
		const search = new URLSearchParams({ cd: top.department, cf: 'inflated' }).toString();
		const { blocks, results: drilled } = await qualityOf(search);
		const drill = tableNamed(blocks[1].sections, '可信度明细');
		expect(drill.id).toBe('cred-drill');
		expect(drill.caption).toBe(
			`明细：${top.department}，未达标却满分（${drilled.rows.credForms.length} 个项目）`
		);
		expect(tableNamed(blocks[1].sections, '自评可信度').caption).toContain(
			`${results.rows.credibility.length} 个部门`
		);
	});
});
