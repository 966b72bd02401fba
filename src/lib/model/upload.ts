/**
 * Forms brought in on the 导入 page: a file as it is read, the forms already held that match
 * one of its forms, and a file kept in this browser (db/upload-store.ts).
 */
import type { FormRecord } from './form.ts';

/** A held form, by its source file and its position in that file. */
export interface FormKey {
	file: string;
	index: number;
	/** the held form's origin */
	origin: 'real' | 'demo' | 'uploaded';
}

/** One file kept in this browser, with the forms read from it. */
export interface StoredUpload {
	/** the file's name as dropped, made unique among the uploads (the key) */
	file: string;
	format: string;
	/** ISO time it was added */
	added: string;
	records: FormRecord[];
	/** built forms these forms replace: left out of the tables while the file is kept */
	replaces: FormKey[];
}

/** A file on the 导入 page: queued, being read in the worker, or done with forms or errors. */
export interface ImportFile {
	id: number;
	name: string;
	size: number;
	status: 'queued' | 'reading' | 'done';
	/** the format detected (ingest/detect.ts), once read */
	format: string | null;
	records: FormRecord[];
	errors: string[];
	/** added to the dashboard */
	kept: boolean;
}

/** One field on which a held form and a new one differ: its label and both values as shown. */
export interface FieldDifference {
	field: string;
	held: string;
	incoming: string;
}

/** A held form with the same department, project and year as a new one, and what differs. */
export interface Duplicate extends FormKey {
	differences: FieldDifference[];
}

/** A new form and the held forms it duplicates; `key` is the file's id and the form's index. */
export interface DuplicateMatch {
	key: string;
	record: FormRecord;
	duplicates: Duplicate[];
}

/** Per duplicated form, by its match key: keep both, or let the new one replace the held. */
export type DuplicateChoice = 'both' | 'replace';

/** A file sent to the 导入 page's worker (ingest/worker.ts), with where pdfjs finds its assets. */
export interface ImportRequest {
	id: number;
	name: string;
	bytes: Uint8Array;
	assets: { cMapUrl: string; standardFontDataUrl: string };
}

/** The worker's answers: reading started, then the file's forms and errors. */
export type ImportReply =
	| { id: number; stage: 'reading' }
	| { id: number; stage: 'done'; records: FormRecord[]; errors: string[]; format: string };
