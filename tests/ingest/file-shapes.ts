/**
 * Real-world shapes of office files, made from generated forms (no third-party file copied):
 * what departments' office software does to a form that our plain renderers do not. Each shape
 * changes how the file looks, never what the form says, so the forms must read back the same.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { templateGrid, type TemplateCode } from '../../src/lib/generate/index.ts';
import type { FormGrid, LayoutCell } from '../../src/lib/generate/official-grid.ts';
import { renderDocx } from '../../src/lib/generate/render-docx.ts';
import { renderHtmlPage } from '../../src/lib/generate/render-html.ts';
import { renderXlsx } from '../../src/lib/generate/render-xlsx.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';

/** Long text cells broken with Alt+Enter (workbook), `<br>` (web page), `<w:br/>` (Word). */
export const withLineBreaks =
	(grid: FormGrid): FormGrid =>
	(record) => {
		const { cells, columns } = grid(record);
		const broken = (cell: LayoutCell): LayoutCell => {
			const chars = [...cell.text];
			// a title across the table is a heading, not a cell a line breaks in
			if (cell.value || cell.colSpan === columns || chars.length < 6 || /\d/.test(cell.text))
				return cell;
			const half = Math.ceil(chars.length / 2);
			return { ...cell, text: `${chars.slice(0, half).join('')}\n${chars.slice(half).join('')}` };
		};
		return { cells: cells.map(broken), columns };
	};

/** A blank margin column before the form and a blank spacer row after its funds. */
export const withSpacers =
	(grid: FormGrid): FormGrid =>
	(record) => {
		const { cells, columns } = grid(record);
		// the first row no merged cell crosses, after the title rows
		const crossing = (r: number) => cells.some((c) => c.row < r && c.row + c.rowSpan > r);
		const rows = Math.max(...cells.map((c) => c.row + c.rowSpan));
		let at = 4;
		while (at < rows && crossing(at)) at++;
		const moved = cells.map((c) => ({
			...c,
			col: c.col + 1,
			row: c.row >= at ? c.row + 1 : c.row
		}));
		const blank = (row: number, col: number): LayoutCell => ({
			row,
			col,
			rowSpan: 1,
			colSpan: 1,
			text: ''
		});
		const spacerRow = Array.from({ length: columns + 1 }, (_, col) => blank(at, col));
		const margin = Array.from({ length: rows + 1 }, (_, row) => blank(row, 0)).filter(
			(c) => c.row !== at
		);
		return { cells: [...moved, ...spacerRow, ...margin], columns: columns + 1 };
	};

/**
 * A workbook as finance offices keep it: every number a formula with its cached result, a hidden
 * helper column and a hidden working row full of figures that are not the form's.
 */
export async function workbookAsKept(
	records: FormRecord[],
	grid: FormGrid,
	hiddenRow = true
): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load((await renderXlsx(ExcelJS, records, true, grid)) as unknown as ArrayBuffer);
	book.eachSheet((sheet) => {
		const width = sheet.columnCount;
		sheet.eachRow((row) =>
			row.eachCell((cell) => {
				if (typeof cell.value === 'number')
					cell.value = { formula: `ROUND(${cell.value},6)`, result: cell.value };
			})
		);
		const helper = sheet.getColumn(width + 1);
		helper.hidden = true;
		sheet.eachRow((row, r) => (row.getCell(width + 1).value = r * 1000));
		if (!hiddenRow) return;
		const working = sheet.getRow(sheet.rowCount + 1);
		working.values = ['辅助计算', 123.45, 0.5, '=不打印'];
		working.hidden = true;
	});
	return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * A web page as CMS editors and Word's "save as web page" leave it: the form inside a layout
 * table, `&nbsp;` in blank cells, inline styles and `<span>`/`<font>`/`<p class=MsoNormal>`
 * around every cell's text, `<br>` for line breaks.
 */
export function pageAsPublished(records: FormRecord[], grid: FormGrid): string {
	const page = renderHtmlPage(records, { grid: withLineBreaks(grid) });
	return page
		.replace(
			/<table class="zpb">/g,
			'<table width="100%"><tr><td align="center"><table class="zpb" border="1" cellspacing="0" style="border-collapse:collapse;mso-table-layout-alt:fixed">'
		)
		.replace(/<\/table>/g, '</table></td></tr></table>')
		.replace(/<(td|th)([^>]*)><\/\1>/g, '<$1$2>&nbsp;</$1>')
		.replace(
			/<(td|th)([^>]*)>([^<]+)<\/\1>/g,
			(_, tag: string, attributes: string, text: string) =>
				`<${tag}${attributes} style="mso-number-format:'\\@';font-family:宋体" valign="middle"><p class="MsoNormal" align="center"><span style="font-size:10.5pt"><font face="宋体">${text.replace(/\n/g, '<br>\n')}</font></span></p></${tag}>`
		);
}

/** A web page whose long cells (goals, notes) hold their text in a one-cell table of their own. */
export function pageWithSubTables(records: FormRecord[], grid: FormGrid): string {
	return renderHtmlPage(records, { grid }).replace(
		/<td([^>]*)>([^<]{25,})<\/td>/g,
		'<td$1><table border="0" width="100%"><tr><td style="text-align:left">$2</td></tr></table></td>'
	);
}

/**
 * A Word file as offices edit one: every run split (proofing marks, one run per few characters),
 * a cell's lines as paragraphs, the indicator table split across pages into two tables whose
 * second repeats the header row (marked to repeat), the goals inside a nested table.
 */
export async function documentAsEdited(records: FormRecord[], grid: FormGrid): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(await renderDocx(JSZip, records, withLineBreaks(grid)));
	let xml = await zip.file('word/document.xml')!.async('string');
	const split = '</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">';
	xml = xml.replace(
		/<w:t xml:space="preserve">([^<]*)<\/w:t>/g,
		(_, text: string) =>
			`<w:t xml:space="preserve">${(text.match(/[\s\S]{1,3}/g) ?? []).join(split)}</w:t>`
	);
	xml = xml.replace(/<w:br\/>/g, '</w:r></w:p><w:p><w:r>');
	xml = xml.replace(/<w:tbl>([\s\S]*?)<\/w:tbl>/g, (table: string) => splitTable(table));
	zip.file('word/document.xml', xml);
	return zip.generateAsync({ type: 'uint8array' });
}

/** The table cut before its third row after the indicator header, the header row repeated. */
function splitTable(table: string): string {
	const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
	const head = rows.findIndex((row) => /三级指标|指标名称/.test(row.replace(/<[^>]+>/g, '')));
	if (head < 0 || head + 3 >= rows.length) return table;
	const props = table.slice(0, table.indexOf('<w:tr>'));
	const header = rows[head]!.replace('<w:tr>', '<w:tr><w:trPr><w:tblHeader/></w:trPr>');
	const cut = head + 3;
	return `${props}${rows.slice(0, cut).join('')}</w:tbl><w:p><w:r><w:br w:type="page"/></w:r></w:p>${props}${header}${rows.slice(cut).join('')}</w:tbl>`;
}

export const SHAPES = [
	'line breaks',
	'spacers',
	'workbook as kept',
	'page as published',
	'document as edited'
] as const;

/** The grid a template's files are drawn in. */
export const gridOf = (template: TemplateCode) => templateGrid(template);
