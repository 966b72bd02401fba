import { describe, expect, it } from 'vitest';
import { rateHeatmapOption } from '../../src/lib/charts/rate-heatmap.ts';
import { yearTrendOption } from '../../src/lib/charts/year-trend.ts';
import { gradeDistributionOption } from '../../src/lib/charts/grade-distribution.ts';
import { projectRatesOption } from '../../src/lib/charts/project-rates.ts';
import { SIGNAL } from '../../src/lib/charts/theme.ts';

describe('rateHeatmapOption', () => {
	const option = rateHeatmapOption([
		{ department: '甲局', year: 2022, forms: 3, rate: '0.9512' },
		{ department: '甲局', year: 2021, forms: 2, rate: '0.5' },
		{ department: '乙委', year: 2022, forms: 1, rate: null }
	]);

	it('puts years in order across and departments down', () => {
		expect(option.xAxis.data).toEqual(['2021', '2022']);
		expect(option.yAxis.data).toEqual(['甲局', '乙委']);
	});

	it('places each cell as [year, department, percent]', () => {
		expect(option.series[0]!.data.map((d) => d.value)).toEqual([
			[1, 0, 95.12],
			[0, 0, 50]
		]);
	});

	it('leaves out cells without a rate', () => {
		expect(option.series[0]!.data).toHaveLength(2);
	});

	it('renders tooltips as plain text, not HTML', () => {
		expect(option.tooltip.renderMode).toBe('richText');
	});
});

describe('yearTrendOption', () => {
	it('shows rates in percent and scores in points', () => {
		const option = yearTrendOption([{ year: 2021, rate: '0.3591', avg_score: '92.96' }]);
		expect(option.series[0]!.data).toEqual([35.91]);
		expect(option.series[1]!.data).toEqual([92.96]);
	});
});

describe('gradeDistributionOption', () => {
	it('lists every grade band, with zero where no form falls', () => {
		const option = gradeDistributionOption([{ grade: '优', forms: 2 }]);
		expect(option.yAxis.data).toEqual([
			'优（90–100分）',
			'良（80–89分）',
			'中（60–79分）',
			'差（0–59分）'
		]);
		expect(option.series[0]!.data.map((d) => d.value)).toEqual([2, 0, 0, 0]);
	});
});

describe('projectRatesOption', () => {
	it('colours a rate below 60% red', () => {
		const option = projectRatesOption([{ project: '甲', rate: '0.1304' }]);
		expect(option.series[0]!.data[0]!.itemStyle.color).toBe(SIGNAL.attention);
		expect(option.series[0]!.data[0]!.text).toBe('13.04%');
	});
});
