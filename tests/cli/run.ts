/** Runs the real `budgetlens` command in a child process, as a user would, on temporary folders. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';

/** Root reads every file whatever its permissions: the unreadable cases run as `nobody` then. */
export const AS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** `budgetlens ...args`; `unprivileged` drops root so file permissions apply. */
export function runCli(args: string[], unprivileged = false): CliResult {
	const result = spawnSync(process.execPath, ['bin/budgetlens.mjs', ...args], {
		encoding: 'utf8',
		// a guard against a hang, not a speed test: a build on a loaded 2-core machine took > 120 s
		timeout: 600_000,
		maxBuffer: 64 * 1024 * 1024,
		...(unprivileged && AS_ROOT ? NOBODY : {})
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Whether the unprivileged runs can happen here: `nobody` must reach the repository, which it
 * cannot when a folder above it is private (a clone inside \`mktemp -d\`, mode 700). When not,
 * says so once, in one line, and the permission cases skip.
 */
export function canRunUnprivileged(): boolean {
	if (!AS_ROOT) return true;
	if (reachable === null) {
		reachable = spawnSync(process.execPath, ['bin/budgetlens.mjs'], NOBODY).status === 0;
		if (!reachable)
			console.log(
				`skipped: the permission cases (user nobody cannot reach ${process.cwd()}: a folder above it is private)`
			);
	}
	return reachable;
}
let reachable: boolean | null = null;

/** The same, left running (to be killed). */
export function startCli(args: string[]): ChildProcess {
	return spawn(process.execPath, ['bin/budgetlens.mjs', ...args], { stdio: 'ignore' });
}

/** A new temporary folder that `nobody` can enter and write (tests drop root in it). */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `budgetlens-${prefix}-`));
	chmodSync(dir, 0o777);
	return dir;
}

export const readManifest = (out: string): Manifest =>
	JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
