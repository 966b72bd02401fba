/**
 * The bench:parse mix: ≥ 10,000 forms in about equal shares from the seed, each test fixture
 * holding a form, and generated forms of every template × extraction (the matrix), as the files
 * a user would drop in. `only` keeps one half of the mix (to see where time goes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	EXTRACTIONS,
	TEMPLATE_CODES,
	generateCorpus,
	layoutOf,
	renderFile
} from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseFile } from '../../src/lib/parsing/index.ts';

export interface ParseMix {
	files: Uint8Array[];
	/** Where each file comes from: `real` or the template × extraction generated. */
	kinds: string[];
	forms: number;
	sources: number;
	megabytes: number;
}

const root = join(import.meta.dirname, '..', '..');
const textsIn = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(join(dir, f), 'utf8'));
const encode = (text: string) => new TextEncoder().encode(text);
const countForms = (bytes: Uint8Array) => parseFile(bytes, 'warmup.txt').records.length;

/** The files of the mix (each parsed once here, to count its forms). */
export function parseMix(formsWanted: number, only?: string): ParseMix {
	// the seed and the fixtures that hold a form (one holds only the middle of one)
	const real = [
		...textsIn(join(root, 'data', 'forms')),
		...textsIn(join(root, 'tests', 'fixtures', 'forms'))
	].filter((text) => countForms(encode(text)) > 0);
	const combos = TEMPLATE_CODES.flatMap((t) => EXTRACTIONS.map((e) => [t, e] as const));
	const sources = (only === 'generated' ? 0 : real.length) + (only === 'real' ? 0 : combos.length);
	const share = Math.ceil(formsWanted / sources);

	const files: Uint8Array[] = [];
	const kinds: string[] = [];
	let forms = 0;
	// a real form repeated, its project names varied so no two files are equal
	if (only !== 'generated')
		for (const [n, text] of real.entries())
			for (let k = 0, got = 0; got < share; k++) {
				const bytes = encode(text.replace(/项目名称(\s*\|?\s*)(\S)/g, `项目名称$1第${n}-${k}号$2`));
				const count = countForms(bytes);
				files.push(bytes);
				kinds.push('real');
				got += count;
				forms += count;
			}
	// `share` generated forms of each template in each extraction, in files as the demo groups them
	if (only !== 'real')
		for (const [template, extraction] of combos) {
			const layout = layoutOf(template, extraction);
			const whole = template === 'DEPT'; // one 部门整体 form per department and year
			const records = generateCorpus({
				seed: 7,
				departments: whole ? Math.ceil(share / 2) : 5,
				years: [2021, 2023],
				...(whole ? {} : { forms: share }),
				layouts: [layout]
			});
			const byFile = new Map<string, FormRecord[]>();
			for (const r of records) byFile.set(r.source.file, [...(byFile.get(r.source.file) ?? []), r]);
			for (const list of byFile.values()) {
				const bytes = encode(renderFile(list, layout, 7));
				files.push(bytes);
				kinds.push(`${template} ${extraction}`);
				forms += countForms(bytes);
			}
		}
	const megabytes = files.reduce((n, f) => n + f.length, 0) / 1e6;
	return { files, kinds, forms, sources, megabytes };
}
