/**
 * A department's execution rate (bars, %) and average total score (line, 分) by year. Labels
 * sit inside the bars and above the line, so the two never print over each other near 100.
 */
import Decimal from 'decimal.js';
import { byYearFrame } from './by-year.ts';
import { ACCENT, CATEGORY_PALETTE } from './theme.ts';

export interface TrendYear {
	year: number;
	/** Σ executed / Σ adjusted, fraction */
	rate: string | null;
	/** mean total score, points */
	avg_score: string | null;
}

const round2 = (v: Decimal) => v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

/** The rate axis runs to 100 %, or to the next 10 above a year that spent over its budget. */
export function rateAxisMax(years: readonly TrendYear[]): number {
	const top = years.reduce(
		(max, y) => (y.rate === null ? max : Decimal.max(max, new Decimal(y.rate).times(100))),
		new Decimal(100)
	);
	return top.div(10).ceil().times(10).toNumber();
}

export function departmentTrendOption(years: readonly TrendYear[]) {
	return {
		...byYearFrame(
			years.map((y) => y.year),
			64
		),
		yAxis: [
			{ type: 'value', name: '%', min: 0, max: rateAxisMax(years) },
			{ type: 'value', name: '分', min: 0, max: 100, position: 'right', splitLine: { show: false } }
		],
		series: [
			{
				type: 'bar',
				name: '预算执行率（%）',
				data: years.map((y) => (y.rate === null ? null : round2(new Decimal(y.rate).times(100)))),
				itemStyle: { color: ACCENT },
				barMaxWidth: 40,
				label: {
					show: true,
					position: 'insideBottom',
					color: '#fff',
					fontSize: 10,
					formatter: '{c}%'
				},
				tooltip: { valueFormatter: (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}%`) }
			},
			{
				type: 'line',
				name: '平均总分（分）',
				yAxisIndex: 1,
				data: years.map((y) => (y.avg_score === null ? null : round2(new Decimal(y.avg_score)))),
				itemStyle: { color: CATEGORY_PALETTE[1] },
				symbolSize: 8,
				label: { show: true, position: 'top', fontSize: 10, formatter: '{c}分' },
				tooltip: { valueFormatter: (v: number | null) => (v === null ? '—' : `${v.toFixed(2)} 分`) }
			}
		]
	};
}
