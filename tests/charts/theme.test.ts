import { describe, expect, it } from 'vitest';
import { BASE_OPTION, withImageName } from '../../src/lib/charts/theme.ts';

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
