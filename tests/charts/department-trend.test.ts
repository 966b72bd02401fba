import { describe, expect, it } from 'vitest';
import { departmentTrendOption, rateAxisMax } from '../../src/lib/charts/department-trend.ts';

const YEARS = [
	{ year: 2022, rate: '0.9781', avg_score: '98.48' },
	{ year: 2023, rate: '0.35905', avg_score: null }
];

describe('departmentTrendOption', () => {
	const option = departmentTrendOption(YEARS);

	it('puts the years across in the order given', () => {
		expect(option.xAxis.data).toEqual(['2022', '2023']);
	});

	it('draws rates in percent with two decimals, half up', () => {
		expect(option.series[0]!.data).toEqual([97.81, 35.91]);
	});

	it('draws average scores in points and leaves a missing one empty', () => {
		expect(option.series[1]!.data).toEqual([98.48, null]);
	});

	it('labels the bars inside, so they never meet the line’s labels above', () => {
		expect(option.series[0]!.label.position).toBe('insideBottom');
		expect(option.series[1]!.label.position).toBe('top');
	});

	it('names the units in the tooltips', () => {
		expect(option.series[0]!.tooltip.valueFormatter(97.81)).toBe('97.81%');
		expect(option.series[1]!.tooltip.valueFormatter(98.48)).toBe('98.48 分');
	});

	it('renders tooltips as plain text, not HTML', () => {
		expect(option.tooltip.renderMode).toBe('richText');
	});
});

describe('rateAxisMax', () => {
	it('stops at 100 when no year overspent', () => {
		expect(rateAxisMax(YEARS)).toBe(100);
	});

	it('rises to the next 10 above a year at 112.5 %', () => {
		expect(rateAxisMax([{ year: 2021, rate: '1.125', avg_score: null }])).toBe(120);
	});
});
