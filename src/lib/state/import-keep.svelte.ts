/**
 * 加入看板 on the 导入 page: the forms read are first checked against the held ones (same
 * department, project and year); duplicates are shown field by field for the user to keep both
 * or replace, then everything is kept (state/uploads.ts).
 */
import type { DuplicateChoice, DuplicateMatch, ImportFile } from '../model/upload.ts';
import { findDuplicates } from './duplicates.ts';
import type { ImportSession } from './import-session.svelte.ts';
import { siteData } from './site.ts';
import { addUploads, type NewUpload } from './uploads.ts';

const matchKey = (fileId: number, index: number) => `${fileId}#${index}`;

export class ImportKeep {
	/** the duplicates found, shown for review before keeping; null before the first check */
	matches = $state<DuplicateMatch[] | null>(null);
	choices = $state<Record<string, DuplicateChoice>>({});
	busy = $state(false);
	/** forms added by the last keep */
	added = $state<number | null>(null);
	failed = $state<string | null>(null);

	constructor(private readonly session: ImportSession) {}

	/** Files read with forms, not kept yet. */
	get ready(): ImportFile[] {
		return this.session.files.filter((f) => f.status === 'done' && f.records.length && !f.kept);
	}

	get formsReady(): number {
		return this.ready.reduce((n, f) => n + f.records.length, 0);
	}

	/** The button's words: a second press confirms the duplicates' choices. */
	get label(): string {
		const count = this.formsReady ? `（${this.formsReady} 份表单）` : '';
		return `${this.matches ? '确认并加入看板' : '加入看板'}${count}`;
	}

	/** Every file read and some forms to keep. */
	get canKeep(): boolean {
		return !this.busy && this.formsReady > 0 && this.session.done === this.session.files.length;
	}

	async #findMatches(files: ImportFile[]): Promise<DuplicateMatch[]> {
		const { db } = await siteData();
		const found: DuplicateMatch[] = [];
		for (const file of files)
			for (const record of file.records) {
				const duplicates = await findDuplicates(db, record);
				if (duplicates.length)
					found.push({ key: matchKey(file.id, record.source.index), record, duplicates });
			}
		return found;
	}

	/** The files' uploads, with the held forms chosen to be replaced. */
	#uploads(files: ImportFile[]): NewUpload[] {
		return files.map((file) => ({
			file: file.name,
			format: file.format ?? 'text',
			records: file.records,
			replaces: (this.matches ?? [])
				.filter((m) => m.key.startsWith(`${file.id}#`) && this.choices[m.key] === 'replace')
				.flatMap((m) => m.duplicates.map(({ file, index, origin }) => ({ file, index, origin })))
		}));
	}

	/** First call: shows the duplicates if any; otherwise (or once reviewed) keeps the forms. */
	async keep(): Promise<void> {
		this.busy = true;
		this.failed = null;
		try {
			const files = this.ready;
			if (!this.matches) {
				const found = await this.#findMatches(files);
				if (found.length) {
					this.choices = Object.fromEntries(found.map((m) => [m.key, 'both' as const]));
					this.matches = found;
					return;
				}
			}
			const uploads = this.#uploads(files);
			await addUploads(uploads);
			this.session.markKept(files.map((f) => f.id));
			this.added = uploads.reduce((n, u) => n + u.records.length, 0);
			this.matches = null;
		} catch (e) {
			this.failed = e instanceof Error ? e.message : String(e);
		} finally {
			this.busy = false;
		}
	}
}
