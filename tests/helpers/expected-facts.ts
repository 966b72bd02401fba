/**
 * Per-form and per-indicator facts computed independently of SQL, with decimal.js, from the
 * records a test dataset was built from: what the dashboard queries must agree with.
 */
import Decimal from 'decimal.js';
import { generateCorpus, renderFile, type GenerateOptions } from '../../src/lib/generate/index.ts';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { toTableRows, type InputForm } from '../../src/lib/dataset/rows.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseFiles, SEED_FILE } from './dataset.ts';

/** A printed number as a Decimal (separators and % removed), or null. */
export function dec(value: string | null | undefined): Decimal | null {
	if (value == null) return null;
	const cleaned = value.replace(/[,\s]/g, '').replace(/%$/, '');
	return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? new Decimal(cleaned) : null;
}

/**
 * The seed's two real forms and a small generated corpus (6 departments over 2021–2023),
 * rendered to text and parsed back as `budgetlens build` reads it.
 */
export function seedAndCorpus(): InputForm[] {
	const options = {
		seed: 7,
		departments: 6,
		years: [2021, 2022, 2023],
		forms: 90,
		layouts: ['shanghai' as const]
	};
	const demo = generateCorpus(options).flatMap((generated, i) => {
		const text = renderFile([generated], 'shanghai', options.seed);
		const parsed = parseFile(Buffer.from(text, 'utf8'), `demo-${i}.txt`);
		return parsed.records.map((record) => ({ record, origin: 'demo' as const }));
	});
	return [...parseFiles([{ path: SEED_FILE }]), ...demo];
}

export interface FormFact {
	form_id: number;
	record: FormRecord;
	department: string | null;
	year: number | null;
	initial: Decimal | null;
	adjusted: Decimal | null;
	executed: Decimal | null;
	/** executed / adjusted to 4 places, half up */
	rate: Decimal | null;
}

/** One fact per form, `form_id` counted from 1 in input order as the dataset does. */
export function formFacts(records: readonly FormRecord[]): FormFact[] {
	return records.map((record, i) => {
		const total = record.funds.find((f) => f.source === 'total');
		const adjusted = dec(total?.adjusted);
		const executed = dec(total?.executed);
		return {
			form_id: i + 1,
			record,
			department: record.department,
			year: record.year,
			initial: dec(total?.initial),
			adjusted,
			executed,
			rate:
				adjusted && executed && !adjusted.isZero()
					? executed.div(adjusted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
					: null
		};
	});
}

export interface IndicatorFact {
	form: FormFact;
	position: number;
	name: string;
	level1: string | null;
	level2: string | null;
	weight: Decimal | null;
	score: Decimal | null;
	completion: Decimal | null;
	pointsLost: Decimal;
	lostPoints: boolean;
	missedTarget: boolean;
	noReason: boolean;
	inflated: boolean;
}

/** One fact per indicator row of every form. */
export function indicatorFacts(forms: readonly FormFact[]): IndicatorFact[] {
	return forms.flatMap((form) =>
		form.record.indicators.map((ind, position) => {
			const weight = dec(ind.weight);
			const score = dec(ind.score);
			const completion = dec(ind.completion);
			const lostPoints = weight !== null && score !== null && score.lt(weight);
			const missedTarget = completion !== null && completion.lt(1);
			return {
				form,
				position,
				name: ind.name,
				level1: ind.level1,
				level2: ind.level2,
				weight,
				score,
				completion,
				pointsLost: lostPoints ? weight!.minus(score!) : new Decimal(0),
				lostPoints,
				missedTarget,
				noReason: ind.note === null || ind.note.trim() === '',
				inflated:
					weight !== null && score !== null && weight.gt(0) && score.eq(weight) && missedTarget
			};
		})
	);
}

/** Σ of Decimals. */
export const sum = (values: readonly (Decimal | null)[]) =>
	values.reduce<Decimal>((s, v) => (v ? s.plus(v) : s), new Decimal(0));

/**
 * Each record's project key, by the build's matcher (dataset/project-keys.ts, tested against
 * the generator's truth in tests/dataset): what queries grouping by project must agree with.
 */
export function projectKeys(records: readonly FormRecord[]): number[] {
	const rows = toTableRows(records.map((record) => ({ record, origin: 'demo' as const })));
	return rows.forms.map((f) => f.project_key as number);
}

/** A generated corpus as `budgetlens build` reads it: each form rendered and parsed back. */
export function renderedCorpus(options: GenerateOptions): InputForm[] {
	return generateCorpus(options).flatMap((generated, i) => {
		const text = renderFile([generated], 'shanghai', options.seed);
		const parsed = parseFile(Buffer.from(text, 'utf8'), `demo-${i}.txt`);
		return parsed.records.map((record) => ({ record, origin: 'demo' as const }));
	});
}
