/**
 * Forms as an .xlsx workbook written by exceljs, the official layout's grid (official-grid.ts)
 * with its merges and numbers stored as numbers (amounts `#,##0.00`, rates `0.00%`): one sheet
 * per form, or every form down one sheet.
 */
import type { FormRecord } from '../model/form.ts';
import { officialGrid, type LayoutCell } from './official-grid.ts';

type ExcelModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

const FORMATS = { amount: '#,##0.00', percent: '0.00%', plain: 'General' } as const;

function writeCell(sheet: Worksheet, top: number, cell: LayoutCell) {
	const target = sheet.getCell(top + cell.row + 1, cell.col + 1);
	if (cell.value) {
		const n = Number(cell.value.number);
		target.value = cell.value.format === 'percent' ? Number((n / 100).toPrecision(15)) : n;
		target.numFmt = FORMATS[cell.value.format];
	} else target.value = cell.text;
	target.alignment = { wrapText: true, vertical: 'middle' };
	target.border = {
		top: { style: 'thin' },
		left: { style: 'thin' },
		bottom: { style: 'thin' },
		right: { style: 'thin' }
	};
	if (cell.rowSpan > 1 || cell.colSpan > 1)
		sheet.mergeCells(
			top + cell.row + 1,
			cell.col + 1,
			top + cell.row + cell.rowSpan,
			cell.col + cell.colSpan
		);
}

const WIDTHS = [12, 12, 12, 22, 14, 14, 14, 8, 10, 8];

/** Lines a cell's text wraps to in its width (a CJK character is two width units). */
function lines(cell: LayoutCell): number {
	let width = 0;
	for (const ch of cell.text) width += ch.charCodeAt(0) < 0x2000 ? 1 : 2;
	const room = WIDTHS.slice(cell.col, cell.col + cell.colSpan).reduce((s, w) => s + w, 0) - 1;
	return Math.max(1, Math.ceil(width / room));
}

/**
 * Draws forms down one sheet, one empty row between them. Row heights are set for the wrapped
 * text, as Excel's autofit would (LibreOffice prints a row at its stored height, cutting text).
 */
function drawForms(sheet: Worksheet, records: FormRecord[]) {
	sheet.columns = WIDTHS.map((width) => ({ width }));
	let top = 0;
	for (const record of records) {
		const cells = officialGrid(record);
		for (const cell of cells) writeCell(sheet, top, cell);
		const rows = Math.max(...cells.map((c) => c.row + c.rowSpan));
		for (let r = 0; r < rows; r++) {
			const needed = cells.filter((c) => c.row === r && c.rowSpan === 1).map(lines);
			sheet.getRow(top + r + 1).height = 15 * Math.max(1, ...needed);
		}
		top += rows + 1;
	}
	sheet.pageSetup = {
		paperSize: 9,
		orientation: 'portrait',
		fitToPage: true,
		fitToWidth: 1,
		fitToHeight: 0
	};
}

/** The workbook's bytes: a sheet per form (`sheetPerForm`), else one sheet holding them all. */
export async function renderXlsx(
	Excel: ExcelModule,
	records: FormRecord[],
	sheetPerForm = true
): Promise<Uint8Array> {
	const workbook = new Excel.Workbook();
	if (sheetPerForm)
		records.forEach((record, i) => drawForms(workbook.addWorksheet(`表${i + 1}`), [record]));
	else drawForms(workbook.addWorksheet('自评表'), records);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
