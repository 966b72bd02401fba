/**
 * Expands the paths given on the command line into entries, one per path found: a file to read,
 * a file skipped for its format, or an error for that path alone (permissions, symlink loops,
 * dangling links, special files, names too long). Nothing here opens a file; nothing throws.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describeFsError } from './fs-errors.ts';
import { isReadable } from './read-input.ts';
import { showBidiControls } from '../lib/format/bidi.ts';
import { DEMO_MARKER } from './demo-marker.ts';

export interface InputEntry {
	/** where the file is on this machine (never shown: it exposes the local folder layout) */
	path: string;
	/**
	 * the name shown and recorded: relative to the input given, starting with its own name;
	 * bidirectional controls written out (`[U+202E]gnp.txt`), so it cannot pose as another name
	 */
	name: string;
	/** given by name on the command line: read whatever its ending */
	explicit: boolean;
	/** why the entry is not read: its format, or an error for that path */
	skipped?: string;
	error?: string;
}

function kindOf(stat: Stats): string {
	if (stat.isFIFO()) return 'a FIFO';
	if (stat.isSocket()) return 'a socket';
	if (stat.isCharacterDevice()) return 'a character device';
	if (stat.isBlockDevice()) return 'a block device';
	return 'not a regular file';
}

/**
 * Every entry under the paths given, in order: a file as given, a folder recursively in name
 * order. Names are relative to the input: `forms/2021/a.txt` for `data/forms` (its own name
 * first, so two inputs holding the same file name stay apart), `a.txt` for a file.
 */
export function listInputs(paths: readonly string[]): InputEntry[] {
	const entries: InputEntry[] = [];
	const walk = (path: string, name: string, explicit: boolean, ancestors: Set<string>) => {
		const fail = (error: string) => entries.push({ path, name, explicit, error });
		let stat: Stats;
		let link = false;
		try {
			stat = lstatSync(path);
			link = stat.isSymbolicLink();
			// a link is followed to its target: a dangling link or a loop fails here, for this path
			if (link) stat = statSync(path);
		} catch (e) {
			const dangling = link && (e as NodeJS.ErrnoException).code === 'ENOENT';
			return fail(
				dangling ? 'dangling symbolic link: its target does not exist' : describeFsError(e)
			);
		}
		if (stat.isDirectory()) {
			let real: string;
			let names: string[];
			try {
				real = realpathSync(path);
				names = readdirSync(path).sort();
			} catch (e) {
				return fail(describeFsError(e));
			}
			// a link back to a folder being read would walk forever
			if (ancestors.has(real)) return fail('symbolic link loop: leads back to a folder above it');
			const inside = new Set(ancestors).add(real);
			for (const child of names.filter((n) => n !== DEMO_MARKER))
				walk(join(path, child), `${name}/${showBidiControls(child)}`, false, inside);
		} else if (!stat.isFile()) {
			// FIFOs, sockets and devices are never opened: reading a FIFO waits forever
			fail(`${kindOf(stat)}, not read`);
		} else if (explicit || isReadable(path)) {
			entries.push({ path, name, explicit });
		} else {
			const ending = /.(\.[^./]+)$/.exec(basename(path))?.[1];
			entries.push({
				path,
				name,
				explicit,
				skipped: ending ? `the build does not read ${ending} files` : 'a file without an ending'
			});
		}
	};
	for (const path of paths) walk(path, showBidiControls(basename(resolve(path))), true, new Set());
	return entries;
}
