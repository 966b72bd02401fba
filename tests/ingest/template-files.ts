/**
 * The template × file format matrix: generated forms of every template (domain.md §3) drawn in
 * the template's own table layout (merged cells, templates/grid.ts) into the office formats a
 * department publishes, the bytes read back by readInputFile.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import {
	generateCorpus,
	layoutOf,
	TEMPLATE_CODES,
	templateGrid,
	type TemplateCode
} from '../../src/lib/generate/index.ts';
import { renderDocx } from '../../src/lib/generate/render-docx.ts';
import { renderHtmlPage } from '../../src/lib/generate/render-html.ts';
import { renderXlsx } from '../../src/lib/generate/render-xlsx.ts';
import type { FormGrid } from '../../src/lib/generate/official-grid.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';

export const FILE_FORMATS = ['html', 'xlsx', 'xls', 'docx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** `count` generated forms of one template, shaped as that template records them. */
export function templateForms(template: TemplateCode, count = 12, seed = 23): FormRecord[] {
	const whole = template === 'DEPT';
	return generateCorpus({
		seed,
		departments: whole ? count : 4,
		years: [2022],
		...(whole ? {} : { forms: count }),
		layouts: [layoutOf(template, 'pipes')]
	}).slice(0, count);
}

/** The forms as a file of `format` in the template's layout. */
export async function templateFile(
	template: TemplateCode,
	format: FileFormat,
	records: FormRecord[]
): Promise<Uint8Array> {
	const grid = templateGrid(template);
	if (format === 'html') return new TextEncoder().encode(renderHtmlPage(records, { grid }));
	if (format === 'docx') return renderDocx(JSZip, records, grid);
	const xlsx = await renderXlsx(ExcelJS, records, true, grid);
	if (format === 'xlsx') return xlsx;
	const book = XLSX.read(xlsx, { type: 'array', cellNF: true });
	return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

/**
 * The forms of the committed template PDFs (scripts/make-fixtures.ts): 2 of every template, in
 * TEMPLATE_CODES order, each drawn in its own template's layout (`grid`).
 */
export function templateFixtureForms(): {
	records: FormRecord[];
	grid: FormGrid;
	of: TemplateCode[];
} {
	const of = new Map<FormRecord, TemplateCode>();
	const records = TEMPLATE_CODES.flatMap((template) =>
		templateForms(template, 2).map((record) => (of.set(record, template), record))
	);
	return {
		records,
		grid: (record) => templateGrid(of.get(record) ?? 'MOF')(record),
		of: records.map((r) => of.get(r) ?? 'MOF')
	};
}
