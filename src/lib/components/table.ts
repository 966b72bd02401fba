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
export function formNameColumns(links: Links): Column<FormRow>[] {
	return [
		projectColumn<FormRow>(links),
		departmentColumn<FormRow>(links),
		{ key: 'year', label: '年度', kind: 'year' }
	];
}
