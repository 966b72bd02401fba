/** Execution rate (bars) and average total score (line) by year. Pure option builder. */
import Decimal from 'decimal.js';
import { byYearFrame } from './by-year.ts';
import { ACCENT, CATEGORY_PALETTE } from './theme.ts';

export interface YearPoint {
	year: number;
	rate: string | null;
	avg_score: string | null;
}

const num = (v: string | null, times = 1) =>
	v === null
		? null
		: new Decimal(v).times(times).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

export function yearTrendOption(points: readonly YearPoint[]) {
	return {
		...byYearFrame(
			points.map((p) => p.year),
			48
		),
		yAxis: [
			{ type: 'value', name: '执行率（%）', min: 0, max: 100 },
			{ type: 'value', name: '平均总分（分）', min: 0, max: 100, position: 'right' }
		],
		series: [
			{
				type: 'bar',
				name: '预算执行率（%）',
				data: points.map((p) => num(p.rate, 100)),
				itemStyle: { color: ACCENT },
				barMaxWidth: 36,
				label: { show: true, position: 'top', formatter: '{c}%' }
			},
			{
				type: 'line',
				name: '平均总分（分）',
				yAxisIndex: 1,
				data: points.map((p) => num(p.avg_score)),
				itemStyle: { color: CATEGORY_PALETTE[1] },
				symbolSize: 8,
				label: { show: true, position: 'top', formatter: '{c}' }
			}
		]
	};
}
