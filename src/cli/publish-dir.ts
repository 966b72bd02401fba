/**
 * Writes a folder atomically: everything goes into a temporary folder beside the target, and the
 * target is swapped for it only once every file is written. A build that fails or is killed
 * leaves the previous folder as it was (and at most a temporary folder, removed by the next run).
 */
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const TEMP_MARK = '.building-';
const OLD_MARK = '.previous-';

const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * Removes what an earlier killed run left beside `target` (folders named with a dead process's
 * id), and puts the previous folder back if a run died between the two renames of the swap.
 */
function tidy(target: string): void {
	const parent = dirname(target);
	const prefix = `.${basename(target)}`;
	for (const name of readdirSync(parent)) {
		const mark = name.startsWith(prefix + TEMP_MARK)
			? TEMP_MARK
			: name.startsWith(prefix + OLD_MARK)
				? OLD_MARK
				: null;
		if (!mark) continue;
		const pid = Number(name.slice(prefix.length + mark.length).split('-')[0]);
		if (!Number.isInteger(pid) || isAlive(pid)) continue;
		const path = join(parent, name);
		if (mark === OLD_MARK && !existsSync(target)) renameSync(path, target);
		else rmSync(path, { recursive: true, force: true });
	}
}

/** Runs `write(tempDir)`, then swaps the result in as `target`; on failure removes it and rethrows. */
export async function publishDir<T>(
	target: string,
	write: (dir: string) => Promise<T>
): Promise<T> {
	target = resolve(target);
	const parent = dirname(target);
	mkdirSync(parent, { recursive: true });
	tidy(target);
	const temp = mkdtempSync(join(parent, `.${basename(target)}${TEMP_MARK}${process.pid}-`));
	// mkdtemp makes it private (0700); the dataset is served, so readable like any folder
	chmodSync(temp, 0o755);
	let result: T;
	try {
		result = await write(temp);
	} catch (e) {
		rmSync(temp, { recursive: true, force: true });
		throw e;
	}
	// two renames: the target is missing for an instant only; tidy() above repairs a kill there
	const old = `${join(parent, `.${basename(target)}${OLD_MARK}${process.pid}`)}-${Date.now()}`;
	const hadTarget = existsSync(target);
	if (hadTarget) renameSync(target, old);
	try {
		renameSync(temp, target);
	} catch (e) {
		if (hadTarget) renameSync(old, target);
		rmSync(temp, { recursive: true, force: true });
		throw e;
	}
	if (hadTarget) rmSync(old, { recursive: true, force: true });
	return result;
}
