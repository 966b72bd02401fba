/**
 * .xlsx workbooks → blocks with exceljs: every visible sheet in order, one table per sheet with
 * its merged cells as spans, numbers shown as their number format shows them (a formula's cached
 * result too), hidden rows and columns left out.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Block, GridCell } from './blocks.ts';
import { numberText } from './cell-number.ts';

type ExcelModule = typeof import('exceljs');

async function loadExcel(): Promise<ExcelModule> {
	const mod = await import('exceljs');
	return (mod as unknown as { default?: ExcelModule }).default ?? mod;
}

/** The text a cell shows: rich text joined, a formula's cached result, numbers formatted. */
function cellText(cell: Cell): string {
	const value = cell.value;
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return numberText(value, cell.numFmt);
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
		// exceljs drops a cached result of 0 from the value; its model keeps it
		const result =
			('result' in value ? value.result : undefined) ?? (cell.model as { result?: unknown }).result;
		if (typeof result === 'number') return numberText(result, cell.numFmt);
		return result === undefined || result === null || typeof result === 'object'
			? ''
			: String(result);
	}
	if ('text' in value && typeof value.text === 'string') return value.text;
	if ('error' in value) return '';
	return String(cell.text ?? '');
}

/** Merged ranges keyed by their top-left address: `A1:J1` → spans. */
function mergeSpans(sheet: Worksheet): Map<string, { rowSpan: number; colSpan: number }> {
	const spans = new Map<string, { rowSpan: number; colSpan: number }>();
	for (const range of sheet.model.merges ?? []) {
		const [from = '', to = from] = range.split(':');
		const a = sheet.getCell(from);
		const b = sheet.getCell(to);
		spans.set(a.address, {
			rowSpan: Number(b.row) - Number(a.row) + 1,
			colSpan: Number(b.col) - Number(a.col) + 1
		});
	}
	return spans;
}

/**
 * The sheet's cells as the printed sheet shows them: hidden rows and columns (helper columns,
 * working rows) left out, their slots kept so merges stay in place.
 */
function sheetTable(sheet: Worksheet): GridCell[] {
	const spans = mergeSpans(sheet);
	const cells: GridCell[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, r) => {
		if (row.hidden) return;
		row.eachCell({ includeEmpty: true }, (cell, c) => {
			if (sheet.getColumn(c).hidden) return;
			// a slot a merge covers holds no cell of its own; an empty cell stays (a placeholder)
			if (cell.isMerged && cell.master.address !== cell.address) return;
			const span = spans.get(cell.address) ?? { rowSpan: 1, colSpan: 1 };
			cells.push({ row: r - 1, col: c - 1, ...span, text: cellText(cell) });
		});
	});
	return cells;
}

/** Reads every sheet of an .xlsx file; throws on a file that is not a readable workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<Block[]> {
	const Excel = await loadExcel();
	const workbook: Workbook = new Excel.Workbook();
	await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	const blocks: Block[] = [];
	workbook.eachSheet((sheet) => {
		if (sheet.state !== 'visible') return;
		blocks.push({ kind: 'table', cells: sheetTable(sheet) });
	});
	return blocks;
}
