/**
 * Heatmap of indicator points lost per project, department × year: darker is more lost.
 * Pure option builder; cell labels and tooltips carry the exact value with its unit.
 */
import Decimal from 'decimal.js';
import { formatCount, formatPoints } from '../format/number.ts';
import { CELL_EMPHASIS, departmentYearGrid, LEGEND_BELOW } from './department-year-grid.ts';

export interface DepartmentYearLoss {
	department: string;
	year: number;
	forms: number;
	points_lost: string;
	/** points lost per form, decimal string */
	per_form: string | null;
}

/** Departments down (in the order given), years across; `department` on each cell's data. */
export function pointsLostHeatmapOption(cells: readonly DepartmentYearLoss[], labelWidth = 200) {
	const grid = departmentYearGrid(cells, { top: 56, labelWidth });
	const shown = cells.filter((c) => c.per_form !== null);
	const max = shown.reduce((m, c) => Decimal.max(m, c.per_form!), new Decimal(1));
	return {
		...grid.option,
		visualMap: {
			type: 'continuous',
			...LEGEND_BELOW,
			min: 0,
			max: max.ceil().toNumber(),
			calculable: false,
			text: ['多', '少'],
			formatter: (v: number) => `${v.toFixed(2)}分`,
			inRange: { color: ['#f3f6fa', '#9fb6d0', '#1f4e79'] }
		},
		series: [
			{
				type: 'heatmap',
				name: '每个项目平均失分',
				data: shown.map((c) => ({
					value: [...grid.place(c), new Decimal(c.per_form!).toNumber()],
					text: `${c.department}\n${c.year}年 平均每个项目失分 ${formatPoints(c.per_form)}分\n失分合计 ${formatPoints(c.points_lost)}分（${formatCount(c.forms)} 个项目）`,
					cell: formatPoints(c.per_form),
					// white text on the darker half of the scale
					label: { color: max.div(2).lt(c.per_form!) ? '#fff' : '#1d2733' },
					department: c.department
				})),
				label: {
					show: true,
					fontSize: 11,
					formatter: (p: { data: { cell: string } }) => p.data.cell
				},
				emphasis: CELL_EMPHASIS
			}
		]
	};
}
