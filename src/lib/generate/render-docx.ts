/**
 * Forms as a Word .docx (written with jszip, the least a document needs): per form the title and
 * year as paragraphs, then the official layout's table (official-grid.ts) with `w:gridSpan` and
 * `w:vMerge`, a page break between forms.
 */
import type JSZipType from 'jszip';
import type { FormRecord } from '../model/form.ts';
import { officialFormGrid, type FormGrid, type LayoutCell } from './official-grid.ts';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A run of text in half-points `size` (Word's default when none); a line break as `<w:br/>`. */
const run = (text: string, size?: number) =>
	`<w:r>${size ? `<w:rPr><w:sz w:val="${size}"/></w:rPr>` : ''}${text
		.split('\n')
		.map((line) => `<w:t xml:space="preserve">${escape(line)}</w:t>`)
		.join('<w:br/>')}</w:r>`;
const paragraph = (text: string, center = false, size?: number) =>
	`<w:p>${center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : ''}${run(text, size)}</w:p>`;
const BORDERS =
	'<w:tblBorders>' +
	['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
		.map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
		.join('') +
	'</w:tblBorders>';

function tableXml(cells: LayoutCell[], columns: number): string {
	// a wide table is set in a smaller size, as offices fit one on a portrait page
	const size = columns > 10 ? 15 : columns > 8 ? 18 : undefined;
	const rows = Math.max(...cells.map((c) => c.row + c.rowSpan));
	const out: string[] = [];
	for (let r = 0; r < rows; r++) {
		const tcs: string[] = [];
		for (let col = 0; col < columns;) {
			const start = cells.find((c) => c.row === r && c.col === col);
			const above = cells.find((c) => c.col === col && c.row < r && c.row + c.rowSpan > r);
			const cell = start ?? above;
			if (!cell) {
				tcs.push('<w:tc><w:p/></w:tc>');
				col++;
				continue;
			}
			const span = cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '';
			const merge = cell.rowSpan > 1 ? (start ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
			tcs.push(
				`<w:tc><w:tcPr>${span}${merge}</w:tcPr>${start ? paragraph(cell.text, false, size) : '<w:p/>'}</w:tc>`
			);
			col += cell.colSpan;
		}
		out.push(`<w:tr>${tcs.join('')}</w:tr>`);
	}
	const grid = `<w:tblGrid>${`<w:gridCol w:w="${Math.floor(9000 / columns)}"/>`.repeat(columns)}</w:tblGrid>`;
	return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${BORDERS}</w:tblPr>${grid}${out.join('')}</w:tbl>`;
}

function formXml(record: FormRecord, last: boolean, grid: FormGrid): string {
	const { cells, columns } = grid(record);
	// the leading rows of one cell across (title, year) go above the table as paragraphs, as
	// Word documents print them
	const rows = Math.max(...cells.map((c) => c.row + 1));
	let top = 0;
	while (top < rows - 1 && cells.every((c) => c.row !== top || c.colSpan === columns)) top++;
	const body = cells.filter((c) => c.row >= top).map((c) => ({ ...c, row: c.row - top }));
	const titles = cells.filter((c) => c.row < top).map((c) => paragraph(c.text, true));
	const pageBreak = last ? '' : '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
	return titles.join('') + tableXml(body, columns) + pageBreak;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The .docx bytes of the forms, in order, in the layout `grid` (the official one by default). */
export async function renderDocx(
	JSZip: typeof JSZipType,
	records: FormRecord[],
	grid: FormGrid = officialFormGrid
): Promise<Uint8Array> {
	const body = records.map((r, i) => formXml(r, i === records.length - 1, grid)).join('');
	const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
	const zip = new JSZip();
	zip.file('[Content_Types].xml', CONTENT_TYPES);
	zip.file('_rels/.rels', RELS);
	zip.file('word/document.xml', document);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
