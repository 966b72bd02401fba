import { describe, expect, it } from 'vitest';
import { budgetUnit, departmentBudgetOption } from '../../src/lib/charts/department-budget.ts';

const YEARS = [
	{ year: 2021, adjusted: '26845000.00', executed: '9640740.50' },
	{ year: 2022, adjusted: '30000000', executed: null }
];

describe('departmentBudgetOption', () => {
	const option = departmentBudgetOption(YEARS);

	it('puts the years across in the order given', () => {
		expect(option.xAxis.data).toEqual(['2021', '2022']);
	});

	it('draws adjusted budgets in 万元, two decimals, half up', () => {
		expect(option.series[0]!.data).toEqual([2684.5, 3000]);
	});

	it('draws executed amounts in 万元 and leaves a missing one empty', () => {
		expect(option.series[1]!.data).toEqual([964.07, null]);
	});

	it('names the unit on the axis', () => {
		expect(option.yAxis.name).toBe('万元');
	});

	it('names the unit in the tooltip', () => {
		expect(option.tooltip.valueFormatter(964.07)).toBe('964.07 万元');
	});

	it('renders tooltips as plain text, not HTML', () => {
		expect(option.tooltip.renderMode).toBe('richText');
	});
});

describe('budgetUnit', () => {
	it('reads totals under one hundred million in 万元', () => {
		expect(budgetUnit(YEARS)).toBe('万元');
	});

	it('switches to 亿元 when a year reaches one hundred million', () => {
		expect(budgetUnit([{ year: 2023, adjusted: '100000000', executed: '1' }])).toBe('亿元');
	});

	it('draws 亿元 amounts in 亿元', () => {
		const option = departmentBudgetOption([
			{ year: 2023, adjusted: '123456789', executed: '100000000' }
		]);
		expect(option.series.map((s) => s.data[0])).toEqual([1.23, 1]);
	});
});
