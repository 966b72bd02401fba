import { describe, expect, it } from 'vitest';
import { pointsLostHeatmapOption } from '../../src/lib/charts/points-lost-heatmap.ts';

const option = pointsLostHeatmapOption([
	{ department: '上海市民政局', year: 2022, forms: 4, points_lost: '10.3000', per_form: '2.58' },
	{ department: '上海市民政局', year: 2021, forms: 3, points_lost: '0.0000', per_form: '0.00' },
	{ department: '上海市水务局', year: 2023, forms: 2, points_lost: '3.0000', per_form: '1.50' }
]);

describe('pointsLostHeatmapOption', () => {
	it('puts departments down in the given order and years across, oldest first', () => {
		expect(option.yAxis.data).toEqual(['上海市民政局', '上海市水务局']);
		expect(option.xAxis.data).toEqual(['2021', '2022', '2023']);
	});

	it('places each cell by year and department with its per-project value', () => {
		expect(option.series[0]!.data.map((d) => d.value)).toEqual([
			[1, 0, 2.58],
			[0, 0, 0],
			[2, 1, 1.5]
		]);
	});

	it('labels cells with two decimals and says the total in the tooltip', () => {
		const cell = option.series[0]!.data[0]!;
		expect(cell.cell).toBe('2.58');
		expect(cell.label.color).toBe('#fff');
		expect(cell.text).toBe(
			'上海市民政局\n2022年 平均每个项目失分 2.58分\n失分合计 10.30分（4 个项目）'
		);
	});

	it('scales the colours from 0 to the largest value, rounded up', () => {
		expect([option.visualMap.min, option.visualMap.max]).toEqual([0, 3]);
	});
});
