import { describe, expect, it } from 'vitest';
import { clipText, signalRuleText, signalValueText } from '../../src/lib/format/brief.ts';
import { briefSignalRules } from '../../src/lib/model/brief-signals.ts';

const rules = briefSignalRules({ watch: '0.875', attention: '0.6' });

describe('signalRuleText', () => {
	it('words a rate rule best band first, with the thresholds as set', () =>
		expect(signalRuleText(rules[0]!)).toBe('≥87.5% 正常；≥60% 关注；<60% 预警'));

	it('words a score rule in 分', () =>
		expect(signalRuleText(rules[1]!)).toBe('≥90分 正常；≥80分 关注；<80分 预警'));

	it('words a share where lower is better, a zero bound as 为0', () => {
		expect(signalRuleText(rules[2]!)).toBe('≤10% 正常；≤30% 关注；>30% 预警');
		expect(signalRuleText(rules[3]!)).toBe('为0 正常；≤20% 关注；>20% 预警');
	});
});

describe('signalValueText', () => {
	it('prints rates with two decimals, shares with one, points with two', () => {
		expect(signalValueText('0.3591', 'rate')).toBe('35.91%');
		expect(signalValueText('0.0525', 'share')).toBe('5.3%');
		expect(signalValueText('92.955', 'points')).toBe('92.96');
		expect(signalValueText(null, 'rate')).toBe('—');
	});
});

describe('clipText', () => {
	it('keeps a text that fits', () => expect(clipText('预算执行率', 5)).toBe('预算执行率'));

	it('cuts a longer one to the length, marking the cut', () =>
		expect(clipText('2023年度中小学生营养改善工程', 8)).toBe('2023年度中…'));

	it('folds whitespace and shows a dash for nothing', () => {
		expect(clipText(' 政策 \n 调整 ', 10)).toBe('政策 调整');
		expect(clipText(null, 10)).toBe('—');
	});
});
