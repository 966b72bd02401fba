/**
 * Real-world file shapes (file-shapes.ts) on every template: line breaks inside cells, spacer
 * rows and columns, several forms down one sheet, workbooks of formulas with hidden helper
 * columns and rows, web pages as CMS editors leave them and with tables nested in cells, Word
 * files as offices edit them (runs split, a table split across pages repeating its header row).
 * 12 forms each, read back exactly.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_CODES, type TemplateCode } from '../../src/lib/generate/index.ts';
import { renderDocx } from '../../src/lib/generate/render-docx.ts';
import { renderHtmlPage } from '../../src/lib/generate/render-html.ts';
import { renderXlsx } from '../../src/lib/generate/render-xlsx.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import {
	documentAsEdited,
	gridOf,
	pageAsPublished,
	pageWithSubTables,
	withLineBreaks,
	withSpacers,
	workbookAsKept
} from './file-shapes.ts';
import { differences } from './forms.ts';
import { templateForms } from './template-files.ts';

/** An .xlsx as SheetJS writes it to .xls (BIFF8; its writer keeps hidden columns, not rows). */
const toXls = (bytes: Uint8Array) =>
	new Uint8Array(
		XLSX.write(XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true }), {
			type: 'array',
			bookType: 'biff8'
		}) as ArrayBuffer
	);

type Maker = (forms: FormRecord[], template: TemplateCode) => Promise<Uint8Array> | Uint8Array;

const SHAPES: Array<[string, string, Maker]> = [
	[
		'line breaks in cells (Alt+Enter)',
		'xlsx',
		(f, t) => renderXlsx(ExcelJS, f, true, withLineBreaks(gridOf(t)))
	],
	[
		'line breaks in cells (<w:br/>)',
		'docx',
		(f, t) => renderDocx(JSZip, f, withLineBreaks(gridOf(t)))
	],
	[
		'a margin column and a spacer row, forms down one sheet',
		'xlsx',
		(f, t) => renderXlsx(ExcelJS, f, false, withSpacers(gridOf(t)))
	],
	[
		'an empty first column and an empty row',
		'docx',
		(f, t) => renderDocx(JSZip, f, withSpacers(gridOf(t)))
	],
	[
		'an empty first column and an empty row',
		'html',
		(f, t) => new TextEncoder().encode(renderHtmlPage(f, { grid: withSpacers(gridOf(t)) }))
	],
	[
		'formulas with cached results, a hidden column and a hidden row',
		'xlsx',
		(f, t) => workbookAsKept(f, gridOf(t))
	],
	[
		'formulas with cached results and a hidden column',
		'xls',
		async (f, t) => toXls(await workbookAsKept(f, gridOf(t), false))
	],
	[
		'a layout table, &nbsp;, inline styles, <p>/<span>/<font>, <br>',
		'html',
		(f, t) => new TextEncoder().encode(pageAsPublished(f, gridOf(t)))
	],
	[
		'long cells holding their text in a nested table',
		'html',
		(f, t) => new TextEncoder().encode(pageWithSubTables(f, gridOf(t)))
	],
	[
		'runs split, paragraphs in cells, a table split across pages repeating its header',
		'docx',
		(f, t) => documentAsEdited(f, gridOf(t))
	]
];

describe.each(TEMPLATE_CODES)('the %s template in real-world file shapes', (template) => {
	const forms = templateForms(template);
	for (const [shape, format, make] of SHAPES)
		it(`reads .${format} with ${shape} exactly`, async () => {
			const result = await readInputFile(await make(forms, template), `forms.${format}`);
			expect(result.errors).toEqual([]);
			expect(differences(forms, result.records)).toEqual([]);
		});
});
