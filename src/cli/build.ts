/**
 * `budgetlens build [--out DIR] PATH... [--demo PATH...]`: parses the forms and writes the
 * dataset the site loads (Arrow IPC tables + manifest.json). Paths after --demo are generated
 * demo data and are marked so; the others are real forms.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConflicts } from '../lib/dataset/conflicts.ts';
import { buildManifest, type Manifest } from '../lib/dataset/manifest.ts';
import { toTableRows, type Origin, type TableRows } from '../lib/dataset/rows.ts';
import { writeArrowTables } from '../lib/db/arrow-writer.ts';
import { publishDir } from './publish-dir.ts';
import { readSources } from './read-sources.ts';
import { sha256 } from './read-input.ts';

interface BuildArgs {
	out: string;
	inputs: { path: string; origin: Origin }[];
}

function readArgs(argv: string[]): BuildArgs {
	const args: BuildArgs = { out: 'static/data', inputs: [] };
	let origin: Origin = 'real';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--out') args.out = argv[++i] ?? args.out;
		else if (arg === '--demo') origin = 'demo';
		else if (arg === '--real') origin = 'real';
		else args.inputs.push({ path: arg, origin });
	}
	return args;
}

const report = (line: string) => process.stderr.write(line + '\n');

/** Values the tables could not hold, on stderr too: the file, the form and the field. */
function reportValueProblems(rows: TableRows): void {
	const forms = new Map(rows.forms.map((f) => [f.form_id, f]));
	for (const w of rows.warnings) {
		if (!VALUE_PROBLEMS.has(String(w.code))) continue;
		const form = forms.get(w.form_id);
		report(`${form?.file} form ${Number(form?.form_index) + 1}: ${w.message} (${w.text})`);
	}
}
const VALUE_PROBLEMS = new Set(['value_out_of_range', 'unreadable_number', 'negative_amount']);

export async function runBuild(argv: string[]): Promise<number> {
	const args = readArgs(argv);
	if (args.inputs.length === 0) {
		process.stderr.write('usage: budgetlens build [--out DIR] PATH... [--demo PATH...]\n');
		return 2;
	}
	const started = Date.now();
	const read = await readSources(args.inputs, report);
	const { sources } = read;
	const { kept, superseded } = resolveConflicts(read.forms);
	for (const s of superseded) {
		const source = sources.find((f) => f.file === s.file)!;
		source.forms--;
		source.superseded = (source.superseded ?? 0) + 1;
		report(
			`${s.file} form ${s.form_index + 1}: superseded by ${s.kept_file} form ${s.kept_index + 1} ` +
				`(the same department, project and year): ${s.reason}`
		);
	}
	const rows = toTableRows(kept);
	reportValueProblems(rows);
	const version = sha256(
		sources.map((s) => `${s.file}\t${s.sha256}\t${s.origin}`).join('\n')
	).slice(0, 16);
	let manifest: Manifest;
	try {
		// every table and the manifest are written beside the old dataset, then swapped in
		manifest = await publishDir(args.out, async (dir) => {
			const tables = await writeArrowTables(rows, dir);
			const written = buildManifest(rows, sources, version, new Date(), tables, superseded);
			writeFileSync(join(dir, 'manifest.json'), JSON.stringify(written, null, '\t') + '\n');
			return written;
		});
	} catch (e) {
		report(
			`build failed, ${args.out} left as it was: ${e instanceof Error ? e.message : String(e)}`
		);
		return 1;
	}
	const counts = manifest.counts;
	const failed = sources.filter((s) => s.errors.length > 0 && s.forms === 0).length;
	const skipped = sources.filter((s) => s.skipped).length;
	report(
		`built ${counts.forms} forms (${counts.by_origin.real} real, ${counts.by_origin.demo} demo) ` +
			`from ${sources.length} files into ${args.out} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
			(failed ? `; ${failed} file(s) yielded no form` : '') +
			(skipped ? `; ${skipped} file(s) skipped for their format` : '')
	);
	return 0;
}
