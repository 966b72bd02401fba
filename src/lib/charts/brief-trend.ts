/**
 * The department's trend as its one-page brief draws it: the 部门 page's chart (execution rate
 * bars, average score line), made low enough for the sheet — the legend beside the axis names
 * rather than above them, two steps on each axis, labels in the brief's small size.
 */
import { departmentTrendOption, type TrendYear } from './department-trend.ts';

export function briefTrendOption(years: readonly TrendYear[]) {
	const option = departmentTrendOption(years);
	return {
		...option,
		textStyle: { fontSize: 10 },
		// the sheet is a printout: no 保存为图片 button over the axis name
		toolbox: { show: false },
		legend: { ...option.legend, left: 'center', itemHeight: 8, textStyle: { fontSize: 10 } },
		grid: { ...option.grid, top: 34, bottom: 0 },
		yAxis: option.yAxis.map((axis) => ({ ...axis, splitNumber: 2 }))
	};
}
