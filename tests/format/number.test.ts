import { describe, expect, it } from 'vitest';
import {
	formatAmount,
	formatCount,
	formatPoints,
	formatRate,
	groupDigits,
	pickAmountUnit
} from '../../src/lib/format/number.ts';
import { describeChange } from '../../src/lib/format/change.ts';

describe('formatAmount', () => {
	it('shows 26845000 元 as 2,684.50 万元', () => {
		expect(formatAmount('26845000', '万元')).toBe('2,684.50');
	});

	it('rounds half up at the second decimal of 万元', () => {
		expect(formatAmount('9640750', '万元')).toBe('964.08');
	});

	it('shows hundreds of millions in 亿元', () => {
		expect(formatAmount('145000000.00', '亿元')).toBe('1.45');
	});

	it('shows a missing amount as a dash', () => {
		expect(formatAmount(null)).toBe('—');
	});

	it('keeps exact digits beyond float precision', () => {
		expect(formatAmount('123456789012345.67', '元')).toBe('123,456,789,012,345.67');
	});
});

describe('groupDigits', () => {
	it('groups thousands of a negative amount', () => {
		expect(groupDigits('-1234567.891', 2)).toBe('-1,234,567.89');
	});
});

describe('pickAmountUnit', () => {
	it('picks 亿元 from one hundred million up', () => {
		expect(pickAmountUnit('100000000')).toBe('亿元');
	});

	it('picks 万元 below it', () => {
		expect(pickAmountUnit('99999999.99')).toBe('万元');
	});
});

describe('formatRate', () => {
	it('shows the fraction 0.3591 as 35.91%', () => {
		expect(formatRate('0.3591')).toBe('35.91%');
	});
});

describe('formatPoints', () => {
	it('shows 92.9600 as 92.96', () => {
		expect(formatPoints('92.9600')).toBe('92.96');
	});
});

describe('formatCount', () => {
	it('groups 12345 as 12,345', () => {
		expect(formatCount(12345)).toBe('12,345');
	});
});

describe('describeChange', () => {
	it('words a rate change in 个百分点', () => {
		expect(describeChange('0.9512', '0.9311', 'rate')).toEqual({
			text: '+2.01个百分点',
			direction: 'up'
		});
	});

	it('words an amount drop in 万元', () => {
		expect(describeChange('1000000', '1250000', 'amount')).toEqual({
			text: '−25.00万元',
			direction: 'down'
		});
	});

	it('is null without a previous value', () => {
		expect(describeChange('1', null, 'count')).toBeNull();
	});
});

describe('describeChange in 亿元', () => {
	it('words an amount change in the unit of the figure beside it', () => {
		expect(describeChange('12543000000', '17210780000', 'amount', '亿元')).toEqual({
			text: '−46.68亿元',
			direction: 'down'
		});
	});
});
