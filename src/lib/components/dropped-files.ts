/**
 * The files of a drop, folders walked: each with its path inside the dropped folder, so a
 * folder of PDFs comes in whole. Browser only (DataTransfer entries).
 */

export interface PickedFile {
	name: string;
	blob: Blob;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
	return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
	if (entry.isFile) {
		const file = await new Promise<File>((resolve, reject) =>
			(entry as FileSystemFileEntry).file(resolve, reject)
		);
		out.push({ name: entry.fullPath.replace(/^\//, ''), blob: file });
		return;
	}
	const reader = (entry as FileSystemDirectoryEntry).createReader();
	// readEntries gives a folder's entries in batches, until an empty one
	for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader))
		for (const child of batch.sort((a, b) => a.name.localeCompare(b.name))) await walk(child, out);
}

/** The dropped files, folders walked in name order. */
export async function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
	const entries = [...transfer.items]
		.map((item) => item.webkitGetAsEntry?.())
		.filter((e): e is FileSystemEntry => Boolean(e));
	if (!entries.length) return [...transfer.files].map((f) => ({ name: f.name, blob: f }));
	const out: PickedFile[] = [];
	for (const entry of entries) await walk(entry, out);
	return out;
}

/** Files from an `<input type="file">` (a chosen folder's with their relative paths). */
export function pickedFiles(list: FileList | null): PickedFile[] {
	return [...(list ?? [])].map((f) => ({ name: f.webkitRelativePath || f.name, blob: f }));
}
