/**
 * Round trip through real file formats: generated forms written as the official layout (merged
 * cells) into a web page (UTF-8 and GBK), a workbook (.xlsx by exceljs, .xls by SheetJS) and a
 * Word file, read back by readInputFile: the same records, field by field. PDF, which needs
 * Chromium to print, is in tests/e2e/pdf-print.test.ts.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/lib/generate/render-docx.ts';
import { renderHtmlPage } from '../../src/lib/generate/render-html.ts';
import { renderXlsx } from '../../src/lib/generate/render-xlsx.ts';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { differences, generatedForms } from './forms.ts';

const FORMS = generatedForms(60);

async function readBack(bytes: Uint8Array, name: string) {
	const result = await readInputFile(bytes, name);
	expect(result.errors).toEqual([]);
	return result.records;
}

describe('readInputFile round trip, 60 generated forms', () => {
	it('reads a UTF-8 web page of merged-cell tables exactly', async () => {
		const html = new TextEncoder().encode(renderHtmlPage(FORMS));
		expect(differences(FORMS, await readBack(html, 'forms.html'))).toEqual([]);
	});

	it('reads a GBK web page (charset in its meta tag) exactly', async () => {
		const html = iconv.encode(renderHtmlPage(FORMS, { charset: 'gbk' }), 'gbk');
		expect(differences(FORMS, await readBack(new Uint8Array(html), 'forms.htm'))).toEqual([]);
	});

	it('reads an .xlsx workbook with a sheet per form exactly', async () => {
		const bytes = await renderXlsx(ExcelJS, FORMS);
		expect(differences(FORMS, await readBack(bytes, 'forms.xlsx'))).toEqual([]);
	});

	it('reads an .xlsx workbook with every form down one sheet exactly', async () => {
		const bytes = await renderXlsx(ExcelJS, FORMS, false);
		expect(differences(FORMS, await readBack(bytes, 'forms.xlsx'))).toEqual([]);
	});

	it('reads an .xls (BIFF8) workbook with merges exactly', async () => {
		const book = XLSX.read(await renderXlsx(ExcelJS, FORMS), { type: 'array', cellNF: true });
		const bytes = new Uint8Array(
			XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer
		);
		expect(differences(FORMS, await readBack(bytes, 'forms.xls'))).toEqual([]);
	});

	it('reads a .docx with the forms as merged-cell tables exactly', async () => {
		const bytes = await renderDocx(JSZip, FORMS);
		expect(differences(FORMS, await readBack(bytes, 'forms.docx'))).toEqual([]);
	});
});
