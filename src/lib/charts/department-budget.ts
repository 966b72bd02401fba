/** A department's adjusted budget beside its executed amount, by year. Pure option builder. */
import Decimal from 'decimal.js';
import { pickAmountUnit, type AmountUnit } from '../format/number.ts';
import { ACCENT, BASE_OPTION, CATEGORY_PALETTE } from './theme.ts';

export interface BudgetYear {
	year: number;
	/** 元, decimal strings */
	adjusted: string | null;
	executed: string | null;
}

const FACTOR: Record<AmountUnit, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** 元 → the chart's unit, rounded half up to 2 decimals (a number only for drawing). */
const inUnit = (yuan: string | null, unit: AmountUnit) =>
	yuan === null
		? null
		: new Decimal(yuan).div(FACTOR[unit]).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

/** The unit the largest budget of the years reads best in (万元, or 亿元 from 1 亿 up). */
export function budgetUnit(years: readonly BudgetYear[]): AmountUnit {
	const largest = years.reduce<Decimal>(
		(max, y) =>
			Decimal.max(max, new Decimal(y.adjusted ?? 0).abs(), new Decimal(y.executed ?? 0).abs()),
		new Decimal(0)
	);
	return pickAmountUnit(largest.toFixed());
}

/** Two bars per year: 调整后预算 and 执行数, in 万元 or 亿元 (named on the axis and in tooltips). */
export function departmentBudgetOption(years: readonly BudgetYear[]) {
	const unit = budgetUnit(years);
	const series = (name: string, key: 'adjusted' | 'executed', color: string) => ({
		type: 'bar',
		name,
		data: years.map((y) => inUnit(y[key], unit)),
		itemStyle: { color },
		barMaxWidth: 28,
		barGap: '10%'
	});
	return {
		...BASE_OPTION,
		legend: { top: 0, left: 0 },
		grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
		tooltip: {
			...BASE_OPTION.tooltip,
			trigger: 'axis',
			valueFormatter: (v: number | null) =>
				v === null ? '—' : `${v.toLocaleString('zh-CN', { minimumFractionDigits: 2 })} ${unit}`
		},
		xAxis: { type: 'category', data: years.map((y) => `${y.year}`) },
		yAxis: { type: 'value', name: unit },
		series: [
			series('调整后预算', 'adjusted', CATEGORY_PALETTE[2]!),
			series('执行数', 'executed', ACCENT)
		]
	};
}
