/**
 * PDFs as browsers print them: generated forms in the official layout printed by Chromium on A4
 * (60 forms one per page; 30 forms running on, their tables crossing page breaks), read back
 * exactly by the PDF reader (text items and ruling lines, src/lib/ingest/pdf/).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlPage } from '../../src/lib/generate/render-html.ts';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { differences, generatedForms } from '../ingest/forms.ts';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function print(html: string): Promise<Uint8Array> {
	const page = await browser.newPage();
	await page.setContent(html, { waitUntil: 'load' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	await page.close();
	return new Uint8Array(pdf);
}

/** The first text on each page, in order (pdfjs, as the reader uses it). */
async function pageOpenings(bytes: Uint8Array): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
	const out: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const items = (await (await doc.getPage(n)).getTextContent()).items;
		out.push(
			items
				.map((i) => ('str' in i ? i.str : ''))
				.join('')
				.slice(0, 12)
		);
	}
	await doc.destroy();
	return out;
}

describe('PDF printed by Chromium', () => {
	it('reads 60 forms printed one per page exactly', async () => {
		const forms = generatedForms(60);
		const result = await readInputFile(await print(renderHtmlPage(forms)), 'forms60.pdf');
		expect(result.errors).toEqual([]);
		expect(differences(forms, result.records)).toEqual([]);
	}, 240_000);

	it('reads 30 forms whose tables cross page breaks exactly', async () => {
		const forms = generatedForms(30).reverse();
		const pdf = await print(renderHtmlPage(forms, { pageBreaks: false }));
		// pages that open mid-table: the breaks this test is about
		const midTable = (await pageOpenings(pdf)).filter((t) => !/^(财政项目|首页)/.test(t));
		expect(midTable.length).toBeGreaterThan(10);
		const result = await readInputFile(pdf, 'forms30.pdf');
		expect(result.errors).toEqual([]);
		expect(differences(forms, result.records)).toEqual([]);
	}, 240_000);
});
