/**
 * 偏差原因 on 指标分析: its queries, and from their rows what it shows — the share of points
 * lost with no reason, the causes, cause × department and × year, boilerplate, the funds side,
 * and the drill-downs held in the URL (rc / rd / ry / rt, uc). The tables are reasons-tables.ts.
 */
import { formatPoints, formatRate } from '../format/number.ts';
import { thresholdText } from '../format/thresholds.ts';
import type { Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import { BOILERPLATE, causeLabel, REASON_CAUSES } from '../model/reason-causes.ts';
import {
	boilerplateQuery,
	causeByDepartmentYearQuery,
	causeSummaryQuery,
	reasonCoverageQuery,
	reasonIndicatorsQuery,
	type ReasonDrill
} from '../queries/reasons.ts';
import { underspentCauseFormsQuery, underspentCausesQuery } from '../queries/underspent-causes.ts';
import { linksOf, table, type BlockView, type Nav } from './page.ts';
import {
	boilerplateColumns,
	causeColumns,
	causePivot,
	causeTable,
	drillCaption,
	drillFromParams,
	knownCause,
	reasonIndicatorColumns,
	reasonIndicatorRows,
	underspentColumns,
	underspentFormColumns,
	underspentTable
} from './reasons-tables.ts';

/** What the URL drills into: a reason drill-down, a funds cause (null: prerendering, none). */
export interface ReasonsChoice {
	drill: ReasonDrill | null;
	fundsCause: string | null;
}

export function reasonsChoiceOf(params: URLSearchParams | null): ReasonsChoice {
	const param = (key: string) => params?.get(key) ?? null;
	return { drill: drillFromParams(param), fundsCause: knownCause(param('uc')) };
}

export function reasonsQueries(filters: Filters, choice: ReasonsChoice) {
	const { drill, fundsCause } = choice;
	return {
		summary: causeSummaryQuery(filters),
		coverage: reasonCoverageQuery(filters),
		cells: causeByDepartmentYearQuery(filters),
		boilerplate: boilerplateQuery(filters),
		funds: underspentCausesQuery(filters),
		drilled: drill ? reasonIndicatorsQuery(filters, drill) : null,
		fundsDrilled: fundsCause ? underspentCauseFormsQuery(filters, fundsCause) : null
	};
}

export type ReasonsResults = Results<ReturnType<typeof reasonsQueries>>;

export function reasonsView(
	filters: Filters,
	choice: ReasonsChoice,
	results: ReasonsResults,
	nav: Nav
): BlockView {
	const r = results.rows;
	const { drill, fundsCause } = choice;
	const links = linksOf(nav);
	const toDrill = (extra: Record<string, string | null>) => nav.here(extra, '#reason-drill');
	const cover = r.coverage[0] ?? null;
	const causes = causeTable(r.summary, cover?.points_lost ?? null);
	const order = causes.map((c) => c.cause);
	const byDepartment = causePivot(r.cells, 'department', order, toDrill);
	const byYear = causePivot(r.cells, 'year', order, toDrill);
	const example = drill?.text
		? (r.boilerplate.find((b) => b.text === drill.text)?.example ?? null)
		: null;
	const watch = thresholdText(filters.thresholds.watch);
	return {
		id: 'reasons',
		title: '偏差原因分析',
		note: `按规则把每条“偏差原因分析及改进措施”归入 ${REASON_CAUSES.causes.length} 类原因（关键词规则及定义见 表中，依据：${REASON_CAUSES.source}）；一条原因可归入多类，故各类失分之和可能大于失分总数。失分或未达标却未写原因的单列为“未说明原因”。`,
		headline: cover && {
			testId: 'unexplained-share',
			before: `失分合计 ${formatPoints(cover.points_lost)} 分，其中 `,
			strong: `${formatPoints(cover.unexplained_points)} 分（${formatRate(cover.unexplained_share)}）未说明原因`,
			after: `（${cover.unexplained} / ${cover.weak} 项指标）。`
		},
		sections: [
			table({
				name: '按原因',
				caption: '失分按原因类别（点击类别查看指标）',
				rows: causes,
				columns: causeColumns(toDrill),
				pageSize: 12
			}),
			table({
				name: '按部门和原因',
				caption: `各部门失分按原因（分，失分最多的 ${byDepartment.rows.length} 个部门；点击数字查看指标）`,
				rows: byDepartment.rows,
				columns: byDepartment.columns,
				pageSize: 15
			}),
			table({
				name: '按年度和原因',
				caption: '各年度失分按原因（分；点击数字查看指标）',
				rows: byYear.rows,
				columns: byYear.columns
			}),
			table({
				name: '套话',
				caption: `套话：同一原因表述（数字、空格和标点不计）出现在 ${BOILERPLATE.minProjects} 个及以上项目或 ${BOILERPLATE.minYears} 个及以上年度（${r.boilerplate.length} 条；点击查看指标）`,
				rows: r.boilerplate,
				columns: boilerplateColumns(toDrill),
				pageSize: 10
			}),
			...(drill
				? [
						table({
							name: '原因明细',
							id: 'reason-drill',
							caption: `明细：${drillCaption(drill, example)}（${r.drilled.length} 项指标）`,
							rows: reasonIndicatorRows(r.drilled),
							columns: reasonIndicatorColumns(links),
							pageSize: 20,
							close: {
								label: '关闭明细',
								href: nav.here({ rc: null, rd: null, ry: null, rt: null }, '#reasons')
							}
						})
					]
				: []),
			table({
				name: '资金执行偏差原因',
				caption: `执行率低于 ${watch} 的项目按说明原因（项目可归入多类；点击类别查看项目）`,
				rows: underspentTable(r.funds),
				columns: underspentColumns((extra) => nav.here(extra, '#funds-drill'))
			}),
			...(fundsCause
				? [
						table({
							name: '资金原因明细',
							id: 'funds-drill',
							caption: `执行率低于 ${watch} 且原因为“${causeLabel(fundsCause)}”的项目（${r.fundsDrilled.length} 个）`,
							rows: r.fundsDrilled,
							columns: underspentFormColumns(links),
							pageSize: 20
						})
					]
				: [])
		]
	};
}
