/**
 * `budgetlens build [--out DIR] PATH... [--demo PATH...]`: parses the forms and writes the
 * dataset the site loads (Parquet tables + manifest.json). Paths after --demo are generated
 * demo data and are marked so; the others are real forms.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { buildManifest, type SourceFile } from '../lib/dataset/manifest.ts';
import { toTableRows, type InputForm, type Origin } from '../lib/dataset/rows.ts';
import { writeParquetTables } from '../lib/dataset/parquet-writer.ts';
import { listInputFiles } from './input-files.ts';
import { readInput } from './read-input.ts';

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

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const displayPath = (file: string) => relative(process.cwd(), file).split(sep).join('/');

export async function runBuild(argv: string[]): Promise<number> {
	const args = readArgs(argv);
	if (args.inputs.length === 0) {
		process.stderr.write('usage: budgetlens build [--out DIR] PATH... [--demo PATH...]\n');
		return 2;
	}
	const started = Date.now();
	const forms: InputForm[] = [];
	const sources: SourceFile[] = [];
	for (const input of args.inputs) {
		for (const file of listInputFiles([input.path])) {
			const name = displayPath(file);
			const { result, bytes } = await readInput(file, name);
			for (const record of result.records) forms.push({ record, origin: input.origin });
			for (const error of result.errors) process.stderr.write(error + '\n');
			sources.push({
				file: name,
				sha256: bytes ? sha256(bytes) : '',
				forms: result.records.length,
				origin: input.origin,
				errors: result.errors
			});
		}
	}
	const rows = toTableRows(forms);
	mkdirSync(args.out, { recursive: true });
	const tables = await writeParquetTables(rows, args.out);
	const version = sha256(
		sources.map((s) => `${s.file}\t${s.sha256}\t${s.origin}`).join('\n')
	).slice(0, 16);
	const manifest = buildManifest(rows, sources, version, new Date(), tables);
	writeFileSync(`${args.out}/manifest.json`, JSON.stringify(manifest, null, '\t') + '\n');
	const failed = sources.filter((s) => s.forms === 0).length;
	process.stderr.write(
		`built ${manifest.counts.forms} forms (${manifest.counts.by_origin.real} real, ${manifest.counts.by_origin.demo} demo) ` +
			`from ${sources.length} files into ${args.out} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
			(failed ? `; ${failed} file(s) yielded no form` : '') +
			'\n'
	);
	return 0;
}
