/**
 * Indicator points lost (分值 − 得分): by 一级 / 二级 category, by department (a ranking) and
 * by year. Pure option builders; points shown with two decimals and the unit 分.
 */
import Decimal from 'decimal.js';
import { formatCount, formatPoints } from '../format/number.ts';
import { rankingBarsOption } from './ranking-bars.ts';
import { byYearFrame } from './by-year.ts';
import { ACCENT, CATEGORY_PALETTE, SIGNAL } from './theme.ts';

export interface CategoryLoss {
	level1: string;
	level2: string;
	indicators: number;
	lost: number;
	points_lost: string;
}

/**
 * 二级 categories as ranking bars, one series per 一级 category (stacked, so each bar stays on
 * its own row) so that the legend names the 一级 category of each colour.
 */
export function categoryLossOption(rows: readonly CategoryLoss[], labelWidth = 200) {
	const level1s = [...new Set(rows.map((r) => r.level1))];
	const base = rankingBarsOption(
		rows.map((r) => ({ name: r.level2, value: r.points_lost, text: '' })),
		{ seriesName: '失分', labelWidth }
	);
	return {
		...base,
		legend: { top: 0, left: 0, right: 40 },
		grid: { ...base.grid, top: 56 },
		series: level1s.map((level1, i) => ({
			...base.series[0]!,
			name: level1,
			stack: 'loss',
			itemStyle: { color: CATEGORY_PALETTE[i % CATEGORY_PALETTE.length] },
			data: rows.map((r) =>
				r.level1 === level1
					? {
							value: new Decimal(r.points_lost).toNumber(),
							text: `${formatPoints(r.points_lost)}分`,
							full: `${r.level1} · ${r.level2}`,
							detail: `失分指标 ${formatCount(r.lost)} 项 / 共 ${formatCount(r.indicators)} 项`
						}
					: null
			)
		}))
	};
}

export interface DepartmentLoss {
	department: string;
	forms: number;
	lost: number;
	points_lost: string;
	per_form: string | null;
}

/** Departments by total points lost; the bar data's `key` is the department name. */
export function departmentLossOption(rows: readonly DepartmentLoss[], labelWidth = 220) {
	return rankingBarsOption(
		rows.map((r) => ({
			name: r.department,
			value: r.points_lost,
			text: `${formatPoints(r.points_lost)}分`,
			detail: `失分指标 ${formatCount(r.lost)} 项，${formatCount(r.forms)} 个项目，平均每项目 ${formatPoints(r.per_form)} 分`,
			key: r.department
		})),
		{ seriesName: '失分', labelWidth }
	);
}

export interface YearLoss {
	year: number;
	lost: number;
	points_lost: string;
	no_reason: number;
}

/** Points lost (bars, 分) and weak indicators without a reason (line, 项) by year. */
export function yearLossOption(rows: readonly YearLoss[]) {
	// units are in the legend; axis names would collide with the save button
	return {
		...byYearFrame(
			rows.map((r) => r.year),
			40
		),
		yAxis: [
			{ type: 'value', minInterval: 1 },
			{ type: 'value', minInterval: 1, position: 'right', splitLine: { show: false } }
		],
		series: [
			{
				type: 'bar',
				name: '失分合计（分）',
				data: rows.map((r) => ({
					value: new Decimal(r.points_lost).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
					text: formatPoints(r.points_lost)
				})),
				itemStyle: { color: ACCENT },
				barMaxWidth: 64,
				label: {
					show: true,
					position: 'insideTop',
					color: '#fff',
					formatter: (p: { data: { text: string } }) => p.data.text
				}
			},
			{
				type: 'line',
				name: '失分指标（项）',
				yAxisIndex: 1,
				data: rows.map((r) => r.lost),
				itemStyle: { color: SIGNAL.watch },
				symbol: 'circle',
				symbolSize: 8
			},
			{
				type: 'line',
				name: '失分未说明原因（项）',
				yAxisIndex: 1,
				data: rows.map((r) => r.no_reason),
				itemStyle: { color: SIGNAL.attention },
				lineStyle: { type: 'dashed' },
				symbol: 'triangle',
				symbolSize: 9
			}
		]
	};
}
