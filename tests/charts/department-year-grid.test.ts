import { describe, expect, it } from 'vitest';
import { departmentYearGrid } from '../../src/lib/charts/department-year-grid.ts';

const cells = [
	{ department: '上海市民政局', year: 2022 },
	{ department: '上海市水务局', year: 2021 },
	{ department: '上海市民政局', year: 2023 }
];
const grid = departmentYearGrid(cells, { top: 40, labelWidth: 120 });

describe('departmentYearGrid', () => {
	it('lists departments down in the order given and years across, oldest first', () => {
		expect(grid.option.yAxis.data).toEqual(['上海市民政局', '上海市水务局']);
		expect(grid.option.xAxis.data).toEqual(['2021', '2022', '2023']);
	});

	it('places a cell at its year index and department index', () => {
		expect(cells.map(grid.place)).toEqual([
			[1, 0],
			[0, 1],
			[2, 0]
		]);
	});

	it('leaves the given room above the grid and truncates department names at the given width', () => {
		expect(grid.option.grid.top).toBe(40);
		expect(grid.option.yAxis.axisLabel).toEqual({ width: 120, overflow: 'truncate' });
	});
});
