/** `budgetlens parse PATH...`: JSON Lines on stdout, one problem per line on stderr (record.md). */
import { listInputFiles } from './input-files.ts';
import { readInput } from './read-input.ts';

export async function runParse(paths: string[]): Promise<number> {
	if (paths.length === 0) {
		process.stderr.write('usage: budgetlens parse PATH...\n');
		return 2;
	}
	let failed = false;
	const out: string[] = [];
	for (const file of listInputFiles(paths)) {
		const { result } = await readInput(file, file);
		for (const record of result.records) out.push(JSON.stringify(record));
		for (const error of result.errors) process.stderr.write(error + '\n');
		if (result.records.length === 0) failed = true;
	}
	if (out.length) process.stdout.write(out.join('\n') + '\n');
	return failed ? 1 : 0;
}
