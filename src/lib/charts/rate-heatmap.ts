/** Heatmap of execution rate, department × year. Pure option builder. */
import Decimal from 'decimal.js';
import { EXECUTION_THRESHOLDS } from '../model/rules.ts';
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

/** Departments down, years across; colour by the red / amber / green thresholds. */
export function rateHeatmapOption(cells: readonly HeatCell[]) {
	const grid = departmentYearGrid(cells, { top: 40, labelWidth: 200 });
	const t = EXECUTION_THRESHOLDS;
	return {
		...grid.option,
		visualMap: {
			type: 'piecewise',
			...LEGEND_BELOW,
			pieces: [
				{ lt: t.attention * 100, color: SIGNAL.attention, label: `▲ 低于${t.attention * 100}%` },
				{
					gte: t.attention * 100,
					lt: t.watch * 100,
					color: SIGNAL.watch,
					label: `● ${t.attention * 100}%–${t.watch * 100}%`
				},
				{ gte: t.watch * 100, color: SIGNAL.good, label: `${t.watch * 100}%及以上` }
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
