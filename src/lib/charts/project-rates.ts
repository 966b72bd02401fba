/** Horizontal bars: the execution rate of each project, lowest first. Pure option builder. */
import Decimal from 'decimal.js';
import { rateBandOf, type Thresholds } from '../model/thresholds.ts';
import { ACCENT, BASE_OPTION, SIGNAL } from './theme.ts';

export interface ProjectRate {
	form_id?: number;
	project: string | null;
	year?: number | null;
	/** executed / adjusted as a fraction (decimal string) */
	rate: string | null;
}

/** Bar colour by the thresholds (fractions): below `attention` red, below `watch` amber. */
function rateColor(rate: string, thresholds: Thresholds): string {
	const band = rateBandOf(rate, thresholds);
	return band === 'attention' || band === 'watch' ? SIGNAL[band] : ACCENT;
}

/** ECharts option for per-project execution rates, in percent with two decimals. */
export function projectRatesOption(rows: readonly ProjectRate[], thresholds: Thresholds) {
	const shown = rows.filter((r) => r.rate !== null);
	const names = shown.map(
		(r) => `${r.project ?? '（未命名项目）'}${r.year ? `（${r.year}）` : ''}`
	);
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
		tooltip: {
			...BASE_OPTION.tooltip,
			trigger: 'item',
			formatter: (p: { name: string; data: { text: string } }) => `${p.name}\n执行率 ${p.data.text}`
		},
		xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
		yAxis: {
			type: 'category',
			data: names,
			inverse: true,
			axisLabel: { width: 220, overflow: 'truncate' }
		},
		series: [
			{
				type: 'bar',
				name: '执行率',
				data: shown.map((r) => {
					const pct = new Decimal(r.rate!).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
					return {
						value: pct.toNumber(),
						text: pct.toFixed(2) + '%',
						formId: r.form_id,
						itemStyle: { color: rateColor(r.rate!, thresholds) }
					};
				}),
				label: {
					show: true,
					position: 'right',
					formatter: (p: { data: { text: string } }) => p.data.text
				},
				barMaxWidth: 22
			}
		]
	};
}
