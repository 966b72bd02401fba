/** Heatmap of execution rate, department × year. Pure option builder. */
import Decimal from 'decimal.js';
import { percentOf, type Thresholds } from '../model/thresholds.ts';
import { SIGNAL } from './theme.ts';
import { CELL_EMPHASIS, departmentYearGrid, LEGEND_BELOW } from './department-year-grid.ts';

export interface HeatCell {
	department: string;
	year: number;
	forms: number;
	/** fraction, decimal string */
	rate: string | null;
}

const pct = (rate: string) =>
	new Decimal(rate).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Departments down, years across; colour by the red / amber / green thresholds in force. */
export function rateHeatmapOption(cells: readonly HeatCell[], thresholds: Thresholds) {
	const grid = departmentYearGrid(cells, { top: 40, labelWidth: 200 });
	// the pieces compare the cells' percentages with two decimals, as the thresholds allow
	const t = { attention: percentOf(thresholds.attention), watch: percentOf(thresholds.watch) };
	const at = Number(t.attention);
	const wt = Number(t.watch);
	return {
		...grid.option,
		visualMap: {
			type: 'piecewise',
			...LEGEND_BELOW,
			pieces: [
				{ lt: at, color: SIGNAL.attention, label: `▲ 低于${t.attention}%` },
				{ gte: at, lt: wt, color: SIGNAL.watch, label: `● ${t.attention}%–${t.watch}%` },
				{ gte: wt, color: SIGNAL.good, label: `${t.watch}%及以上` }
			]
		},
		series: [
			{
				type: 'heatmap',
				name: '执行率',
				data: cells
					.filter((c) => c.rate !== null)
					.map((c) => {
						const value = pct(c.rate!);
						return {
							value: [...grid.place(c), value.toNumber()],
							text: `${c.department}\n${c.year}年 执行率 ${value.toFixed(2)}%（${c.forms} 个项目）`,
							department: c.department,
							year: c.year
						};
					}),
				label: {
					show: grid.departments.length <= 30,
					fontSize: 11,
					formatter: (p: { value: number[] }) => `${p.value[2]}`
				},
				emphasis: CELL_EMPHASIS
			}
		]
	};
}
