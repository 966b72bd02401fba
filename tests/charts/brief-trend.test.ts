import { describe, expect, it } from 'vitest';
import { briefTrendOption } from '../../src/lib/charts/brief-trend.ts';
import { departmentTrendOption } from '../../src/lib/charts/department-trend.ts';

const YEARS = [
	{ year: 2022, rate: '0.9447', avg_score: '96.04' },
	{ year: 2023, rate: '0.9781', avg_score: '98.48' }
];

describe('briefTrendOption', () => {
	it('draws the same series as the 部门 page', () => {
		const data = (o: { series: { name: string; data: unknown[] }[] }) =>
			o.series.map((s) => [s.name, s.data]);
		expect(data(briefTrendOption(YEARS))).toEqual([
			['预算执行率（%）', [94.47, 97.81]],
			['平均总分（分）', [96.04, 98.48]]
		]);
		expect(data(briefTrendOption(YEARS))).toEqual(data(departmentTrendOption(YEARS)));
	});

	it('is low enough for the sheet: two steps per axis, no save button', () => {
		const option = briefTrendOption(YEARS);
		expect(option.yAxis.map((a) => a.splitNumber)).toEqual([2, 2]);
		expect(option.toolbox).toEqual({ show: false });
		expect(option.grid.top).toBeLessThan(departmentTrendOption(YEARS).grid.top);
	});
});
