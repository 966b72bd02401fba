/**
 * A page printed to PDF by Chromium (A4, the page's own @page size), then read back the way a
 * person would look at it: each page rendered to an image by pdftoppm (Debian's poppler-utils)
 * for its ink, and its text by pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './browser.ts';

export interface PrintedPage {
	/** the page's text, laid out (pdftotext -layout) */
	text: string;
	/** share of the page's pixels with ink (darker than light grey) */
	ink: number;
	/** dark pixels within 3 mm of the right edge: something ran past the margin and is cut */
	inkAtRightEdge: number;
	/** dark pixels within 3 mm of any edge of the sheet */
	inkAtEdges: number;
	landscape: boolean;
}

const DPI = 50;

/** A4 less the @page margins of app.css (portrait) and compare/+page.svelte (landscape), in CSS px. */
export const PRINTABLE_PX = {
	portrait: Math.floor(((210 - 20) / 25.4) * 96),
	landscape: Math.floor(((297 - 16) / 25.4) * 96)
} as const;

/** Reads a binary PGM (P5) image. */
function readPgm(bytes: Buffer) {
	const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
	if (!header) throw new Error('not a P5 PGM image');
	const [width, height] = [Number(header[1]), Number(header[2])];
	return { width, height, pixels: bytes.subarray(header[0].length) };
}

/**
 * Switches the page to print media, as the print dialog does, and waits until its tables have
 * re-rendered for paper (every row, in parts when wide: DataTable marks itself data-printing).
 */
export async function printMedia(page: Page): Promise<void> {
	await page.emulateMedia({ media: 'print' });
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.table-wrap')].every((t) => t.hasAttribute('data-printing'))
	);
}

/**
 * How far the page, laid out for print at the printable width, is wider than that width, in px
 * (0 when it fits). Chromium shrinks a page too wide for the paper rather than cut it, so the
 * PDF alone would hide a table that does not fit.
 */
export async function printOverflow(page: Page, width: number): Promise<number> {
	const viewport = page.viewportSize();
	await page.setViewportSize({ width, height: 900 });
	await printMedia(page);
	const overflow = await page.evaluate(() =>
		Math.max(
			document.documentElement.scrollWidth - window.innerWidth,
			...[...document.querySelectorAll('.table-wrap .scroll')].map(
				(s) => s.scrollWidth - s.clientWidth
			)
		)
	);
	await page.emulateMedia({ media: 'screen' });
	if (viewport) await page.setViewportSize(viewport);
	return overflow;
}

/**
 * Prints the page as the browser's print dialog would (print media first, so the page shows
 * every row and its printed charts), writes `<name>.pdf` and `<name>-pages/page-N.png` into
 * screenshots/, and returns each page's text and ink.
 */
export async function printPages(page: Page, name: string): Promise<PrintedPage[]> {
	await printMedia(page);
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
	await page.emulateMedia({ media: 'screen' });
	const dir = join(SCREENSHOTS, `${name}-pages`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const file = join(SCREENSHOTS, `${name}.pdf`);
	writeFileSync(file, pdf);
	execFileSync('pdftoppm', ['-r', '60', '-png', file, join(dir, 'page')]);
	execFileSync('pdftoppm', ['-r', String(DPI), '-gray', file, join(dir, 'gray')]);
	const grays = readdirSync(dir)
		.filter((f) => f.endsWith('.pgm'))
		.sort();
	return grays.map((gray, k) => {
		const { width, height, pixels } = readPgm(readFileSync(join(dir, gray)));
		const edge = Math.round((3 / 25.4) * DPI);
		let ink = 0;
		let inkAtRightEdge = 0;
		let inkAtEdges = 0;
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				const v = pixels[y * width + x] ?? 255;
				if (v < 200) ink++;
				if (v < 160 && x >= width - edge) inkAtRightEdge++;
				const atEdge = x < edge || y < edge || x >= width - edge || y >= height - edge;
				if (v < 160 && atEdge) inkAtEdges++;
			}
		const text = execFileSync(
			'pdftotext',
			['-layout', '-f', String(k + 1), '-l', String(k + 1), file, '-'],
			{ encoding: 'utf8' }
		);
		return {
			text,
			ink: ink / (width * height),
			inkAtRightEdge,
			inkAtEdges,
			landscape: width > height
		};
	});
}
