/**
 * Horizontal bars for a ranking with long Chinese names, largest first at the top. Pure:
 * values arrive as decimal strings with their display text already made by format/.
 */
import Decimal from 'decimal.js';
import { ACCENT, BASE_OPTION } from './theme.ts';

export interface RankingItem {
	name: string;
	/** the bar length, a decimal string in the axis unit */
	value: string;
	/** the exact value with its unit, as shown in labels and tooltips */
	text: string;
	/** a second tooltip line (e.g. the rate) */
	detail?: string;
	color?: string;
	/** a prefix icon for items past a threshold (not colour alone) */
	icon?: string;
	/** handed back to `onselect` on a click */
	key?: string;
}

export interface RankingOptions {
	seriesName: string;
	/** the width of the name labels, px */
	labelWidth?: number;
}

/** ECharts option for ranking bars; each bar's data carries `key` for click handling. */
export function rankingBarsOption(items: readonly RankingItem[], options: RankingOptions) {
	const names = items.map((i) => (i.icon ? `${i.icon} ${i.name}` : i.name));
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 96, top: 36, bottom: 8, containLabel: true },
		tooltip: {
			...BASE_OPTION.tooltip,
			trigger: 'item',
			formatter: (p: { data: { full: string; text: string; detail?: string } }) =>
				[p.data.full, `${options.seriesName} ${p.data.text}`, p.data.detail]
					.filter(Boolean)
					.join('\n')
		},
		// every bar carries its exact value and unit, so the value axis shows only grid lines
		xAxis: {
			type: 'value',
			axisLabel: { show: false },
			splitLine: { lineStyle: { color: '#edf0f3' } }
		},
		yAxis: {
			type: 'category',
			data: names,
			inverse: true,
			axisTick: { show: false },
			axisLabel: { width: options.labelWidth ?? 220, overflow: 'truncate' },
			triggerEvent: false
		},
		series: [
			{
				type: 'bar',
				name: options.seriesName,
				cursor: 'pointer',
				data: items.map((i) => ({
					value: new Decimal(i.value).toNumber(),
					text: i.text,
					detail: i.detail,
					full: i.name,
					key: i.key ?? i.name,
					itemStyle: { color: i.color ?? ACCENT }
				})),
				label: {
					show: true,
					position: 'right',
					formatter: (p: { data: { text: string } }) => p.data.text
				},
				barMaxWidth: 20
			}
		]
	};
}

/** Name labels narrow enough to leave the bars room on a phone (`width`: the viewport, px). */
export function rankingLabelWidth(width: number): number {
	return width < 600 ? 110 : 220;
}

/** A height (px) that gives every bar of a ranking room for its label. */
export function rankingHeight(count: number): string {
	return `${Math.max(160, count * 28 + 70)}px`;
}
