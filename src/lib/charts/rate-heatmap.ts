/** Heatmap of execution rate, department × year. Pure option builder. */
import Decimal from 'decimal.js';
import { EXECUTION_THRESHOLDS } from '../model/rules.ts';
import { BASE_OPTION, SIGNAL } from './theme.ts';

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
	const departments = [...new Set(cells.map((c) => c.department))];
	const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
	const t = EXECUTION_THRESHOLDS;
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 16, top: 40, bottom: 56, containLabel: true },
		tooltip: {
			...BASE_OPTION.tooltip,
			formatter: (p: { data: { text: string } }) => p.data.text
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
			axisLabel: { width: 200, overflow: 'truncate' }
		},
		visualMap: {
			type: 'piecewise',
			orient: 'horizontal',
			left: 'center',
			bottom: 4,
			dimension: 2,
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
							value: [years.indexOf(c.year), departments.indexOf(c.department), value.toNumber()],
							text: `${c.department}\n${c.year}年 执行率 ${value.toFixed(2)}%（${c.forms} 个项目）`,
							department: c.department,
							year: c.year
						};
					}),
				label: {
					show: departments.length <= 30,
					fontSize: 11,
					formatter: (p: { value: number[] }) => `${p.value[2]}`
				},
				emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } }
			}
		]
	};
}
