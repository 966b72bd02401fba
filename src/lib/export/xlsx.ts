/**
 * The XLSX download, built with exceljs (imported only when a file is asked for): a title row,
 * the unit and the filters, a frozen header row with an autofilter, numbers as numbers with
 * their number formats, the 合计 row, column widths, A4 print setup; a second sheet names the
 * data sources, the dataset version and the time of export.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Manifest } from '../dataset/manifest.ts';
import { formatCell } from '../format/cell.ts';
import { exportCell, formatStamp, type ExportTable } from './cells.ts';

export interface ExportMeta {
	manifest: Pick<Manifest, 'version' | 'built_at' | 'counts' | 'sources'>;
	exportedAt: Date;
}

type ExcelModule = typeof import('exceljs');

/** exceljs, loaded on first use (its browser build is ~1 MB: kept out of the page bundle). */
export async function loadExcel(): Promise<ExcelModule> {
	const mod = await import('exceljs');
	return (mod as unknown as { default?: ExcelModule }).default ?? mod;
}

/** The first rows above the table: title, unit and version, filters; the header follows. */
export const HEADER_ROW = 4;
export const SOURCES_SHEET = '数据来源';
const SOURCE_KIND = { real: '真实', demo: '示例数据', uploaded: '上传（本浏览器导入）' } as const;

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFB7C2CF' } } as const;

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters. */
function sheetName(title: string): string {
	return (
		title
			.replace(/[[\]:*?/\\]/g, ' ')
			.trim()
			.slice(0, 31) || '数据'
	);
}

/** Display width of text in Excel's character units: a CJK character counts two. */
function textWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
	return width;
}

function writeTable(sheet: Worksheet, table: ExportTable): void {
	const n = table.columns.length;
	const header = sheet.getRow(HEADER_ROW);
	table.columns.forEach((c, i) => {
		const cell = header.getCell(i + 1);
		cell.value = c.label;
		cell.font = { bold: true };
		cell.fill = HEADER_FILL;
		cell.border = { bottom: THIN, top: THIN };
		cell.alignment = {
			vertical: 'middle',
			horizontal: c.kind === 'text' ? 'left' : 'right',
			wrapText: true
		};
	});
	const put = (rowIndex: number, values: (key: string) => unknown) => {
		const row = sheet.getRow(rowIndex);
		table.columns.forEach((c, i) => {
			const value = exportCell(values(c.key) as Parameters<typeof exportCell>[0], c.kind);
			const cell = row.getCell(i + 1);
			if (value.type === 'text') cell.value = value.value;
			else if (value.type === 'number') {
				cell.value = value.value;
				cell.numFmt = value.numFmt;
			}
		});
		return row;
	};
	table.rows.forEach((r, i) => put(HEADER_ROW + 1 + i, (k) => r[k]));
	const last = HEADER_ROW + table.rows.length;
	if (table.total) {
		const total = table.total;
		const row = put(last + 1, (k) => total[k]);
		row.getCell(1).value = table.totalLabel ?? '合计';
		row.eachCell({ includeEmpty: true }, (cell, col) => {
			if (col > n) return;
			cell.font = { bold: true };
			cell.border = { top: THIN, bottom: THIN };
		});
	}
	sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: last, column: n } };
	sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: 'B5' }];
	table.columns.forEach((c, i) => {
		const texts = [...table.rows, table.total ?? {}].map((r) =>
			formatCell(r[c.key] ?? null, c.kind)
		);
		const widest = Math.max(textWidth(c.label) / 2 + 2, ...texts.map(textWidth));
		sheet.getColumn(i + 1).width = Math.min(c.kind === 'text' ? 48 : 22, Math.max(9, widest + 2));
	});
}

function writeHeading(sheet: Worksheet, table: ExportTable, meta: ExportMeta): void {
	const n = Math.max(1, table.columns.length);
	const lines = [
		table.title,
		`单位：万元（金额）；执行率、变化率为百分比；数据版本：${meta.manifest.version}；导出时间：${formatStamp(meta.exportedAt, '-', true)}`,
		`筛选条件：${table.filters}`
	];
	lines.forEach((text, i) => {
		sheet.mergeCells(i + 1, 1, i + 1, n);
		const cell = sheet.getCell(i + 1, 1);
		cell.value = text;
		cell.font = i === 0 ? { bold: true, size: 14 } : { size: 10, color: { argb: 'FF5B6776' } };
		cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: i === 2 };
	});
	sheet.getRow(1).height = 24;
}

function writeSources(book: Workbook, table: ExportTable, meta: ExportMeta): void {
	const sheet = book.addWorksheet(SOURCES_SHEET);
	const m = meta.manifest;
	const facts: [string, string | number][] = [
		['表格', table.title],
		['数据版本', m.version],
		['数据集生成时间', formatStamp(new Date(m.built_at), '-', true)],
		['导出时间', formatStamp(meta.exportedAt, '-', true)],
		['筛选条件', table.filters],
		['表单数', m.counts.forms],
		['其中真实表单', m.counts.by_origin.real],
		['其中示例数据（生成器产生，非真实自评表）', m.counts.by_origin.demo],
		['其中上传数据（在本浏览器导入）', m.counts.by_origin.uploaded ?? 0]
	];
	sheet.getCell('A1').value = '数据来源与版本';
	sheet.getCell('A1').font = { bold: true, size: 14 };
	facts.forEach(([label, value], i) => {
		sheet.getCell(i + 2, 1).value = label;
		sheet.getCell(i + 2, 1).font = { bold: true };
		sheet.getCell(i + 2, 2).value = value;
	});
	const start = facts.length + 3;
	['源文件', '类型', '表单数', 'SHA-256'].forEach((label, i) => {
		const cell = sheet.getCell(start, i + 1);
		cell.value = label;
		cell.font = { bold: true };
		cell.fill = HEADER_FILL;
	});
	m.sources.forEach((s, i) => {
		const row = sheet.getRow(start + 1 + i);
		row.getCell(1).value = s.file;
		row.getCell(2).value = SOURCE_KIND[s.origin];
		row.getCell(3).value = s.forms;
		row.getCell(4).value = s.sha256;
	});
	sheet.views = [{ state: 'frozen', ySplit: start }];
	sheet.getColumn(1).width = 56;
	sheet.getColumn(2).width = 24;
	sheet.getColumn(3).width = 10;
	sheet.getColumn(4).width = 68;
}

/** The workbook of a table: the table sheet first, then the sources sheet. */
function buildWorkbook(excel: ExcelModule, table: ExportTable, meta: ExportMeta): Workbook {
	const book = new excel.Workbook();
	book.creator = 'BudgetLens 预算绩效透视';
	book.created = meta.exportedAt;
	const sheet = book.addWorksheet(sheetName(table.title), {
		pageSetup: {
			paperSize: 9,
			orientation: table.columns.length > 7 ? 'landscape' : 'portrait',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0,
			printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`
		}
	});
	writeHeading(sheet, table, meta);
	writeTable(sheet, table);
	writeSources(book, table, meta);
	return book;
}

/** The XLSX file's bytes. */
export async function xlsxBytes(table: ExportTable, meta: ExportMeta): Promise<Uint8Array> {
	const book = buildWorkbook(await loadExcel(), table, meta);
	return new Uint8Array(await book.xlsx.writeBuffer());
}
