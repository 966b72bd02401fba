import type { CellKind } from '../format/cell.ts';

/** One column of a DataTable (and of its downloads). */
export interface Column<T> {
	key: keyof T & string;
	label: string;
	kind: CellKind;
	/** a link for the cell (drill-down); null leaves the cell plain */
	href?: (row: T) => string | null;
	/** 'attention' | 'watch' marks a cell past a threshold (with an icon, not colour alone) */
	tone?: (row: T) => 'attention' | 'watch' | null;
	wide?: boolean;
	/**
	 * a heading shared by consecutive columns, drawn as a second header row (调整后预算（万元）
	 * over 2022年 | 2023年 | 变化); downloads write "group label" as the column's header
	 */
	group?: string;
	/** show a + before increases (a change column) */
	signed?: boolean;
}

/** A row that comes from one form: its id, project, department and year. */
export interface FormRow {
	form_id: number;
	project: string | null;
	department: string | null;
	year: number | null;
}

/** Where a project's form and a department have their pages (keeping the page's filters). */
export interface Links {
	project: (formId: number) => string;
	department: (name: string) => string;
}

/** 主管部门 linked to its page (plain when the form names none). */
export const departmentColumn = <T extends { department: string | null }>(
	links: Links,
	wide = false
): Column<T> => ({
	key: 'department',
	label: '主管部门',
	kind: 'text',
	wide,
	href: (r) => (r.department ? links.department(r.department) : null)
});

/** 项目 linked to its form's page. */
export const projectColumn = <T extends { form_id: number; project: string | null }>(
	links: Links
): Column<T> => ({
	key: 'project',
	label: '项目',
	kind: 'text',
	wide: true,
	href: (r) => links.project(r.form_id)
});

/** 项目 and 主管部门 (each linked to its page), 年度: the columns that say which form a row is. */
export function formNameColumns<T extends FormRow>(links: Links): Column<T>[] {
	return [
		projectColumn<T>(links),
		departmentColumn<T>(links),
		{ key: 'year', label: '年度', kind: 'year' }
	];
}

/** 三级指标, 年度指标值, 实际完成值: an indicator as its form prints it. */
export const indicatorColumns = <
	T extends Record<'name' | 'target' | 'actual', unknown>
>(): Column<T>[] => [
	{ key: 'name', label: '三级指标', kind: 'text', wide: true },
	{ key: 'target', label: '年度指标值', kind: 'text' },
	{ key: 'actual', label: '实际完成值', kind: 'text' }
];

/** 调整后预算, 执行数, 结余 (万元): where a budget went. */
export const spendColumns = <
	T extends Record<'adjusted' | 'executed' | 'unspent', unknown>
>(): Column<T>[] => [
	{ key: 'adjusted', label: '调整后预算（万元）', kind: 'amount' },
	{ key: 'executed', label: '执行数（万元）', kind: 'amount' },
	{ key: 'unspent', label: '结余（万元）', kind: 'amount' }
];
