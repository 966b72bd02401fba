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
}
