/**
 * Build steps that run only when their inputs changed. A step's inputs are files and folders;
 * their paths and bytes (and the step's command) hash to a key kept, once the step succeeded,
 * in node_modules/.cache/budgetlens/ (cleared by `npm ci`). A step is fresh when its key is
 * unchanged and its outputs are all there.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';

export interface Step {
	name: string;
	/** the shell command that does the step */
	command: string;
	/** files and folders the step reads (missing ones count as empty) */
	inputs: string[];
	/** paths under the inputs to leave out (written by the step itself, or by a later one) */
	exclude?: string[];
	/** what the step writes: all must exist for it to count as fresh */
	outputs: string[];
}

export const STAMPS = 'node_modules/.cache/budgetlens';

/**
 * The regular files under `path`. Nothing here throws or waits: a FIFO or device is never opened
 * (reading a FIFO waits forever), and a dangling link, a link loop or an unreadable folder is left
 * to the step itself, which reports it (`budgetlens build` names every such path).
 */
function files(path: string, exclude: Set<string>, ancestors = new Set<string>()): string[] {
	if (exclude.has(normalize(path))) return [];
	try {
		const stat = statSync(path);
		if (stat.isFile()) return [path];
		if (!stat.isDirectory()) return [];
		const real = realpathSync(path);
		if (ancestors.has(real)) return [];
		const inside = new Set(ancestors).add(real);
		return readdirSync(path)
			.sort()
			.flatMap((name) => files(join(path, name), exclude, inside));
	} catch {
		return [];
	}
}

/** A file's bytes, or its error's code when it cannot be read (the step will say why). */
function bytesOf(file: string): Uint8Array | string {
	try {
		return readFileSync(file);
	} catch (e) {
		return `unreadable: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
	}
}

/** A hash of the step's command and of every input file's path and bytes (sha256, hex). */
export function inputHash(step: Step, root = '.'): string {
	const hash = createHash('sha256').update(step.command + '\0');
	const exclude = new Set((step.exclude ?? []).map((p) => normalize(join(root, p))));
	const all = [...new Set(step.inputs.flatMap((p) => files(join(root, p), exclude)))].sort();
	for (const file of all) {
		hash.update(relative(root, file) + '\0');
		hash.update(bytesOf(file));
		hash.update('\0');
	}
	return hash.digest('hex');
}

const stampFile = (step: Step, root: string) => join(root, STAMPS, `${step.name}.sha256`);

/** Whether the step last succeeded on the same inputs and its outputs are still there. */
export function isFresh(step: Step, hash: string, root = '.'): boolean {
	const stamp = stampFile(step, root);
	return (
		step.outputs.every((p) => existsSync(join(root, p))) &&
		existsSync(stamp) &&
		readFileSync(stamp, 'utf8') === hash
	);
}

/** Records that the step succeeded on inputs with this hash. */
export function markDone(step: Step, hash: string, root = '.'): void {
	const stamp = stampFile(step, root);
	mkdirSync(dirname(stamp), { recursive: true });
	writeFileSync(stamp, hash);
}

/**
 * The TypeScript modules `entry` imports, directly or not, by relative path (static and
 * dynamic imports), with `entry` itself: what a CLI step's result depends on in src/.
 */
export function moduleClosure(entry: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g))
			visit(relative('.', resolve(dirname(file), m[1]!)));
	};
	visit(normalize(entry));
	return [...seen].sort();
}
