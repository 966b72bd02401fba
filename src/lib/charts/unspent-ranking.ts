/**
 * Unspent amounts (调整后预算 − 执行数) ranked as horizontal bars, in 万元, coloured and marked
 * by the execution-rate band under the page's thresholds. Pure option builders.
 */
import Decimal from 'decimal.js';
import { formatAmount, formatRate } from '../format/number.ts';
import { rankingBarsOption, type RankingItem } from './ranking-bars.ts';
import { ACCENT, SIGNAL } from './theme.ts';

export type Band = 'attention' | 'watch' | 'good';

export interface UnspentItem {
	name: string;
	/** 元, decimal string */
	unspent: string | null;
	/** executed / adjusted, fraction */
	rate: string | null;
	band: Band | null;
	key?: string;
}

/** Bar colour of a band: red and amber past the thresholds, the accent otherwise. */
const BAND_COLOR: Record<Band, string> = {
	attention: SIGNAL.attention,
	watch: SIGNAL.watch,
	good: ACCENT
};

/** The icon beside a name past a threshold, as in the tables. */
const BAND_ICON: Record<Band, string | undefined> = {
	attention: '▲',
	watch: '●',
	good: undefined
};

/** ECharts option ranking unspent amounts in 万元 (two decimals), with the rate in the tooltip. */
export function unspentRankingOption(items: readonly UnspentItem[], labelWidth = 220) {
	const bars: RankingItem[] = items
		.filter((i) => i.unspent !== null)
		.map((i) => ({
			name: i.name,
			value: new Decimal(i.unspent!).div(10_000).toDecimalPlaces(2).toString(),
			text: `${formatAmount(i.unspent)}万元`,
			detail: `执行率 ${formatRate(i.rate)}`,
			color: i.band ? BAND_COLOR[i.band] : ACCENT,
			icon: i.band ? BAND_ICON[i.band] : undefined,
			key: i.key ?? i.name
		}));
	return rankingBarsOption(bars, { seriesName: '结余', labelWidth });
}
