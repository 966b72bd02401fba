/**
 * Reading real files in Node: forms/s for PDF (100 generated forms in the official layout,
 * printed on A4 by Chromium) and XLSX (the same forms, a sheet each, by exceljs), median of
 * three reads of the whole file (one core). Needs Chromium (as the browser tests do).
 */
import ExcelJS from 'exceljs';
import { renderHtmlPage } from '../src/lib/generate/render-html.ts';
import { renderXlsx } from '../src/lib/generate/render-xlsx.ts';
import { readInputFile } from '../src/lib/ingest/index.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { generatedForms } from '../tests/ingest/forms.ts';

const FORMS = Number(process.env.BENCH_FORMS ?? 100);
const forms = generatedForms(FORMS);

async function measure(label: string, bytes: Uint8Array, name: string) {
	const times: number[] = [];
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		const result = await readInputFile(bytes, name);
		times.push(performance.now() - started);
		if (result.records.length !== forms.length)
			throw new Error(`${label}: read ${result.records.length} of ${forms.length} forms`);
	}
	const median = times.sort((a, b) => a - b)[1] ?? 0;
	console.log(
		`${label}: ${forms.length} forms, ${(bytes.length / 1024 / 1024).toFixed(2)} MB in ${(median / 1000).toFixed(2)} s: ${(forms.length / (median / 1000)).toFixed(1)} forms/s`
	);
}

const browser = await launchBrowser();
const page = await browser.newPage();
await page.setContent(renderHtmlPage(forms), { waitUntil: 'load' });
const pdf = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
await browser.close();
await measure('PDF (Chromium, A4)', pdf, 'bench.pdf');
await measure('XLSX (sheet per form)', await renderXlsx(ExcelJS, forms), 'bench.xlsx');
