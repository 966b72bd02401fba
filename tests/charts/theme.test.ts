import { describe, expect, it } from 'vitest';
import { briefTrendOption } from '../../src/lib/charts/brief-trend.ts';
import { BASE_OPTION, toolboxShown, withImageName } from '../../src/lib/charts/theme.ts';

const YEARS = [
	{ year: 2022, rate: '0.9447', avg_score: '96.04' },
	{ year: 2023, rate: '0.9781', avg_score: '98.48' }
];

describe('withImageName', () => {
	it('names the saved PNG after the chart', () => {
		const option = withImageName({ ...BASE_OPTION }, '各部门预算执行率热力图');
		expect(option.toolbox.feature.saveAsImage).toEqual({
			title: '保存为图片',
			pixelRatio: 2,
			name: '各部门预算执行率热力图'
		});
	});

	it('replaces characters a file name cannot hold', () => {
		const option = withImageName({ ...BASE_OPTION }, '执行率 / 2023');
		expect(option.toolbox.feature.saveAsImage).toMatchObject({ name: '执行率_2023' });
	});

	it('leaves an option without a toolbox unchanged', () => {
		const option = { series: [] };
		expect(withImageName(option, 'x')).toBe(option);
	});
});

describe('toolboxShown', () => {
	it('shows a chart’s 保存为图片 on screen', () => {
		expect(toolboxShown({ ...BASE_OPTION }, false)).toBe(true);
	});

	it('hides it on paper', () => {
		expect(toolboxShown({ ...BASE_OPTION }, true)).toBe(false);
	});

	it('keeps the brief’s chart, which has none shown, without one after printing', () => {
		expect(toolboxShown(briefTrendOption(YEARS), false)).toBe(false);
	});
});
