/**
 * 目标设置质量 and 自评可信度 on 指标分析: their queries, and from their rows what they show,
 * with the drill-downs held in the URL (tq, tqd, tqg; cd, cf). The tables are quality-tables.ts.
 */
import type { Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import { CREDIBILITY, TARGET_QUALITY } from '../model/target-quality-rules.ts';
import {
	credibilityFormsQuery,
	credibilityQuery,
	type CredibilityFigure
} from '../queries/credibility.ts';
import {
	targetGroupIndicatorsQuery,
	targetQualityQuery,
	type TargetGroupBy
} from '../queries/target-quality.ts';
import { linksOf, table, type BlockView, type Nav } from './page.ts';
import {
	credibilityColumns,
	credibilityFormColumns,
	FIGURE_LABELS,
	figureFrom,
	groupByFrom,
	groupIndicatorColumns,
	qualityColumns,
	qualityRows
} from './quality-tables.ts';

/** What the URL selects: the grouping, a group to list, a department's figure to list. */
export interface QualityChoice {
	by: TargetGroupBy;
	group: { department: string; grp: string } | null;
	credibility: { department: string; figure: CredibilityFigure } | null;
}

export function qualityChoiceOf(params: URLSearchParams | null): QualityChoice {
	const param = (key: string) => params?.get(key) || null;
	const [department, grp, credDepartment] = [param('tqd'), param('tqg'), param('cd')];
	const figure = figureFrom(param('cf'));
	return {
		by: groupByFrom(param('tq')),
		group: department && grp ? { department, grp } : null,
		credibility: credDepartment && figure ? { department: credDepartment, figure } : null
	};
}

export function qualityQueries(filters: Filters, choice: QualityChoice) {
	const { by, group, credibility } = choice;
	return {
		quality: targetQualityQuery(filters, by),
		groupRows: group ? targetGroupIndicatorsQuery(filters, by, group.department, group.grp) : null,
		credibility: credibilityQuery(filters),
		credForms: credibility
			? credibilityFormsQuery(filters, credibility.department, credibility.figure)
			: null
	};
}

export type QualityResults = Results<ReturnType<typeof qualityQueries>>;

/** The two blocks: target setting, then 自评可信度. */
export function qualityView(
	choice: QualityChoice,
	results: QualityResults,
	nav: Nav
): [BlockView, BlockView] {
	const r = results.rows;
	const { by, group, credibility } = choice;
	const links = linksOf(nav);
	const regroup = (tq: string | null) => nav.here({ tq, tqd: null, tqg: null }, '#targets');
	const targets: BlockView = {
		id: 'targets',
		title: '目标设置质量',
		note: `同一部门内同名指标（或同一二级指标）跨项目、跨年度比较：连续 ${TARGET_QUALITY.runYears} 年实际 ≥ ${TARGET_QUALITY.wideMargin} 倍目标（指标值设置偏低）、连年未达标、数量/质量/时效/成本类指标却用“稳步提高”等定性目标、目标与完成值处处为 100%。依据：${TARGET_QUALITY.source}。`,
		switch: {
			label: '分组方式',
			prefix: '分组：',
			links: [
				{ label: '按同名指标', href: regroup(null), current: by === 'name' },
				{ label: '按二级指标', href: regroup('level2'), current: by === 'level2' }
			]
		},
		sections: [
			table({
				name: '目标设置问题',
				caption: `目标设置存疑的指标（${r.quality.length} 组；点击指标查看各年明细）`,
				rows: qualityRows(r.quality),
				columns: qualityColumns(by, (extra) => nav.here(extra, '#target-drill')),
				pageSize: 15
			}),
			...(group
				? [
						table({
							name: '目标设置明细',
							id: 'target-drill',
							caption: `明细：${group.department}「${group.grp}」（${r.groupRows.length} 项指标）`,
							rows: r.groupRows,
							columns: groupIndicatorColumns(links),
							pageSize: 20
						})
					]
				: [])
		]
	};
	const credible: BlockView = {
		id: 'credibility',
		title: '自评可信度',
		note: `各部门：满分指标占比、未达标却给满分的占比、总分 ≥ ${CREDIBILITY.highScore} 而执行率低于 ${CREDIBILITY.lowExecution * 100}% 的项目（高分低执行）、失分却未说明原因的占比；按后三项占比之和排序，越靠前越存疑。点击数字查看项目。`,
		sections: [
			table({
				name: '自评可信度',
				caption: `自评可信度（${r.credibility.length} 个部门，存疑程度从高到低）`,
				rows: r.credibility,
				columns: credibilityColumns((extra) => nav.here(extra, '#cred-drill')),
				pageSize: 15
			}),
			...(credibility
				? [
						table({
							name: '可信度明细',
							id: 'cred-drill',
							caption: `明细：${credibility.department}，${FIGURE_LABELS[credibility.figure]}（${r.credForms.length} 个项目）`,
							rows: r.credForms,
							columns: credibilityFormColumns(credibility.figure, links),
							pageSize: 20
						})
					]
				: [])
		]
	};
	return [targets, credible];
}
