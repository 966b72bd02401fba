/**
 * Uploaded forms kept in the browser (IndexedDB), so a reload keeps them: one entry per file
 * brought in on the 导入 page, with the forms read from it and the forms it replaces. Nothing
 * is sent anywhere.
 */
import type { StoredUpload } from '../model/upload.ts';

export type { FormKey, StoredUpload } from '../model/upload.ts';

const DB = 'budgetlens';
const STORE = 'uploads';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'file' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB 无法打开'));
	});
}

async function run<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = act(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB 写入失败'));
		});
	} finally {
		db.close();
	}
}

/**
 * Set in localStorage while uploads are kept (app.html reads the same name): the first script
 * of a page reads it before the first paint, which IndexedDB cannot answer in time, and hides
 * the figures the build wrote into the page, since they leave the uploads out.
 */
const UPLOADS_MARK = 'budgetlens-uploads';

/** Whether uploads were kept when last listed (false where localStorage is refused). */
export function uploadsMarked(): boolean {
	try {
		return localStorage.getItem(UPLOADS_MARK) !== null;
	} catch {
		return false;
	}
}

function markUploads(count: number): void {
	try {
		if (count) localStorage.setItem(UPLOADS_MARK, String(count));
		else localStorage.removeItem(UPLOADS_MARK);
	} catch {
		// no localStorage (refused): the page shows the build's figures until DuckDB answers
	}
}

/**
 * Every kept upload, oldest first; empty when the browser keeps no IndexedDB. Sets the mark
 * to match: every change to the uploads lists them again (state/uploads.ts), and so does
 * every page opening the dataset (db/site.ts).
 */
export async function listUploads(): Promise<StoredUpload[]> {
	if (typeof indexedDB === 'undefined') return [];
	const all = await run('readonly', (s) => s.getAll() as IDBRequest<StoredUpload[]>);
	markUploads(all.length);
	return all.sort((a, b) => a.added.localeCompare(b.added));
}

export const saveUpload = (upload: StoredUpload) => run('readwrite', (s) => s.put(upload));
export const removeUpload = (file: string) => run('readwrite', (s) => s.delete(file));
export const clearUploads = () => run('readwrite', (s) => s.clear());

/** A name for `name` that no kept upload has: `表.pdf`, then `表 (2).pdf`, … */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
	if (!taken.has(name)) return name;
	const dot = name.lastIndexOf('.');
	const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
	for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}
