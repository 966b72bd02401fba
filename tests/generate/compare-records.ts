/**
 * Field-by-field comparison of a generated record with a parsed one, normalised exactly as
 * the corpus scorer (/work/shared/tools/score-corpus.mjs) does: text after NFKC folding with
 * whitespace removed and ≥/≤ written >=/<=, numbers as decimals, 一级/二级 labels without a
 * points annotation, names without ★ or numbering.
 */
import type { FormRecord } from '../../src/lib/model/form.ts';

export const text = (v: unknown): string | null =>
	v == null
		? null
		: String(v)
				.normalize('NFKC')
				.replace(/\s+/g, '')
				.replace(/≥/g, '>=')
				.replace(/≤/g, '<=')
				.replace(/＝/g, '=');

const num = (v: unknown): string | null => {
	if (v == null) return null;
	let s = String(v).replace(/[,\s]/g, '').replace(/%$/, '');
	if (!/^[+-]?\d*\.?\d+$/.test(s)) return text(v);
	const negative = s.startsWith('-');
	s = s.replace(/^[+-]/, '');
	const [whole = '', fraction = ''] = s.split('.');
	const i = whole.replace(/^0+(?=\d)/, '');
	const f = fraction.replace(/0+$/, '');
	return (negative && (i !== '0' || f) ? '-' : '') + i + (f ? '.' + f : '');
};

const name = (v: unknown) =>
	v == null
		? null
		: (text(v) ?? '')
				.replace(/[★☆]/g, '')
				.replace(/^指标\d+[:：]?/, '')
				.replace(/^[一二三四五六七八九十\d]+[、.．)]/, '');
const level = (v: unknown) =>
	v == null ? null : (text(v) ?? '').replace(/\(\d+(\.\d+)?分?\)$/, '').replace(/指标$/, '');

/** One field that differs: where, and both values. */
export interface FieldMiss {
	field: string;
	expected: unknown;
	actual: unknown;
}

/** Compares every scored field; returns the fields that differ (empty when all agree). */
export function compareRecords(expected: FormRecord, actual: FormRecord | undefined): FieldMiss[] {
	return scoreRecord(expected, actual).misses;
}

/** Compares every scored field; returns how many were compared and those that differ. */
export function scoreRecord(
	expected: FormRecord,
	actual: FormRecord | undefined
): { checked: number; misses: FieldMiss[] } {
	if (!actual)
		return { checked: 1, misses: [{ field: 'record', expected: 'a form', actual: undefined }] };
	const misses: FieldMiss[] = [];
	let checked = 0;
	const check = (field: string, a: unknown, b: unknown, norm: (v: unknown) => unknown) => {
		if (a === undefined) return; // a field the expected record leaves out is not scored
		checked++;
		if (norm(a) !== norm(b)) misses.push({ field, expected: a, actual: b });
	};
	check('year', expected.year, actual.year, num);
	for (const f of [
		'kind',
		'project',
		'code',
		'department',
		'central_department',
		'unit',
		'amount_unit',
		'grade'
	] as const)
		if (f !== 'central_department' || expected[f] !== undefined)
			check(f, expected[f], actual[f], text);
	check('total_weight', expected.total_weight, actual.total_weight, num);
	check('total_score', expected.total_score, actual.total_score, num);
	check('goals.target', expected.goals?.target, actual.goals?.target, text);
	check('goals.actual', expected.goals?.actual, actual.goals?.actual, text);
	for (const fund of expected.funds) {
		const got = actual.funds.find((f) => f.source === fund.source);
		for (const f of ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const)
			if (f in fund) check(`funds.${fund.source}.${f}`, fund[f], got?.[f], num);
	}
	check('indicators.count', expected.indicators.length, actual.indicators.length, num);
	expected.indicators.forEach((ind, i) => {
		const got = actual.indicators[i];
		check(`indicators[${i}].level1`, ind.level1, got?.level1, level);
		check(`indicators[${i}].level2`, ind.level2, got?.level2, level);
		check(`indicators[${i}].name`, ind.name, got?.name, name);
		for (const f of ['target', 'actual', 'note'] as const)
			check(`indicators[${i}].${f}`, ind[f], got?.[f], text);
		for (const f of ['weight', 'score'] as const)
			check(`indicators[${i}].${f}`, ind[f], got?.[f], num);
	});
	return { checked, misses };
}
