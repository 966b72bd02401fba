/**
 * PDF → blocks with pdfjs-dist (Mozilla's PDF.js, legacy build: runs in Node 20 and browsers):
 * the text items with their positions and the page's ruling lines rebuild each table's cells
 * (tables.ts, page.ts), tables crossing a page break are joined (chain.ts); text outside tables
 * stays as lines. A PDF without a text layer (a scan), an encrypted or a broken one is an error
 * that says so.
 */
import type { Block } from '../blocks.ts';
import { continues, joinParts, type TablePart } from './chain.ts';
import { layoutPage, type PageEntry, type TextItem } from './page.ts';
import { readRulings, type PathOps } from './rulings.ts';
import { findTables } from './tables.ts';

/** Where pdfjs finds its character maps and standard fonts (folder URLs ending in `/`). */
export interface PdfAssets {
	cMapUrl?: string;
	standardFontDataUrl?: string;
	/** fetch them with fetch() (a browser worker has no `document` for pdfjs's own loaders) */
	useWorkerFetch?: boolean;
}

/** A problem with the file itself, worded for the user. */
export class PdfProblem extends Error {}

type PdfModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

async function openDocument(pdfjs: PdfModule, bytes: Uint8Array, assets: PdfAssets) {
	try {
		return await pdfjs.getDocument({
			// pdfjs takes ownership of the buffer it is given: hand it a copy
			data: bytes.slice(),
			cMapUrl: assets.cMapUrl,
			cMapPacked: true,
			standardFontDataUrl: assets.standardFontDataUrl,
			useWorkerFetch: assets.useWorkerFetch ?? false,
			isEvalSupported: false,
			useSystemFonts: false,
			disableFontFace: true,
			verbosity: 0
		}).promise;
	} catch (e) {
		const name = (e as { name?: string }).name;
		if (name === 'PasswordException')
			throw new PdfProblem('PDF 已加密（需要密码才能打开），无法读取');
		throw new PdfProblem(`PDF 文件损坏或不是 PDF（${e instanceof Error ? e.message : String(e)}）`);
	}
}

/** Reads every page; throws PdfProblem for a scan, an encrypted or a broken file. */
export async function readPdf(bytes: Uint8Array, assets: PdfAssets = {}): Promise<Block[]> {
	const pdfjs: PdfModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await openDocument(pdfjs, bytes, assets);
	const pages: PageEntry[][] = [];
	let characters = 0;
	try {
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items: TextItem[] = [];
			for (const item of content.items) {
				if (!('str' in item) || !item.str) continue;
				const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
				items.push({
					str: item.str,
					x,
					y,
					width: item.width,
					size: Math.hypot(c, d) || item.height
				});
				characters += item.str.trim().length;
			}
			const operators = await page.getOperatorList();
			const segments = readRulings(
				operators.fnArray,
				operators.argsArray,
				pdfjs.OPS as unknown as PathOps
			);
			pages.push(layoutPage(items, findTables(segments)));
			page.cleanup();
		}
	} catch (e) {
		if (e instanceof PdfProblem) throw e;
		throw new PdfProblem(
			`PDF 文件损坏，读到第 ${pages.length + 1} 页时出错（${e instanceof Error ? e.message : String(e)}）`
		);
	} finally {
		await doc.destroy();
	}
	if (characters === 0)
		throw new PdfProblem(
			`扫描件，无文字层：${doc.numPages} 页都是图像，没有可读的文字（需先做文字识别 OCR）`
		);
	return toBlocks(pages);
}

/** Pages → blocks, a table continued over a page break joined into one. */
function toBlocks(pages: PageEntry[][]): Block[] {
	const blocks: Block[] = [];
	let chain: TablePart[] = [];
	const flush = () => {
		if (chain.length) blocks.push({ kind: 'table', cells: joinParts(chain) });
		chain = [];
	};
	for (const page of pages) {
		page.forEach((entry, i) => {
			if (entry.kind === 'line') {
				flush();
				blocks.push({ kind: 'line', text: entry.text });
				return;
			}
			const last = chain.at(-1);
			// only a page's first entry can continue the table that ended the page before
			if (!(i === 0 && last && continues(last.table, entry.table))) flush();
			chain.push({ table: entry.table, texts: entry.texts, lines: entry.lines });
		});
	}
	flush();
	return blocks;
}
