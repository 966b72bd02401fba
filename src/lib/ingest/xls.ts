/**
 * .xls workbooks (BIFF, Excel 97–2003) → blocks with SheetJS (`@e965/xlsx`, see README for the
 * choice): every visible sheet as one table, merges (`!merges`) as spans, hidden rows and
 * columns left out.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { Block, GridCell } from './blocks.ts';
import { numberText } from './cell-number.ts';

function cellText(cell: CellObject | undefined): string {
	if (!cell || cell.v === undefined || cell.v === null) return '';
	if (cell.t === 'n' && typeof cell.v === 'number')
		return numberText(cell.v, cell.z as string | undefined);
	if (cell.t === 'e') return '';
	if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
	return String(cell.v);
}

function sheetTable(sheet: WorkSheet, utils: typeof import('@e965/xlsx').utils): GridCell[] {
	if (!sheet['!ref']) return [];
	const range = utils.decode_range(sheet['!ref']);
	const covered = new Set<string>();
	const spans = new Map<string, { rowSpan: number; colSpan: number }>();
	for (const m of sheet['!merges'] ?? []) {
		spans.set(`${m.s.r},${m.s.c}`, { rowSpan: m.e.r - m.s.r + 1, colSpan: m.e.c - m.s.c + 1 });
		for (let r = m.s.r; r <= m.e.r; r++)
			for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
	}
	// hidden rows and columns (helper columns, working rows) are not printed: left out
	const hiddenRows = new Set((sheet['!rows'] ?? []).flatMap((row, r) => (row?.hidden ? [r] : [])));
	const hiddenCols = new Set((sheet['!cols'] ?? []).flatMap((col, c) => (col?.hidden ? [c] : [])));
	const cells: GridCell[] = [];
	for (let r = range.s.r; r <= range.e.r; r++) {
		if (hiddenRows.has(r)) continue;
		const row: GridCell[] = [];
		for (let c = range.s.c; c <= range.e.c; c++) {
			if (covered.has(`${r},${c}`) || hiddenCols.has(c)) continue;
			const text = cellText(sheet[utils.encode_cell({ r, c })] as CellObject | undefined);
			row.push({ row: r, col: c, ...(spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 }), text });
		}
		// empty cells inside a row are placeholders; those after its last filled cell are not
		while (row.length && !row.at(-1)?.text) row.pop();
		cells.push(...row);
	}
	return cells;
}

/** Reads every visible sheet of an .xls (or other SheetJS-readable) workbook. */
export async function readXls(bytes: Uint8Array): Promise<Block[]> {
	const XLSX = await import('@e965/xlsx');
	const workbook = XLSX.read(bytes, {
		type: 'array',
		cellNF: true,
		cellDates: true,
		cellStyles: true,
		dense: false
	});
	const hidden = new Set(
		(workbook.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name)
	);
	return workbook.SheetNames.filter((name) => !hidden.has(name)).map((name) => ({
		kind: 'table' as const,
		cells: sheetTable(workbook.Sheets[name]!, XLSX.utils)
	}));
}
