import { describe, expect, it } from 'vitest';
import { csvBytes, quoteField, toCsv } from '../../src/lib/export/csv.ts';
import { TABLE } from './table.ts';

const lines = () => toCsv(TABLE).split('\r\n');

describe('csvBytes', () => {
	it('starts with the UTF-8 byte-order mark EF BB BF', () => {
		expect([...csvBytes(TABLE).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('encodes the Chinese as UTF-8 after the mark', () => {
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes(TABLE));
		expect(text.startsWith('\uFEFF部门,年度,调整后预算（万元）')).toBe(true);
	});
});

describe('toCsv', () => {
	it('writes the header row first, CRLF-terminated', () => {
		expect(lines()[0]).toBe('部门,年度,调整后预算（万元）,执行率,总分,失分指标数');
		expect(toCsv(TABLE).endsWith('\r\n')).toBe(true);
	});

	it('writes numbers exactly, amounts in 万元 and rates as percentages', () => {
		expect(lines()[1]).toBe('上海市人力资源和社会保障局,2021,2684.50,35.91%,92.96,3');
	});

	it('neutralises a formula and quotes it per RFC 4180', () => {
		expect(lines()[2]).toBe(`"'=HYPERLINK(""http://x"",""y"")",2022,0.123456,100.00%,80.50,0`);
	});

	it('quotes commas, quotes and line breaks, and leaves missing values empty', () => {
		expect(toCsv(TABLE)).toContain('"逗号, ""引号"" 与\n换行",2023,-0.05,,,12\r\n');
	});

	it('ends with the 合计 row', () => {
		expect(lines().at(-2)).toBe('合计,,2684.573456,36.00%,86.73,15');
	});
});

describe('quoteField', () => {
	it('leaves a plain field unquoted', () => {
		expect(quoteField('上海')).toBe('上海');
	});

	it('doubles inner quotes', () => {
		expect(quoteField('a"b')).toBe('"a""b"');
	});
});
