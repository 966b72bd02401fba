/**
 * Drifted forms (generate/templates/label-drift.ts): generated forms of one template × extraction
 * with their labels in other departments' words, parsed back and compared field by field.
 */
import {
	fileHeader,
	renderForm,
	type Extraction,
	type TemplateCode
} from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { driftRecord } from '../../src/lib/generate/templates/label-drift.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { compareRecords } from './compare-records.ts';
import { excused, matrixForms } from './matrix.ts';

/** The scored fields of a record, roughly as the corpus scorer counts them. */
const countFields = (r: FormRecord) => 10 + r.funds.length * 4 + 2 + r.indicators.length * 8;

/**
 * Every field lost on ≥ `forms` forms of `template` printed as `extraction`, their labels drifted
 * (`drift` false: as the template prints them), grouped by field with examples.
 */
export function driftDifferences(
	template: TemplateCode,
	extraction: Extraction,
	{ seed = 11, forms = 20, drift = true } = {}
) {
	const matrix = matrixForms(template, extraction, seed, forms);
	// the records the drifted forms hold: their level names in the department's words
	const shown = (r: FormRecord) => (drift ? driftRecord(r, template) : r);
	const records = matrix.records.map(shown);
	const files = new Map([...matrix.files].map(([file, list]) => [file, list.map(shown)]));
	const parsed = new Map<string, FormRecord>();
	for (const [file, list] of files) {
		const body = list.map((r) => renderForm(r, template, extraction, drift)).join('\n\n');
		for (const r of parseText(`${fileHeader(seed, list)}${body}\n`, file).records)
			parsed.set(`${file}#${r.source.index}`, r);
	}
	const groups = new Map<string, { count: number; examples: string[] }>();
	const misses: DriftMiss[] = [];
	let fields = 0;
	for (const record of records) {
		const key = `${record.source.file}#${record.source.index}`;
		const got = parsed.get(key);
		fields += countFields(record);
		for (const m of compareRecords(record, got)) {
			if (excused(m, record, got)) continue;
			const miss = { form: key, field: m.field, expected: m.expected, actual: m.actual };
			misses.push(miss);
			const field = m.field.replace(/\[\d+\]/, '[]');
			const group = groups.get(field) ?? { count: 0, examples: [] };
			group.count++;
			if (group.examples.length < 2) group.examples.push(showMiss(miss));
			groups.set(field, group);
		}
	}
	return {
		forms: records.length,
		fields,
		lost: misses.length,
		misses,
		differences: Object.fromEntries(groups)
	};
}

/** A field a parsed form does not read back: the form (`file#index`), the field, both values. */
export interface DriftMiss {
	form: string;
	field: string;
	expected: unknown;
	actual: unknown;
}

/** `file#3 indicators[2].target: ">=90%" → null` */
export const showMiss = (m: DriftMiss) =>
	`${m.form} ${m.field}: ${JSON.stringify(m.expected)} → ${JSON.stringify(m.actual)}`;
