import { describe, expect, it } from 'vitest';
import { ValueChecker } from '../../src/lib/dataset/bounds.ts';

const checked = (printed: string | null, kind: 'money' | 'points' | 'ratio' = 'money') => {
	const check = new ValueChecker();
	return { value: check.decimal(printed, kind, '全年预算数'), warnings: check.warnings };
};

describe('ValueChecker.decimal', () => {
	it('keeps an amount that fits DECIMAL(18,2) as printed, without separators', () => {
		expect(checked('9,999,999,999,999,999.99')).toEqual({
			value: '9999999999999999.99',
			warnings: []
		});
	});

	it('nulls an amount of 1e16 元 with value_out_of_range naming the field', () => {
		expect(checked('10000000000000000')).toEqual({
			value: null,
			warnings: [
				{
					code: 'value_out_of_range',
					message: '全年预算数超出可存储范围（绝对值须小于 1e+16），未计入',
					text: '10000000000000000'
				}
			]
		});
	});

	it('nulls an amount that rounds up to 1e16 at two decimals', () => {
		expect(checked('9999999999999999.996').value).toBeNull();
	});

	it('reads 1e30 as a number, then finds it out of range', () => {
		expect(checked('1e30').warnings.map((w) => w.code)).toEqual(['value_out_of_range']);
	});

	it('writes out a small number in E notation', () => {
		expect(checked('1.5E+3')).toEqual({ value: '1500', warnings: [] });
	});

	it('nulls text that is not a number with unreadable_number', () => {
		expect(checked('一百万')).toMatchObject({
			value: null,
			warnings: [{ code: 'unreadable_number', text: '一百万' }]
		});
	});

	it('nulls a total score of 1e9 (DECIMAL(12,4) holds less than 1e8)', () => {
		expect(checked('1000000000', 'points').warnings.map((w) => w.code)).toEqual([
			'value_out_of_range'
		]);
	});

	it('nulls a completion ratio of 1e21 rather than letting the cast fail', () => {
		expect(checked('1000000000000000000000', 'ratio').value).toBeNull();
	});

	it('treats an absent value as null without a warning', () => {
		expect(checked(null)).toEqual({ value: null, warnings: [] });
	});
});

describe('ValueChecker.negative', () => {
	it('warns about a negative budget and keeps it', () => {
		const check = new ValueChecker();
		check.negative('-8285000.00', '全年预算数');
		expect(check.warnings).toEqual([
			{
				code: 'negative_amount',
				message: '全年预算数为负数（-8285000.00），请核对原表',
				text: '-8285000.00'
			}
		]);
	});

	it('says nothing of zero or a positive amount', () => {
		const check = new ValueChecker();
		check.negative('-0.00', '全年预算数');
		check.negative('0', '全年预算数');
		check.negative('12', '全年预算数');
		expect(check.warnings).toEqual([]);
	});
});

describe('ValueChecker.integer', () => {
	it('nulls a year beyond INTEGER with value_out_of_range', () => {
		const check = new ValueChecker();
		expect(check.integer(2 ** 40, '年度')).toBeNull();
		expect(check.warnings.map((w) => w.code)).toEqual(['value_out_of_range']);
	});
});

describe('ValueChecker.text', () => {
	it('strips a right-to-left override from a name and warns, showing where it was', () => {
		const check = new ValueChecker();
		expect(check.text('\u202e项目甲', '项目名称')).toBe('项目甲');
		expect(check.warnings).toEqual([
			{
				code: 'bidi_control',
				message: '项目名称含双向控制字符（会使文字显示颠倒），已移除',
				text: '[U+202E]项目甲'
			}
		]);
	});

	it('passes ordinary text through without a warning', () => {
		const check = new ValueChecker();
		expect(check.text('高技能人才工作专项', '项目名称')).toBe('高技能人才工作专项');
		expect(check.warnings).toEqual([]);
	});
});
