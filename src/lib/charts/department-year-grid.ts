/**
 * What the department × year heatmaps share: departments down (in the order given), years
 * across (oldest first), text tooltips, and the colour legend centred below the grid.
 */
import { BASE_OPTION } from './theme.ts';

/** Each cell's [year index, department index, value]; its `text` is the tooltip. */
export interface GridCellData {
	value: number[];
	text: string;
}

/**
 * The axes and frame of a department × year heatmap, and each cell's place on them.
 * `top` leaves room above the grid for the year labels (and, on some charts, a title).
 */
export function departmentYearGrid(
	cells: readonly { department: string; year: number }[],
	options: { top: number; labelWidth: number }
) {
	const departments = [...new Set(cells.map((c) => c.department))];
	const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
	return {
		departments,
		/** [year index, department index] of a cell, the first two of its value */
		place: (c: { department: string; year: number }) => [
			years.indexOf(c.year),
			departments.indexOf(c.department)
		],
		option: {
			...BASE_OPTION,
			grid: { left: 8, right: 16, top: options.top, bottom: 56, containLabel: true },
			tooltip: {
				...BASE_OPTION.tooltip,
				formatter: (p: { data: GridCellData }) => p.data.text
			},
			xAxis: {
				type: 'category',
				data: years.map(String),
				position: 'top',
				splitArea: { show: true }
			},
			yAxis: {
				type: 'category',
				data: departments,
				inverse: true,
				axisLabel: { width: options.labelWidth, overflow: 'truncate' }
			}
		}
	};
}

/** The visual map's place: a horizontal legend centred under the grid, reading the value. */
export const LEGEND_BELOW = {
	orient: 'horizontal',
	left: 'center',
	bottom: 4,
	dimension: 2
} as const;

/** The cell highlight on hover. */
export const CELL_EMPHASIS = { itemStyle: { borderColor: '#000', borderWidth: 1 } } as const;
