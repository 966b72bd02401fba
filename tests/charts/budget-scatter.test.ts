import { describe, expect, it } from 'vitest';
import { budgetScatterOption } from '../../src/lib/charts/budget-scatter.ts';

const points = [
	{
		project: '高技能人才工作专项',
		department: '上海市人力资源和社会保障局',
		year: 2021,
		adjusted: '8285000.00',
		rate: '0.1304',
		band: 'attention' as const
	},
	{
		project: 'B',
		department: 'D',
		year: 2022,
		adjusted: '134000.00',
		rate: '0.9795',
		band: 'good' as const
	}
];
const option = budgetScatterOption(points, { watch: '0.875', attention: '0.6' });

describe('budgetScatterOption', () => {
	it('puts budgets on a log axis in 万元', () => {
		expect(option.xAxis.type).toBe('log');
		expect(option.series[0]!.data[0]!.value).toEqual([828.5, 13.04]);
	});

	it('keeps one series per band, with a distinct symbol each', () => {
		expect(option.series.map((s) => [s.name, s.symbol, s.data.length])).toEqual([
			['需关注（低于60%）', 'triangle', 1],
			['需留意（60%–87.5%）', 'circle', 0],
			['达标（87.5%及以上）', 'rect', 1]
		]);
	});

	it('draws the thresholds as lines at 87.5 % and 60 %', () => {
		expect(option.series[0]!.markLine!.data).toEqual([
			{ yAxis: 87.5, name: '87.5%' },
			{ yAxis: 60, name: '60%' }
		]);
	});

	it('writes the tooltip with amounts and rates in their units', () => {
		expect(option.series[0]!.data[0]!.text).toBe(
			'高技能人才工作专项（2021年度）\n上海市人力资源和社会保障局\n调整后预算 828.50万元\n执行率 13.04%'
		);
	});
});
