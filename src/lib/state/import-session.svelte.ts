/**
 * One round of bringing files in on the 导入 page: the files chosen or dropped, each read in
 * the worker (src/lib/ingest/worker.ts) one after another, with its state, forms and errors.
 * Files too large or empty are refused before they are read.
 */
import { sizeProblem } from '../model/file-limits.ts';
import type { ImportFile, ImportReply, ImportRequest } from '../model/upload.ts';

export class ImportSession {
	files = $state<ImportFile[]>([]);
	#worker: Worker | null = null;
	#queue: { file: ImportFile; blob: Blob }[] = [];
	#busy = false;
	#nextId = 1;
	constructor(private readonly base: string) {}

	get done(): number {
		return this.files.filter((f) => f.status === 'done').length;
	}

	/** Queues files for reading; their names as given (a folder's files with their path). */
	add(files: { name: string; blob: Blob }[]): void {
		for (const { name, blob } of files) {
			const problem = sizeProblem(name, blob.size);
			const file: ImportFile = {
				id: this.#nextId++,
				name,
				size: blob.size,
				status: problem ? 'done' : 'queued',
				format: null,
				records: [],
				errors: problem ? [problem] : [],
				kept: false
			};
			this.files.push(file);
			if (!problem) this.#queue.push({ file: this.files.at(-1)!, blob });
		}
		void this.#pump();
	}

	#startWorker(): Worker {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a worker script URL, not state
		this.#worker ??= new Worker(new URL('../ingest/worker.ts', import.meta.url), {
			type: 'module'
		});
		return this.#worker;
	}

	/** Reads the queued files one at a time (one file's bytes in memory at once). */
	async #pump(): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		const worker = this.#startWorker();
		while (this.#queue.length) {
			const { file, blob } = this.#queue.shift()!;
			const bytes = new Uint8Array(await blob.arrayBuffer());
			const reply = await new Promise<Extract<ImportReply, { stage: 'done' }>>((resolve) => {
				worker.onmessage = (event: MessageEvent<ImportReply>) => {
					const message = event.data;
					if (message.id !== file.id) return;
					if (message.stage === 'reading') this.#update(file.id, { status: 'reading' });
					else resolve(message);
				};
				worker.onerror = (event) =>
					resolve({
						id: file.id,
						stage: 'done',
						records: [],
						errors: [`${file.name}: ${event.message}`],
						format: 'text'
					});
				const request: ImportRequest = {
					id: file.id,
					name: file.name,
					bytes,
					assets: {
						cMapUrl: `${this.base}/pdfjs/cmaps/`,
						standardFontDataUrl: `${this.base}/pdfjs/standard_fonts/`
					}
				};
				worker.postMessage(request, [bytes.buffer]);
			});
			this.#update(file.id, {
				status: 'done',
				records: reply.records,
				errors: reply.errors,
				format: reply.format
			});
		}
		this.#busy = false;
	}

	#update(id: number, change: Partial<ImportFile>): void {
		const i = this.files.findIndex((f) => f.id === id);
		if (i >= 0) this.files[i] = { ...this.files[i]!, ...change };
	}

	markKept(ids: number[]): void {
		for (const id of ids) this.#update(id, { kept: true });
	}

	clear(): void {
		this.files = this.files.filter((f) => f.status !== 'done');
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
