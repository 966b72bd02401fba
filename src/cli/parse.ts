/**
 * `budgetlens parse PATH...`: JSON Lines on stdout, one problem per line on stderr (record.md).
 * Each file's records are written as soon as it is read, waiting for stdout to drain, so memory
 * holds one file at a time, never the whole output.
 */
import { once } from 'node:events';
import { listInputs } from './input-files.ts';
import { readInput } from './read-input.ts';

async function writeOut(text: string): Promise<void> {
	if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

export async function runParse(paths: string[]): Promise<number> {
	if (paths.length === 0) {
		process.stderr.write('usage: budgetlens parse PATH...\n');
		return 2;
	}
	let failed = false;
	const report = (line: string) => process.stderr.write(line + '\n');
	for (const entry of listInputs(paths)) {
		if (entry.skipped) {
			report(`${entry.name}: skipped: ${entry.skipped}`);
			continue;
		}
		// paths as on this machine (not the build's relative names): parse is for its own user
		const { result } = entry.error
			? { result: { records: [], errors: [`${entry.path}: ${entry.error}`] } }
			: await readInput(entry.path, entry.path);
		if (result.records.length)
			await writeOut(result.records.map((r) => JSON.stringify(r) + '\n').join(''));
		result.errors.forEach(report);
		if (result.records.length === 0) failed = true;
	}
	return failed ? 1 : 0;
}
