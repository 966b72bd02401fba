/**
 * The 导入 page's worker: reads dropped files off the main thread, one message per file, and
 * answers with its progress and its forms or errors. The format libraries (pdfjs, exceljs,
 * SheetJS, jszip) load here only, when a file needs them; pdfjs runs in this worker too.
 */
import { readInputFile } from './index.ts';
import type { ImportRequest, ImportReply } from '../model/upload.ts';

const post = (reply: ImportReply) => (self as unknown as Worker).postMessage(reply);

/** pdfjs parses in this thread (its "fake worker"): the page's main thread stays free. */
let pdfjsReady: Promise<void> | null = null;
function preparePdfjs(): Promise<void> {
	pdfjsReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((handler) => {
		(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = handler;
	});
	return pdfjsReady;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { id, name, bytes, assets } = event.data;
	post({ id, stage: 'reading' });
	try {
		if (/\.pdf$/i.test(name) || bytes[0] === 0x25) await preparePdfjs();
		// absolute URLs: pdfjs fetches them from this worker
		const pdf = {
			cMapUrl: new URL(assets.cMapUrl, self.location.href).href,
			standardFontDataUrl: new URL(assets.standardFontDataUrl, self.location.href).href,
			useWorkerFetch: true
		};
		const result = await readInputFile(bytes, name, { pdf });
		post({
			id,
			stage: 'done',
			records: result.records,
			errors: result.errors,
			format: result.format
		});
	} catch (e) {
		// readInputFile does not throw; a failure here is the worker's own (out of memory, a bug)
		post({ id, stage: 'done', records: [], errors: [`${name}: ${String(e)}`], format: 'text' });
	}
};
