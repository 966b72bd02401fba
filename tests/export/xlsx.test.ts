import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER_ROW, SOURCES_SHEET, xlsxBytes } from '../../src/lib/export/xlsx.ts';
import { META, TABLE } from './table.ts';

let book: ExcelJS.Workbook;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
	const bytes = await xlsxBytes(TABLE, META);
	book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes.buffer as ArrayBuffer);
	sheet = book.worksheets[0]!;
});

describe('xlsxBytes read back with exceljs', () => {
	it('titles the sheet and its first row after the table', () => {
		expect(sheet.name).toBe('各部门对比（2022年 与 2023年）');
		expect(sheet.getCell('A1').value).toBe(TABLE.title);
	});

	it('states the unit, the dataset version, the time of export and the filters', () => {
		expect(String(sheet.getCell('A2').value)).toContain('单位：万元');
		expect(String(sheet.getCell('A2').value)).toContain('数据版本：6f30b4345c16c279');
		expect(String(sheet.getCell('A2').value)).toContain('导出时间：2024-01-31 09:05');
		expect(sheet.getCell('A3').value).toBe(`筛选条件：${TABLE.filters}`);
	});

	it('has Chinese headers in the header row', () => {
		expect(sheet.getRow(HEADER_ROW).values).toEqual([
			undefined,
			'部门',
			'年度',
			'调整后预算（万元）',
			'执行率',
			'总分',
			'失分指标数'
		]);
	});

	it('stores amounts as numbers of 万元 with a two-decimal format', () => {
		const cell = sheet.getCell(HEADER_ROW + 1, 3);
		expect(cell.value).toBe(2684.5);
		expect(cell.numFmt).toBe('#,##0.00');
	});

	it('stores rates as fractions with a percentage format', () => {
		const cell = sheet.getCell(HEADER_ROW + 1, 4);
		expect(cell.value).toBe(0.3591);
		expect(cell.numFmt).toBe('0.00%');
	});

	it('stores points, counts and years as numbers', () => {
		expect(sheet.getCell(HEADER_ROW + 1, 5).value).toBe(92.96);
		expect(sheet.getCell(HEADER_ROW + 1, 6).value).toBe(3);
		expect(sheet.getCell(HEADER_ROW + 1, 2).value).toBe(2021);
	});

	it('writes a formula-looking name as a plain string cell, never a formula', () => {
		const cell = sheet.getCell(HEADER_ROW + 2, 1);
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.value).toBe('=HYPERLINK("http://x","y")');
		expect(cell.formula).toBeUndefined();
	});

	it('leaves missing values empty', () => {
		expect(sheet.getCell(HEADER_ROW + 3, 4).value).toBeNull();
	});

	it('freezes the rows down to the header', () => {
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
	});

	it('puts an autofilter on the header over the data rows', () => {
		expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:F${HEADER_ROW + 3}`);
	});

	it('ends with a bold 合计 row of numbers', () => {
		const row = sheet.getRow(HEADER_ROW + 4);
		expect(row.getCell(1).value).toBe('合计');
		expect(row.getCell(1).font.bold).toBe(true);
		expect(row.getCell(3).value).toBe(2684.573456);
		expect(row.getCell(4).value).toBe(0.36);
	});

	it('sets column widths', () => {
		expect(sheet.getColumn(1).width).toBeGreaterThan(20);
		expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(9);
	});

	it('adds a second sheet with the sources, the version and the time of export', () => {
		const sources = book.getWorksheet(SOURCES_SHEET)!;
		expect(book.worksheets.map((s) => s.name)).toEqual([sheet.name, SOURCES_SHEET]);
		const text = JSON.stringify(sources.getSheetValues());
		expect(text).toContain('6f30b4345c16c279');
		expect(text).toContain('data/forms/shanghai-2021-hrss.txt');
		expect(text).toContain('2024-01-31 09:05');
	});
});
