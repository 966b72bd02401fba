/** What the year-by-year charts share: years across, a legend top left, an axis tooltip. */
import { BASE_OPTION } from './theme.ts';

/**
 * The frame of a chart over the years, oldest first as given. `top` leaves room above the
 * grid for the legend (and the axis names, where a chart has them).
 */
export function byYearFrame(years: readonly number[], top: number) {
	return {
		...BASE_OPTION,
		legend: { top: 0, left: 0 },
		grid: { left: 8, right: 8, top, bottom: 8, containLabel: true },
		tooltip: { ...BASE_OPTION.tooltip, trigger: 'axis' },
		xAxis: { type: 'category', data: years.map((y) => `${y}`) }
	};
}
