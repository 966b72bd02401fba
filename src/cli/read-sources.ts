/**
 * The inputs of a build → form records and one manifest entry per distinct file. Identical files
 * (the same SHA-256) are read once: the first path holds the forms, the others are its `copies`.
 * Every path ends up in exactly one entry, with forms, an error, or the reason it was skipped.
 */
import type { SourceFile } from '../lib/dataset/manifest.ts';
import type { InputForm, Origin } from '../lib/dataset/rows.ts';
import { listInputs } from './input-files.ts';
import { readForms, readInputBytes } from './read-input.ts';

export interface ReadSources {
	forms: InputForm[];
	sources: SourceFile[];
}

/** Reads every input in order; each problem also goes to `report` (stderr) as it is found. */
export async function readSources(
	inputs: readonly { path: string; origin: Origin }[],
	report: (line: string) => void
): Promise<ReadSources> {
	const forms: InputForm[] = [];
	const sources: SourceFile[] = [];
	const bySha = new Map<string, SourceFile>();
	for (const input of inputs) {
		for (const entry of listInputs([input.path])) {
			const source: SourceFile = {
				file: entry.name,
				sha256: null,
				forms: 0,
				origin: input.origin,
				errors: []
			};
			if (entry.error || entry.skipped) {
				if (entry.error) source.errors.push(`${entry.name}: ${entry.error}`);
				else source.skipped = entry.skipped;
				source.errors.forEach(report);
				sources.push(source);
				continue;
			}
			const read = readInputBytes(entry.path, entry.name);
			source.sha256 = read.sha256;
			const original = read.sha256 ? bySha.get(read.sha256) : undefined;
			if (original) {
				(original.copies ??= []).push(entry.name);
				report(`${entry.name}: the same bytes as ${original.file}, read once`);
				continue;
			}
			if (read.bytes && read.sha256) {
				bySha.set(read.sha256, source);
				const result = await readForms(read.bytes, entry.name);
				for (const record of result.records) forms.push({ record, origin: input.origin });
				source.forms = result.records.length;
				source.errors.push(...result.errors);
			} else if (read.error) {
				source.errors.push(read.error);
			}
			source.errors.forEach(report);
			sources.push(source);
		}
	}
	return { forms, sources };
}
