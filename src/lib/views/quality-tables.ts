/**
 * Target-setting quality and 自评可信度 on 指标分析, as plain data: each flagged group's signs
 * in words, the tables' columns with their drill-down links (URL keys tq, tqd, tqg, cd, cf).
 * Pure; tested in Node; views/quality.ts puts them together.
 */
import { indicatorColumns, projectColumn, type Column, type Links } from '$lib/components/table.ts';
import { TARGET_QUALITY as T } from '$lib/model/target-quality-rules.ts';
import type {
	CredibilityFigure,
	CredibilityFormRow,
	CredibilityRow
} from '$lib/queries/credibility.ts';
import type {
	TargetGroupBy,
	TargetIndicatorRow,
	TargetQualityRow
} from '$lib/queries/target-quality.ts';

export type Href = (extra: Record<string, string | null>) => string;

export const groupByFrom = (value: string | null): TargetGroupBy =>
	value === 'level2' ? 'level2' : 'name';

const FIGURES: readonly CredibilityFigure[] = ['full_marks', 'inflated', 'high_low', 'unexplained'];
export const figureFrom = (value: string | null): CredibilityFigure | null =>
	FIGURES.find((f) => f === value) ?? null;

export const FIGURE_LABELS: Record<CredibilityFigure, string> = {
	full_marks: '满分指标',
	inflated: '未达标却满分',
	high_low: '高分低执行',
	unexplained: '失分未说明原因'
};

/** A group's signs, in words, joined with ；. */
export function signsOf(row: TargetQualityRow): string {
	return [
		row.exceeded
			? `指标值设置偏低（连续 ${row.exceeded_run} 年实际 ≥ ${T.wideMargin} 倍目标）`
			: null,
		row.missed_all ? `连年未达标（${row.years} 个年度）` : null,
		row.qualitative > 0 ? `定量类别用定性目标 ${row.qualitative} 项` : null,
		row.all_full ? '目标与完成值处处为 100%' : null
	]
		.filter((s) => s !== null)
		.join('；');
}

export interface QualityView extends TargetQualityRow {
	signs: string;
}

export const qualityRows = (rows: readonly TargetQualityRow[]): QualityView[] =>
	rows.map((r) => ({ ...r, signs: signsOf(r) }));

export function qualityColumns(by: TargetGroupBy, href: Href): Column<QualityView>[] {
	return [
		{ key: 'department', label: '部门', kind: 'text' },
		{
			key: by === 'name' ? 'example' : 'grp',
			label: by === 'name' ? '指标（同名）' : '二级指标',
			kind: 'text',
			wide: true,
			href: (r) => href({ tqd: r.department, tqg: r.grp })
		},
		{ key: 'signs', label: '问题', kind: 'text', wide: true },
		{ key: 'indicators', label: '指标数', kind: 'count' },
		{ key: 'projects', label: '项目数', kind: 'count' },
		{ key: 'years', label: '年度数', kind: 'count' }
	];
}

export function groupIndicatorColumns(links: Links): Column<TargetIndicatorRow>[] {
	return [
		projectColumn(links),
		{ key: 'year', label: '年度', kind: 'year' },
		...indicatorColumns<TargetIndicatorRow>(),
		{ key: 'completion', label: '完成程度', kind: 'rate' },
		{ key: 'weight', label: '分值', kind: 'points' },
		{ key: 'score', label: '得分', kind: 'points' }
	];
}

export function credibilityColumns(href: Href): Column<CredibilityRow>[] {
	const drill = (figure: CredibilityFigure) => (r: CredibilityRow) =>
		href({ cd: r.department, cf: figure });
	return [
		{ key: 'rank', label: '存疑排名', kind: 'count' },
		{ key: 'department', label: '部门', kind: 'text', wide: true },
		{ key: 'forms', label: '项目数', kind: 'count' },
		{ key: 'full_share', label: '满分指标占比', kind: 'rate', href: drill('full_marks') },
		{
			key: 'inflated_share',
			label: '未达标却满分占比',
			kind: 'rate',
			href: drill('inflated'),
			tone: (r) => (Number(r.inflated_share) >= 0.05 ? 'attention' : null)
		},
		{ key: 'high_low', label: '高分低执行（项目）', kind: 'count', href: drill('high_low') },
		{ key: 'high_low_share', label: '高分低执行占比', kind: 'rate' },
		{
			key: 'unexplained_share',
			label: '失分未说明原因占比',
			kind: 'rate',
			href: drill('unexplained'),
			tone: (r) => (Number(r.unexplained_share) >= 0.2 ? 'watch' : null)
		}
	];
}

export function credibilityFormColumns(
	figure: CredibilityFigure,
	links: Links
): Column<CredibilityFormRow>[] {
	return [
		projectColumn(links),
		{ key: 'year', label: '年度', kind: 'year' },
		{ key: 'total_score', label: '总分', kind: 'points' },
		{ key: 'rate', label: '执行率', kind: 'rate' },
		...(figure === 'high_low'
			? []
			: [{ key: 'indicators', label: `${FIGURE_LABELS[figure]}（项）`, kind: 'count' } as const])
	];
}
