/**
 * The issue-16 analyses in the browser: 偏差原因 and 目标设置质量 / 自评可信度 on 指标分析 with
 * their drill-downs, the project series through renames on 项目, proposed matches on 数据.
 * Figures are checked against the same queries run on the built dataset in Node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { DESKTOP, startSite, tableCaptioned as table, type Site } from './site.ts';
import {
	causeSummaryQuery,
	reasonCoverageQuery,
	type CauseRow,
	type ReasonCoverageRow
} from '../../src/lib/queries/reasons.ts';
import {
	credibilityFormsQuery,
	credibilityQuery,
	type CredibilityRow
} from '../../src/lib/queries/credibility.ts';
import {
	proposedMatchesQuery,
	type ProposedMatchRow
} from '../../src/lib/queries/project-matches.ts';
import { causeLabel } from '../../src/lib/model/reason-causes.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { formatCount, formatPoints, formatRate } from '../../src/lib/format/number.ts';

let site: Site;
beforeAll(async () => {
	site = await startSite();
}, 120_000);
afterAll(() => site?.close());

const rowCount = (w: Awaited<ReturnType<Site['open']>>, caption: string) =>
	table(w, caption).locator('tbody tr').count();

describe('偏差原因 on 指标分析', () => {
	it('shows the share of lost points with no reason and each cause, and drills to indicators', async () => {
		const w = await site.open('indicators/', DESKTOP);
		const headline = w.page.getByTestId('unexplained-share');
		await headline.waitFor({ timeout: 120_000 });
		const [cover] = await site.db.query<ReasonCoverageRow>(reasonCoverageQuery(NO_FILTERS));
		expect(await headline.innerText()).toContain(
			`${formatPoints(cover!.unexplained_points)} 分（${formatRate(cover!.unexplained_share)}）`
		);
		const causes = await site.db.query<CauseRow>(causeSummaryQuery(NO_FILTERS));
		const byCause = table(w, '失分按原因类别');
		await expect.poll(() => byCause.locator('tbody tr').count()).toBe(causes.length);
		const top = causes[0]!;
		const link = byCause.getByRole('link', { name: causeLabel(top.cause), exact: true });
		await screenshot(w.page, 'indicators-reasons');
		await link.click();
		const drill = table(w, '明细：原因');
		await drill.waitFor();
		await expect
			.poll(() => drill.locator('caption').innerText())
			.toContain(`（${formatCount(Math.min(top.indicators, 500))} 项指标）`);
		await screenshot(w.page, 'indicators-reason-drill');
		expect(w.errors).toEqual([]);
		expect(w.outside).toEqual([]);
	}, 300_000);
});

describe('自评可信度 on 指标分析', () => {
	it('ranks every department and drills a figure down to its forms', async () => {
		const w = await site.open('indicators/', DESKTOP);
		const rows = await site.db.query<CredibilityRow>(credibilityQuery(NO_FILTERS));
		const t = table(w, '自评可信度（');
		await t.waitFor({ timeout: 120_000 });
		await expect.poll(() => t.locator('caption').innerText()).toContain(`${rows.length} 个部门`);
		const first = t.locator('tbody tr').first();
		expect(await first.innerText()).toContain(rows[0]!.department);
		const href = await first.getByRole('link').nth(1).getAttribute('href');
		expect(href).toContain('cf=inflated');
		// the department with most full marks while missing, drilled down through the URL
		const top = [...rows].sort((a, b) => b.inflated - a.inflated)[0]!;
		const forms = await site.db.query(
			credibilityFormsQuery(NO_FILTERS, top.department, 'inflated')
		);
		const d = await site.open(
			`indicators/?cd=${encodeURIComponent(top.department)}&cf=inflated#cred-drill`,
			DESKTOP
		);
		const caption = `明细：${top.department}，未达标却满分（${forms.length} 个项目）`;
		await table(d, caption).waitFor({ timeout: 120_000 });
		await expect.poll(() => rowCount(d, caption)).toBe(Math.min(forms.length, 20));
		await screenshot(d.page, 'indicators-credibility-drill');
		expect(d.errors).toEqual([]);
		expect(w.errors).toEqual([]);
	}, 300_000);

	it('lists target-setting problems', async () => {
		const w = await site.open('indicators/?tq=level2#targets', DESKTOP);
		const t = table(w, '目标设置存疑的指标');
		await t.waitFor({ timeout: 120_000 });
		await expect.poll(() => t.locator('tbody tr').count()).toBeGreaterThan(0);
		await screenshot(w.page, 'indicators-targets');
	}, 300_000);
});

describe('proposed matches on 数据 and the series on 项目', () => {
	it('lists the proposed matches with their evidence', async () => {
		const rows = await site.db.query<ProposedMatchRow>(proposedMatchesQuery(NO_FILTERS));
		const w = await site.open('data/', DESKTOP);
		const t = table(w, '待人工确认的跨年度项目匹配');
		await t.waitFor({ timeout: 120_000 });
		await expect.poll(() => t.locator('caption').innerText()).toContain(`${rows.length} 对`);
		expect(await t.locator('tbody').innerText()).toContain(rows[0]!.evidence.slice(0, 20));
		await screenshot(w.page, 'data-proposed-matches');
	}, 300_000);

	it('shows a renamed project’s years under their printed names, marked 更名', async () => {
		const [renamed] = await site.db.query<{ form_id: number; project: string }>({
			sql: `SELECT form_id, project FROM form_facts WHERE key_rule IN ('normalized', 'similar')
				ORDER BY form_id LIMIT 1`
		});
		const w = await site.open(`project/?id=${renamed!.form_id}`, DESKTOP);
		const years = w.page.getByRole('region', { name: '其他年度' });
		await years.getByText('更名').first().waitFor({ timeout: 120_000 });
		expect(await years.innerText()).toContain(renamed!.project);
		await screenshot(w.page, 'project-series-renamed');
	}, 300_000);
});
