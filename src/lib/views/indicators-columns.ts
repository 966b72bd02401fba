// The 指标分析 page's table columns: an indicator with its form, target, actual and score.
import { formNameColumns, indicatorColumns, type Column, type Links } from '../components/table.ts';
import type { RecurringWeakRow, WeakIndicatorRow } from '../queries/indicators.ts';

const formColumns = (links: Links): Column<WeakIndicatorRow>[] => [
	...formNameColumns<WeakIndicatorRow>(links),
	...indicatorColumns<WeakIndicatorRow>()
];

const completion: Column<WeakIndicatorRow> = {
	key: 'completion',
	label: '完成程度',
	kind: 'rate',
	tone: (r) => (r.missed_target ? 'attention' : null)
};

const scoreColumns = (scoreTone: Column<WeakIndicatorRow>['tone']): Column<WeakIndicatorRow>[] => [
	{ key: 'weight', label: '分值', kind: 'points' },
	{ key: 'score', label: '得分', kind: 'points', tone: scoreTone },
	{ key: 'points_lost', label: '失分', kind: 'points' }
];

/** Indicators that lost points or missed their target, with the reason given. */
export function weakColumns(links: Links): Column<WeakIndicatorRow>[] {
	return [
		...formColumns(links),
		completion,
		...scoreColumns((r) => (r.lost_points ? 'watch' : null)),
		{ key: 'note', label: '偏差原因分析及改进措施', kind: 'text', wide: true }
	];
}

/** Indicators that lost points with no reason written (the reason column would be empty). */
export function unexplainedColumns(links: Links): Column<WeakIndicatorRow>[] {
	return [...formColumns(links), completion, ...scoreColumns(() => 'watch')];
}

/** Full marks despite a missed target: the score is the suspicious cell. */
export function inflatedColumns(links: Links): Column<WeakIndicatorRow>[] {
	return [
		...formColumns(links),
		completion,
		...scoreColumns(() => 'attention'),
		{ key: 'note', label: '偏差原因分析及改进措施', kind: 'text', wide: true }
	];
}

export const RECURRING_COLUMNS: Column<RecurringWeakRow>[] = [
	{ key: 'name', label: '三级指标', kind: 'text', wide: true },
	{ key: 'level2', label: '二级指标', kind: 'text' },
	{ key: 'times', label: '失分或未达标次数', kind: 'count' },
	{ key: 'projects', label: '涉及项目', kind: 'count' },
	{ key: 'departments', label: '涉及部门', kind: 'count' },
	{ key: 'years', label: '涉及年度数', kind: 'count' },
	{ key: 'points_lost', label: '失分合计（分）', kind: 'points' }
];
