import { describe, expect, it } from 'vitest';
import { spanIndicators } from '../../src/lib/components/indicator-groups.ts';

const row = (level1: string | null, level2: string | null) => ({ level1, level2 });

describe('spanIndicators', () => {
	it('merges consecutive rows of one 一级 and, within it, one 二级', () => {
		const spans = spanIndicators([
			row('产出指标', '数量指标'),
			row('产出指标', '数量指标'),
			row('产出指标', '质量指标'),
			row('效益指标', '社会效益指标')
		]);
		expect(spans.map((s) => [s.level1Span, s.level2Span])).toEqual([
			[3, 2],
			[0, 0],
			[0, 1],
			[1, 1]
		]);
	});

	it('starts a new 二级 cell when the 一级 changes, even with the same 二级 label', () => {
		const spans = spanIndicators([row('产出指标', null), row('效益指标', null)]);
		expect(spans.map((s) => [s.level1Span, s.level2Span])).toEqual([
			[1, 1],
			[1, 1]
		]);
	});
});
