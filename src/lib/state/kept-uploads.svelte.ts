/**
 * The files kept from the 导入 page, as the 数据 page lists them, read again whenever uploads
 * come or go; removing one (or all) takes its forms off every page. Create during component
 * initialisation.
 */
import type { StoredUpload } from '../model/upload.ts';
import { listUploads } from '../db/upload-store.ts';
import { dataChanges } from './data-changes.svelte.ts';
import { removeUploads } from './uploads.ts';

export class KeptUploads {
	list = $state<StoredUpload[]>([]);
	busy = $state(false);

	constructor() {
		$effect(() => {
			void dataChanges.version;
			listUploads().then((u) => (this.list = u));
		});
	}

	/** Removes one file's forms, or every upload's when `file` is null. */
	async remove(file: string | null): Promise<void> {
		this.busy = true;
		try {
			await removeUploads(file);
		} finally {
			this.busy = false;
		}
	}
}
