/**
 * Forms as an .xlsx workbook written by exceljs, a layout's grid (official-grid.ts, or a
 * template's) with its merges and numbers stored as numbers (amounts `#,##0.00`, or `0.0000`
 * where 万元 print four decimals; rates as fractions under `0.00%`): one sheet per form, or every
 * form down one sheet.
 */
import type { FormRecord } from '../model/form.ts';
import { officialFormGrid, type FormGrid, type LayoutCell } from './official-grid.ts';

type ExcelModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

const places = (number: string) => number.split('.')[1]?.length ?? 0;

/** The number format that prints the value as the form does. */
function numberFormat(value: NonNullable<LayoutCell['value']>): string {
	const zeros = (n: number) => (n ? `.${'0'.repeat(n)}` : '');
	if (value.format === 'percent') return `0${zeros(places(value.number))}%`;
	if (value.format === 'amount') return `#,##0${zeros(Math.max(2, places(value.number)))}`;
	return 'General';
}

function writeCell(sheet: Worksheet, top: number, cell: LayoutCell) {
	const target = sheet.getCell(top + cell.row + 1, cell.col + 1);
	if (cell.value) {
		const n = Number(cell.value.number);
		target.value = cell.value.format === 'percent' ? Number((n / 100).toPrecision(15)) : n;
		target.numFmt = numberFormat(cell.value);
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

/** Column widths: the official layout's, else equal ones filling about the same page width. */
const widthsOf = (columns: number) =>
	columns === WIDTHS.length
		? WIDTHS
		: Array.from({ length: columns }, () => Math.max(7, Math.round(130 / columns)));

/** Lines a cell's text wraps to in its width (a CJK character is two width units). */
function lines(cell: LayoutCell, widths: number[]): number {
	let width = 0;
	for (const ch of cell.text) width += ch.charCodeAt(0) < 0x2000 ? 1 : 2;
	const room = widths.slice(cell.col, cell.col + cell.colSpan).reduce((s, w) => s + w, 0) - 1;
	return Math.max(1, Math.ceil(width / room));
}

/**
 * Draws forms down one sheet, one empty row between them. Row heights are set for the wrapped
 * text, as Excel's autofit would (LibreOffice prints a row at its stored height, cutting text).
 */
function drawForms(sheet: Worksheet, records: FormRecord[], grid: FormGrid) {
	const layouts = records.map(grid);
	const widths = widthsOf(Math.max(...layouts.map((l) => l.columns)));
	sheet.columns = widths.map((width) => ({ width }));
	let top = 0;
	for (const { cells } of layouts) {
		for (const cell of cells) writeCell(sheet, top, cell);
		const rows = Math.max(...cells.map((c) => c.row + c.rowSpan));
		for (let r = 0; r < rows; r++) {
			const needed = cells
				.filter((c) => c.row === r && c.rowSpan === 1)
				.map((c) => lines(c, widths));
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

/**
 * The workbook's bytes: a sheet per form (`sheetPerForm`), else one sheet holding them all;
 * `grid` is the layout (the official one by default).
 */
export async function renderXlsx(
	Excel: ExcelModule,
	records: FormRecord[],
	sheetPerForm = true,
	grid: FormGrid = officialFormGrid
): Promise<Uint8Array> {
	const workbook = new Excel.Workbook();
	if (sheetPerForm)
		records.forEach((record, i) => drawForms(workbook.addWorksheet(`表${i + 1}`), [record], grid));
	else drawForms(workbook.addWorksheet('自评表'), records, grid);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
