import { describe, expect, it } from 'vitest';
import { rateHeatmapOption } from '../../src/lib/charts/rate-heatmap.ts';
import { yearTrendOption } from '../../src/lib/charts/year-trend.ts';
import { gradeDistributionOption } from '../../src/lib/charts/grade-distribution.ts';
import { projectRatesOption } from '../../src/lib/charts/project-rates.ts';
import { ACCENT, SIGNAL } from '../../src/lib/charts/theme.ts';
import { DEFAULT_THRESHOLDS } from '../../src/lib/model/thresholds.ts';

describe('rateHeatmapOption', () => {
	const option = rateHeatmapOption(
		[
			{ department: '甲局', year: 2022, forms: 3, rate: '0.9512' },
			{ department: '甲局', year: 2021, forms: 2, rate: '0.5' },
			{ department: '乙委', year: 2022, forms: 1, rate: null }
		],
		DEFAULT_THRESHOLDS
	);

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

	it('draws its legend from the thresholds it is given', () => {
		const moved = rateHeatmapOption([], { watch: '0.8', attention: '0.555' });
		expect(moved.visualMap.pieces.map((p) => p.label)).toEqual([
			'▲ 低于55.5%',
			'● 55.5%–80%',
			'80%及以上'
		]);
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
		const option = projectRatesOption([{ project: '甲', rate: '0.1304' }], DEFAULT_THRESHOLDS);
		expect(option.series[0]!.data[0]!.itemStyle.color).toBe(SIGNAL.attention);
		expect(option.series[0]!.data[0]!.text).toBe('13.04%');
	});

	it('colours by the thresholds it is given: 85% is amber under 90%, plain under 80%', () => {
		const rows = [{ project: '甲', rate: '0.85' }];
		const color = (watch: string) =>
			projectRatesOption(rows, { watch, attention: '0.6' }).series[0]!.data[0]!.itemStyle.color;
		expect(color('0.9')).toBe(SIGNAL.watch);
		expect(color('0.8')).toBe(ACCENT);
	});
});
