/**
 * Makes the real-looking input files the ingest tests read (tests/fixtures/files/), from the
 * seed (data/forms/) and from generated forms: the official layout as a web page (UTF-8 and
 * GBK), that page printed to PDF by Chromium (A4, one form per page), a workbook and a Word
 * file; LibreOffice's conversions (xlsx → pdf like WPS and Excel export, xlsx → xls, html →
 * docx); every template of domain.md §3 in its own layout, 2 forms each, as LibreOffice prints
 * a workbook (as Excel and WPS print one: forms-templates.pdf) and a Word file (as Word prints one,
 * rows split across pages: forms-templates-word.pdf); and the bad files (a scan, an encrypted
 * PDF, a password-protected workbook, a page without a form). Needs Chromium and LibreOffice
 * (soffice); the tests need neither.
 *
 *   npx tsx scripts/make-fixtures.ts
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../src/lib/generate/render-docx.ts';
import { renderHtmlPage } from '../src/lib/generate/render-html.ts';
import { renderXlsx } from '../src/lib/generate/render-xlsx.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { libreOfficeForms, seedForms } from '../tests/ingest/forms.ts';
import { templateFixtureForms } from '../tests/ingest/template-files.ts';

const OUT = 'tests/fixtures/files';
const work = mkdtempSync(join(tmpdir(), 'budgetlens-fixtures-'));
mkdirSync(OUT, { recursive: true });

const seed = seedForms();
const generated = libreOfficeForms();

async function printPdf(html: string, out: string) {
	const browser = await launchBrowser();
	const page = await browser.newPage();
	await page.setContent(html, { waitUntil: 'load' });
	await page.pdf({ path: out, format: 'A4', printBackground: true });
	await browser.close();
}

function soffice(input: string, to: string) {
	execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', work, input], {
		stdio: 'ignore',
		timeout: 180_000
	});
}

const write = (name: string, bytes: Uint8Array | string) => writeFileSync(join(OUT, name), bytes);

// the seed, in every format
const seedHtml = renderHtmlPage(seed);
write('seed.html', seedHtml);
write('seed-gbk.html', iconv.encode(renderHtmlPage(seed, { charset: 'gbk' }), 'gbk'));
await printPdf(seedHtml, join(OUT, 'seed.pdf'));
write('seed.xlsx', await renderXlsx(ExcelJS, seed));
write('seed.docx', await renderDocx(JSZip, seed));

// LibreOffice's conversions of generated forms
const xlsxPath = join(work, 'forms-lo.xlsx');
writeFileSync(xlsxPath, await renderXlsx(ExcelJS, generated));
soffice(xlsxPath, 'pdf');
soffice(xlsxPath, 'xls');
const htmlPath = join(work, 'forms-lo.html');
writeFileSync(htmlPath, renderHtmlPage(generated));
soffice(htmlPath, 'docx:MS Word 2007 XML');
copyFileSync(join(work, 'forms-lo.pdf'), join(OUT, 'forms-lo.pdf'));
copyFileSync(join(work, 'forms-lo.xls'), join(OUT, 'forms-lo.xls'));
copyFileSync(join(work, 'forms-lo.docx'), join(OUT, 'forms-lo.docx'));

// every template in its own layout: a workbook and a Word file, printed to PDF by LibreOffice
const { records: templated, grid } = templateFixtureForms();
const templatesXlsx = join(work, 'forms-templates.xlsx');
writeFileSync(templatesXlsx, await renderXlsx(ExcelJS, templated, true, grid));
soffice(templatesXlsx, 'pdf');
const templatesDocx = join(work, 'forms-templates-word.docx');
writeFileSync(templatesDocx, await renderDocx(JSZip, templated, grid));
soffice(templatesDocx, 'pdf');
copyFileSync(join(work, 'forms-templates.pdf'), join(OUT, 'forms-templates.pdf'));
copyFileSync(join(work, 'forms-templates-word.pdf'), join(OUT, 'forms-templates-word.pdf'));

// bad files: a scan (the seed's first page as an image), an encrypted PDF, a page with no form
execFileSync('pdftoppm', [
	'-png',
	'-r',
	'60',
	'-f',
	'1',
	'-l',
	'1',
	join(OUT, 'seed.pdf'),
	join(work, 'scan')
]);
const png = readFileSync(join(work, 'scan-1.png')).toString('base64');
await printPdf(
	`<html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png}"></body></html>`,
	join(OUT, 'scan.pdf')
);
const encrypt = JSON.stringify({
	EncryptFile: { type: 'boolean', value: 'true' },
	DocumentOpenPassword: { type: 'string', value: 'budgetlens' }
});
const smallXlsx = join(work, 'encrypted.xlsx');
writeFileSync(smallXlsx, await renderXlsx(ExcelJS, seed.slice(0, 1)));
soffice(smallXlsx, `pdf:calc_pdf_Export:${encrypt}`);
copyFileSync(join(work, 'encrypted.pdf'), join(OUT, 'encrypted.pdf'));
await printPdf(
	'<html><body><h1>2022年度部门预算公开说明</h1><p>本部门2022年度收入预算、支出预算情况说明。</p></body></html>',
	join(OUT, 'no-form.pdf')
);
// a password-protected workbook is an OLE container holding EncryptionInfo and EncryptedPackage
const container = XLSX.CFB.utils.cfb_new();
XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
XLSX.CFB.utils.cfb_add(
	container,
	'/EncryptedPackage',
	new Uint8Array(4096).map((_, i) => (i * 37) & 255)
);
write('password.xlsx', new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer));

console.log(`fixtures written to ${OUT}`);
