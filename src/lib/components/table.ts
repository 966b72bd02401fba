import type { CellKind } from '../format/cell.ts';

/** One column of a DataTable (and of its downloads). */
export interface Column<T> {
	key: keyof T & string;
	label: string;
	kind: CellKind;
	/** a link for the cell (drill-down) */
	href?: (row: T) => string;
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
