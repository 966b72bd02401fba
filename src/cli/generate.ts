/**
 * `budgetlens generate`: writes a demo corpus of generated forms as text files, one file per
 * department and year (`<out>/<year>/<layout>/<department>-<year>.txt`), byte-identical for a seed.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FormRecord } from '../lib/model/form.ts';
import {
	DEFAULT_OPTIONS,
	generateCorpus,
	renderFile,
	type GenerateOptions,
	isLayout,
	type LayoutId
} from '../lib/generate/index.ts';
import { DEMO_MARKER } from './demo-marker.ts';

const USAGE = `usage: budgetlens generate [options]
  --out DIR             where to write (default data/demo); a folder this command wrote before
                        is replaced, any other non-empty folder is refused
  --seed N              random seed (default 2024): the same seed gives the same bytes
  --departments N       number of departments (default 60; beyond 62, district bureaus)
  --years A-B|A,B,...   years (default 2019-2023)
  --projects MIN-MAX    projects per department and year (default 5-30 by department size)
  --forms N             a total number of forms, overriding --projects
  --layouts L,...       layouts of the Shanghai departments, assigned in turn: shanghai, web, or a
                        template-extraction such as sc-pipes (default shanghai,web)
  --region2 N           county departments of other provinces, each in its province's
                        template (default 0; 24 gives 10 templates)`;

/** Marks a folder as written by this command, so a later run may replace it. */
const MARKER = DEMO_MARKER;

function parseRange(text: string): number[] {
	const range = /^(\d+)-(\d+)$/.exec(text);
	if (range) {
		const [from, to] = [Number(range[1]), Number(range[2])];
		if (from > to) throw new Error(`empty range ${text}`);
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	}
	const list = text.split(',').map(Number);
	if (list.some((n) => !Number.isInteger(n))) throw new Error(`not a year list: ${text}`);
	return list;
}

function positive(name: string, text: string | undefined): number {
	const n = Number(text);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`${name} needs a positive integer, got ${text}`);
	return n;
}

/** Reads the command line into the output folder and the generator's options. */
function parseGenerateArgs(args: string[]): { out: string; options: GenerateOptions } {
	let out = 'data/demo';
	const options: GenerateOptions = { ...DEFAULT_OPTIONS };
	for (let i = 0; i < args.length; i++) {
		const flag = args[i];
		const value = args[++i];
		if (value === undefined) throw new Error(`${flag} needs a value`);
		if (flag === '--out') out = value;
		else if (flag === '--seed')
			options.seed = Number.isInteger(Number(value)) ? Number(value) : NaN;
		else if (flag === '--departments') options.departments = positive(flag, value);
		else if (flag === '--region2')
			options.region2 = Number.isInteger(Number(value)) && Number(value) >= 0 ? Number(value) : NaN;
		else if (flag === '--years') options.years = parseRange(value);
		else if (flag === '--forms') options.forms = positive(flag, value);
		else if (flag === '--projects') {
			const [lo = 0, hi = 0] = parseRange(value).filter(
				(_, k, all) => k === 0 || k === all.length - 1
			);
			options.projectsPerDepartment = [lo, hi];
		} else if (flag === '--layouts') {
			const layouts = value.split(',');
			const unknown = layouts.filter((l) => !isLayout(l));
			if (unknown.length) throw new Error(`unknown layout ${unknown.join(', ')}`);
			options.layouts = layouts as LayoutId[];
		} else throw new Error(`unknown option ${flag}`);
	}
	if (Number.isNaN(options.seed)) throw new Error('--seed needs an integer');
	if (Number.isNaN(options.region2)) throw new Error('--region2 needs a whole number');
	return { out, options };
}

function prepareFolder(out: string): void {
	if (!existsSync(out)) return;
	const entries = readdirSync(out);
	if (entries.length === 0) return;
	if (!entries.includes(MARKER))
		throw new Error(
			`${out} is not empty and was not written by budgetlens generate: not touching it`
		);
	rmSync(out, { recursive: true });
}

/** Groups records by their file, keeping the generator's order. */
function byFile(records: FormRecord[]): Map<string, FormRecord[]> {
	const files = new Map<string, FormRecord[]>();
	for (const record of records) {
		const list = files.get(record.source.file) ?? [];
		list.push(record);
		files.set(record.source.file, list);
	}
	return files;
}

/** Runs the command; returns the exit code (0 done, 2 bad arguments or unwritable folder). */
export async function runGenerate(args: string[]): Promise<number> {
	if (args.includes('--help')) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	try {
		const { out, options } = parseGenerateArgs(args);
		prepareFolder(out);
		const files = byFile(generateCorpus(options));
		let forms = 0;
		for (const [file, records] of files) {
			const path = join(out, file);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(
				path,
				renderFile(records, records[0]!.source.template as LayoutId, options.seed)
			);
			forms += records.length;
		}
		writeFileSync(join(out, MARKER), JSON.stringify(options) + '\n');
		process.stderr.write(`generate: ${forms} forms in ${files.size} files under ${out}\n`);
		return 0;
	} catch (error) {
		process.stderr.write(`generate: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
}
