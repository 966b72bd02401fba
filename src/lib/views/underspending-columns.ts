// The 执行与结余 page's table columns: which fields, in which unit, marked past which threshold.
import {
	departmentColumn,
	formNameColumns,
	spendColumns,
	type Column,
	type Links
} from '../components/table.ts';
import type {
	BudgetChangeRow,
	UnspentDepartmentRow,
	UnspentProjectRow
} from '../queries/underspending.ts';

type Tone = 'attention' | 'watch' | null;
const toneOf = (band: string | null): Tone =>
	band === 'attention' ? 'attention' : band === 'watch' ? 'watch' : null;

export function projectColumns(links: Links): Column<UnspentProjectRow>[] {
	return [
		...formNameColumns<UnspentProjectRow>(links),
		...spendColumns<UnspentProjectRow>(),
		{ key: 'rate', label: '执行率', kind: 'rate', tone: (r) => toneOf(r.band) }
	];
}

/** `watch`: the watch threshold as shown, e.g. "90%". */
export const departmentColumns = (watch: string, links: Links): Column<UnspentDepartmentRow>[] => [
	departmentColumn<UnspentDepartmentRow>(links, true),
	{ key: 'forms', label: '项目数', kind: 'count' },
	...spendColumns<UnspentDepartmentRow>(),
	{ key: 'rate', label: '执行率', kind: 'rate', tone: (r) => toneOf(r.band) },
	{ key: 'below_watch', label: `执行率低于${watch}的项目`, kind: 'count' }
];

export function changeColumns(links: Links): Column<BudgetChangeRow>[] {
	return [
		...formNameColumns<BudgetChangeRow>(links),
		{ key: 'initial', label: '年初预算（万元）', kind: 'amount' },
		{ key: 'adjusted', label: '调整后预算（万元）', kind: 'amount' },
		{ key: 'budget_change', label: '调整额（万元）', kind: 'amount' },
		{ key: 'change_rate', label: '调整幅度', kind: 'rate' }
	];
}
