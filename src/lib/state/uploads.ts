/**
 * Adding and removing uploads: kept in IndexedDB (db/upload-store.ts), laid into the open
 * database (db/uploads.ts) and its manifest, and every live query asked again.
 */
import type { FormRecord } from '../model/form.ts';
import { siteData } from './site.ts';
import { dataChanged } from './data-changes.svelte.ts';
import {
	clearUploads,
	listUploads,
	removeUpload,
	saveUpload,
	uniqueName,
	type FormKey
} from '../db/upload-store.ts';

/** A file's forms to add, and the held forms they replace (built or uploaded before). */
export interface NewUpload {
	file: string;
	format: string;
	records: FormRecord[];
	replaces: FormKey[];
}

async function show(): Promise<void> {
	await (await siteData()).setUploads(await listUploads());
	dataChanged();
}

/** Takes the forms an upload replaces out of the uploads kept before it. */
async function dropReplacedUploads(keys: NewUpload['replaces']) {
	for (const upload of await listUploads()) {
		const gone = new Set(keys.filter((k) => k.file === upload.file).map((k) => k.index));
		if (!gone.size) continue;
		const records = upload.records.filter((r) => !gone.has(r.source.index));
		if (records.length) await saveUpload({ ...upload, records });
		else await removeUpload(upload.file);
	}
}

/** Keeps the files' forms and shows them on every page; returns the names they were kept under. */
export async function addUploads(uploads: NewUpload[]): Promise<string[]> {
	const taken = new Set((await listUploads()).map((u) => u.file));
	const names: string[] = [];
	for (const upload of uploads) {
		const file = uniqueName(upload.file, taken);
		taken.add(file);
		names.push(file);
		// plain copies (the page holds them as reactive proxies, which IndexedDB cannot store);
		// the forms name the file they were kept under: the 数据 page and downloads list it
		const plain = JSON.parse(JSON.stringify(upload)) as NewUpload;
		const records = plain.records.map((r) => ({ ...r, source: { ...r.source, file } }));
		const replaces = plain.replaces.filter((k) => k.origin !== 'uploaded');
		await dropReplacedUploads(plain.replaces.filter((k) => k.origin === 'uploaded'));
		await saveUpload({
			file,
			format: plain.format,
			records,
			replaces,
			added: new Date().toISOString()
		});
	}
	await show();
	return names;
}

/**
 * Removes one kept file's forms (every upload when `file` is null): they leave every page, and
 * the built forms an upload replaced come back, with no reload (db/uploads.ts).
 */
export async function removeUploads(file: string | null): Promise<void> {
	if (file === null) await clearUploads();
	else await removeUpload(file);
	await show();
}
