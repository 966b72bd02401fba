import { describe, expect, it } from 'vitest';
import {
	columnWidthEm,
	PRINT_WIDTH_EM,
	splitColumns,
	textWidthEm,
	type PrintColumn
} from '../../src/lib/components/print-columns.ts';

const name: PrintColumn = { label: '部门', kind: 'text', wide: true };
const measure = (group: string): PrintColumn[] =>
	['2022年', '2023年', '变化', '变化率'].map((label) => ({ label, kind: 'amount', group }));

describe('textWidthEm', () => {
	it('counts a Chinese character as 1 em and a digit as 0.6', () =>
		expect(textWidthEm('合计12')).toBeCloseTo(3.2));
});

describe('columnWidthEm', () => {
	it('gives a number column its widest cell, never wrapped', () =>
		expect(columnWidthEm({ label: '变化', kind: 'amount' }, ['1,234.56', '12.00'])).toBeCloseTo(
			8 * 0.6 + 1
		));

	it('leaves room for the ▲/● mark of a column with tones', () =>
		expect(
			columnWidthEm({ label: '执行率', kind: 'rate', tone: () => null }, ['50.79%'])
		).toBeCloseTo(6 * 0.6 + 1.6 + 1));

	it('keeps a name column at least 8 em wide, however short its names', () =>
		expect(columnWidthEm(name, ['局'])).toBe(9));

	it('lets a long name wrap beyond 12 em', () =>
		expect(columnWidthEm(name, ['上海市人力资源和社会保障局高技能人才培养基地'])).toBe(13));
});

describe('splitColumns', () => {
	const columns = [name, ...measure('调整后预算'), ...measure('执行数'), ...measure('结余')];
	const widths = columns.map((c) => (c.kind === 'text' ? 10 : 6));

	it('keeps a table that fits in one part', () =>
		expect(splitColumns(columns, widths, 100)).toEqual([columns.map((_, i) => i)]));

	it('splits a wide table into parts each starting with the name column', () =>
		expect(splitColumns(columns, widths, 60)).toEqual([
			[0, 1, 2, 3, 4, 5, 6, 7, 8],
			[0, 9, 10, 11, 12]
		]));

	it('never splits the columns under one heading', () =>
		expect(splitColumns(columns, widths, 40)).toEqual([
			[0, 1, 2, 3, 4],
			[0, 5, 6, 7, 8],
			[0, 9, 10, 11, 12]
		]));

	it('repeats every leading text column (项目 and 主管部门)', () => {
		const withDepartment = [
			name,
			{ label: '主管部门', kind: 'text' as const },
			...columns.slice(1)
		];
		const parts = splitColumns(withDepartment, [10, 8, ...widths.slice(1)], 50);
		expect(parts.every((p) => p[0] === 0 && p[1] === 1)).toBe(true);
		expect(parts.flatMap((p) => p.slice(2))).toEqual(withDepartment.slice(2).map((_, i) => i + 2));
	});

	it('fits eleven measures of a landscape 对比 in parts no wider than the page', () => {
		const many = [name, ...Array.from({ length: 11 }, (_, k) => measure(`m${k}`)).flat()];
		const w = many.map((c) =>
			columnWidthEm(c, c.kind === 'text' ? ['上海市教育委员会'] : ['-12,345.67'])
		);
		const parts = splitColumns(many, w, PRINT_WIDTH_EM.landscape);
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts)
			expect(part.reduce((sum, i) => sum + w[i]!, 0)).toBeLessThanOrEqual(PRINT_WIDTH_EM.landscape);
	});
});
