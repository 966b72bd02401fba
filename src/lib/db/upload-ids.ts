/**
 * Ids of uploaded forms that stay the same across reloads and removals, so a link or bookmark
 * to an uploaded form (项目 ?id=…) keeps working when another upload goes: each form's id comes
 * from the name its file was kept under and the form's content, never from its position.
 * They lie in [FIRST_UPLOADED_ID, 2³¹ − 1] (the INTEGER column), above every built id.
 */
import type { StoredUpload } from '../model/upload.ts';

/** The first id of an uploaded form; built ids stay below. */
export const FIRST_UPLOADED_ID = 1_000_000_000;
/** The largest INTEGER, the last id an uploaded form can have. */
const LAST_UPLOADED_ID = 2_147_483_647;
const SPAN = LAST_UPLOADED_ID - FIRST_UPLOADED_ID + 1;

/**
 * A 53-bit hash of a string (cyrb53: two 32-bit multiply–xorshift lanes). Not cryptographic:
 * it only has to spread forms over the id range.
 */
function hash53(text: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The id of every uploaded form, per upload and form in order: FIRST_UPLOADED_ID plus a hash
 * of the kept file name and the form (its JSON, which names the file and its place in it).
 * Two forms hashing alike (about one chance in a million for 50 forms) take the next free id,
 * in the uploads' order: only then can removing an upload move another's id.
 */
export function uploadedIds(uploads: readonly Pick<StoredUpload, 'file' | 'records'>[]) {
	const taken = new Set<number>();
	return uploads.map((upload) =>
		upload.records.map((record) => {
			let id = FIRST_UPLOADED_ID + (hash53(`${upload.file}\n${JSON.stringify(record)}`) % SPAN);
			while (taken.has(id)) id = id === LAST_UPLOADED_ID ? FIRST_UPLOADED_ID : id + 1;
			taken.add(id);
			return id;
		})
	);
}
