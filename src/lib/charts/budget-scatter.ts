/**
 * Budget size against execution: one point per form, adjusted budget in 万元 on a log axis,
 * execution rate in % up the side, the two thresholds drawn as lines. Pure option builder.
 */
import Decimal from 'decimal.js';
import { formatAmount, formatRate } from '../format/number.ts';
import { percentOf, type Thresholds } from '../model/thresholds.ts';
import { BASE_OPTION, SIGNAL } from './theme.ts';

export interface BudgetRatePoint {
	project: string | null;
	department: string | null;
	year: number | null;
	/** 元 */
	adjusted: string;
	/** fraction */
	rate: string;
	band: 'attention' | 'watch' | 'good';
}

// each band its own colour and its own shape (the legend shows both), not colour alone
const SERIES = [
	{ band: 'attention', color: SIGNAL.attention, symbol: 'triangle' },
	{ band: 'watch', color: SIGNAL.watch, symbol: 'circle' },
	{ band: 'good', color: SIGNAL.good, symbol: 'rect' }
] as const;

function bandNames(watch: string, attention: string) {
	return {
		attention: `需关注（低于${attention}%）`,
		watch: `需留意（${attention}%–${watch}%）`,
		good: `达标（${watch}%及以上）`
	};
}

/** ECharts option; `thresholds` are fractions (decimal strings) as in model/thresholds.ts. */
export function budgetScatterOption(points: readonly BudgetRatePoint[], thresholds: Thresholds) {
	const names = bandNames(percentOf(thresholds.watch), percentOf(thresholds.attention));
	const lines = [
		{ yAxis: Number(percentOf(thresholds.watch)), name: `${percentOf(thresholds.watch)}%` },
		{ yAxis: Number(percentOf(thresholds.attention)), name: `${percentOf(thresholds.attention)}%` }
	];
	return {
		...BASE_OPTION,
		// the legend may wrap on a phone: room for two lines, and the y unit in the axis labels
		legend: { top: 0, left: 0, right: 36, itemWidth: 12, itemHeight: 12 },
		grid: { left: 8, right: 24, top: 64, bottom: 28, containLabel: true },
		tooltip: {
			...BASE_OPTION.tooltip,
			trigger: 'item',
			formatter: (p: { data: { text: string } }) => p.data.text
		},
		xAxis: {
			type: 'log',
			name: '调整后预算（万元，对数刻度）',
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: { hideOverlap: true },
			splitLine: { lineStyle: { color: '#edf0f3' } }
		},
		yAxis: {
			type: 'value',
			min: 0,
			axisLabel: { formatter: '{value}%' },
			max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
			splitLine: { lineStyle: { color: '#edf0f3' } }
		},
		series: SERIES.map((s, index) => ({
			type: 'scatter',
			name: names[s.band],
			symbol: s.symbol,
			symbolSize: 8,
			itemStyle: { color: s.color, opacity: 0.8 },
			data: points
				.filter((p) => p.band === s.band)
				.map((p) => ({
					value: [
						new Decimal(p.adjusted).div(10_000).toDecimalPlaces(2).toNumber(),
						new Decimal(p.rate).times(100).toDecimalPlaces(2).toNumber()
					],
					text: [
						`${p.project ?? '（未命名项目）'}（${p.year ?? '—'}年度）`,
						p.department ?? '',
						`调整后预算 ${formatAmount(p.adjusted)}万元`,
						`执行率 ${formatRate(p.rate)}`
					]
						.filter(Boolean)
						.join('\n')
				})),
			...(index === 0
				? {
						markLine: {
							silent: true,
							symbol: 'none',
							lineStyle: { type: 'dashed', color: '#8a96a3' },
							label: { formatter: '{b}', position: 'insideEndTop' },
							data: lines
						}
					}
				: {})
		}))
	};
}
