import { describe, expect, it } from 'vitest';
import { unspentRankingOption } from '../../src/lib/charts/unspent-ranking.ts';
import { rankingHeight } from '../../src/lib/charts/ranking-bars.ts';
import { SIGNAL } from '../../src/lib/charts/theme.ts';

const rows = [
	{ name: '高技能人才工作专项', unspent: '7204260.00', rate: '0.1304', band: 'attention' as const },
	{ name: '职业培训补贴', unspent: '123456.785', rate: '0.95', band: 'good' as const, key: 'k2' }
];
const option = unspentRankingOption(rows);
const bars = option.series[0]!.data;

describe('unspentRankingOption', () => {
	it('draws bars in 万元', () => {
		expect(bars.map((b) => b.value)).toEqual([720.43, 12.35]);
	});

	it('labels each bar with the exact amount and its unit', () => {
		expect(bars.map((b) => b.text)).toEqual(['720.43万元', '12.35万元']);
	});

	it('marks a project past the attention threshold with red and an icon', () => {
		expect(bars[0]!.itemStyle.color).toBe(SIGNAL.attention);
		expect(option.yAxis.data[0]).toBe('▲ 高技能人才工作专项');
		expect(option.yAxis.data[1]).toBe('职业培训补贴');
	});

	it('puts the rate in the tooltip as text', () => {
		const text = option.tooltip.formatter({ data: bars[0]! });
		expect(text).toBe('高技能人才工作专项\n结余 720.43万元\n执行率 13.04%');
	});

	it('hands back the key (or the name) for clicks', () => {
		expect(bars.map((b) => b.key)).toEqual(['高技能人才工作专项', 'k2']);
	});

	it('uses the tooltip as canvas text', () => {
		expect(option.tooltip.renderMode).toBe('richText');
	});
});

describe('rankingHeight', () => {
	it('gives 28 px a bar plus room for the axis', () => {
		expect(rankingHeight(10)).toBe('350px');
		expect(rankingHeight(1)).toBe('160px');
	});
});
