import { describe, expect, it } from 'vitest';
import {
	exportCell,
	exportFileName,
	looksLikeFormula,
	neutraliseText,
	yuanToWan
} from '../../src/lib/export/cells.ts';

describe('neutraliseText', () => {
	it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
		'prefixes %j with a quote',
		(text) => {
			expect(looksLikeFormula(text)).toBe(true);
			expect(neutraliseText(text)).toBe(`'${text}`);
		}
	);

	it('leaves ordinary Chinese text alone', () => {
		expect(neutraliseText('上海市教育委员会')).toBe('上海市教育委员会');
	});
});

describe('yuanToWan', () => {
	it('divides by ten thousand without a float', () => {
		expect(yuanToWan('26845000.01').toFixed()).toBe('2684.500001');
	});
});

describe('exportCell', () => {
	it('writes an amount in 元 as a number of 万元 with two decimals shown', () => {
		expect(exportCell('26845000.00', 'amount')).toEqual({
			type: 'number',
			value: 2684.5,
			text: '2684.50',
			numFmt: '#,##0.00'
		});
	});

	it('keeps a rate as a fraction with a percentage format, and writes 35.91% to CSV', () => {
		expect(exportCell('0.3591', 'rate')).toEqual({
			type: 'number',
			value: 0.3591,
			text: '35.91%',
			numFmt: '0.00%'
		});
	});

	it('writes negative numbers as numbers, not as neutralised text', () => {
		expect(exportCell('-500.00', 'amount')).toMatchObject({ type: 'number', value: -0.05 });
	});

	it('leaves a missing value empty', () => {
		expect(exportCell(null, 'points')).toEqual({ type: 'empty' });
	});

	it('keeps text as text', () => {
		expect(exportCell('=1+1', 'text')).toEqual({ type: 'text', value: '=1+1' });
	});
});

describe('exportFileName', () => {
	it('names the file after the title and the date in China', () => {
		expect(exportFileName('各部门对比 / 2023', new Date('2024-01-31T17:00:00Z'), 'csv')).toBe(
			'各部门对比_2023_20240201.csv'
		);
	});
});
