import { describe, expect, it } from 'vitest';
import {
	categoryLossOption,
	departmentLossOption,
	yearLossOption
} from '../../src/lib/charts/points-lost.ts';
import { CATEGORY_PALETTE } from '../../src/lib/charts/theme.ts';

describe('categoryLossOption', () => {
	const option = categoryLossOption([
		{
			level1: '效益指标',
			level2: '社会效益指标',
			indicators: 150,
			lost: 12,
			points_lost: '37.9000'
		},
		{ level1: '产出指标', level2: '数量指标', indicators: 172, lost: 17, points_lost: '33.1000' },
		{ level1: '效益指标', level2: '经济效益指标', indicators: 40, lost: 2, points_lost: '3.0500' }
	]);

	it('names each bar by its 二级 category', () => {
		expect(option.yAxis.data).toEqual(['社会效益指标', '数量指标', '经济效益指标']);
	});

	it('gives each 一级 category a series, a colour and a legend entry', () => {
		expect(option.series.map((s) => [s.name, s.itemStyle.color])).toEqual([
			['效益指标', CATEGORY_PALETTE[0]],
			['产出指标', CATEGORY_PALETTE[1]]
		]);
	});

	it('puts each 二级 category in its own 一级 series only', () => {
		expect(option.series[0]!.data.map((d) => d?.value ?? null)).toEqual([37.9, null, 3.05]);
		expect(option.series[1]!.data.map((d) => d?.value ?? null)).toEqual([null, 33.1, null]);
	});

	it('labels points with two decimals and 分, naming both levels in the tooltip', () => {
		const bar = option.series[0]!.data[2]!;
		expect(bar.text).toBe('3.05分');
		expect(option.tooltip.formatter({ data: bar })).toBe(
			'效益指标 · 经济效益指标\n失分 3.05分\n失分指标 2 项 / 共 40 项'
		);
	});
});

describe('departmentLossOption', () => {
	it('keys each bar by its department for the click filter', () => {
		const option = departmentLossOption([
			{ department: '上海市民政局', forms: 10, lost: 4, points_lost: '12.5000', per_form: '1.25' }
		]);
		expect(option.series[0]!.data[0]!.key).toBe('上海市民政局');
		expect(option.series[0]!.data[0]!.detail).toBe('失分指标 4 项，10 个项目，平均每项目 1.25 分');
	});
});

describe('yearLossOption', () => {
	it('shows points lost as bars and counts as lines by year', () => {
		const option = yearLossOption([
			{ year: 2021, lost: 10, points_lost: '19.1000', no_reason: 1 },
			{ year: 2022, lost: 33, points_lost: '88.0000', no_reason: 2 }
		]);
		expect(option.xAxis.data).toEqual(['2021', '2022']);
		expect(option.series[0]!.data).toEqual([
			{ value: 19.1, text: '19.10' },
			{ value: 88, text: '88.00' }
		]);
		expect(option.series.slice(1).map((s) => s.data)).toEqual([
			[10, 33],
			[1, 2]
		]);
	});
});
