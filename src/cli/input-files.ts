import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { READABLE_FILE as READABLE } from '../lib/ingest/index.ts';

/**
 * Expands the paths given on the command line into files, in order: a file as given,
 * a folder recursively in name order. A missing path throws, naming it.
 */
export function listInputFiles(paths: string[]): string[] {
	const files: string[] = [];
	const walk = (path: string, explicit: boolean) => {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) throw new Error(`${path}: no such file or folder`);
		if (stat.isDirectory()) {
			for (const name of readdirSync(path).sort()) walk(join(path, name), false);
		} else if (explicit || READABLE.test(path)) {
			files.push(path);
		}
	};
	for (const path of paths) walk(path, true);
	return files;
}
