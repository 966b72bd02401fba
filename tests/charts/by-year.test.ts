import { describe, expect, it } from 'vitest';
import { byYearFrame } from '../../src/lib/charts/by-year.ts';

describe('byYearFrame', () => {
	const frame = byYearFrame([2021, 2022, 2023], 48);

	it('puts the years across as categories, in the order given', () => {
		expect(frame.xAxis).toEqual({ type: 'category', data: ['2021', '2022', '2023'] });
	});

	it('leaves the given room above the grid for the legend', () => {
		expect(frame.grid).toEqual({ left: 8, right: 8, top: 48, bottom: 8, containLabel: true });
		expect(frame.legend).toEqual({ top: 0, left: 0 });
	});

	it('shows every series of a year in one tooltip', () => {
		expect(frame.tooltip.trigger).toBe('axis');
	});
});
