/**
 * Readings of a form's indicator rows, and how to choose between them: text that may be laid out
 * several ways is read the cheap way first, and the other ways only when that reading does not
 * add up to the form's own totals (issue 11: the reading that satisfies most of the arithmetic).
 */
import Decimal from 'decimal.js';
import type { FormWarning, FundRow } from '../model/form.ts';
import type { IndicatorDraft } from './indicator.ts';
import { isPlaceholder, readDecimal } from './numbers.ts';

/** One way of reading the indicator rows, with the warnings it gave. */
export interface Reading {
	drafts: IndicatorDraft[];
	warnings: FormWarning[];
}

/** Runs one reader with warnings of its own, so they are kept only if the reading is. */
export function reading(read: (warnings: FormWarning[]) => IndicatorDraft[]): Reading {
	const warnings: FormWarning[] = [];
	return { drafts: read(warnings), warnings };
}

/**
 * How badly a reading of the indicator rows went: text it could not place and rows left without
 * weight or score count against it, complete rows for it.
 */
export function readingCost({ drafts, warnings }: Reading): number {
	const unplaced = warnings.filter((w) => w.code === 'unplaced_text').length;
	const complete = drafts.filter((d) => d.weight !== null && d.score !== null).length;
	return unplaced * 2 + (drafts.length - complete) - complete;
}

/** The totals a reading is checked against: the total row and the funds' own weight and score. */
export interface FormSums {
	weight: string | null;
	score: string | null;
	funds: FundRow | undefined;
}

const TOLERANCE = new Decimal('0.01');

/** A draft's figure as a decimal string (`10分` → `10`); null when blank or not a number. */
function figure(value: string | null): string | null {
	if (value === null || isPlaceholder(value)) return null;
	return readDecimal(value.replace(/分$/, ''));
}

/**
 * True when a reading leaves nothing unplaced, gives every row its weight and score, and the
 * funds' and rows' weights and scores add up to the printed total weight and total score (each
 * that the form prints; at least one). No other reading can then cost less (readingCost): one
 * with more complete rows would add more points than the form prints.
 */
export function addsUp({ drafts, warnings }: Reading, sums: FormSums | null): boolean {
	if (!sums || (sums.weight === null && sums.score === null) || !drafts.length) return false;
	if (warnings.some((w) => w.code === 'unplaced_text')) return false;
	const sum = (
		printed: string | null,
		own: string | null | undefined,
		column: 'weight' | 'score'
	) => {
		if (printed === null) return true;
		let total = new Decimal(figure(own ?? null) ?? 0);
		for (const d of drafts) total = total.plus(figure(d[column]) ?? 0);
		return total.minus(printed).abs().lte(TOLERANCE);
	};
	return (
		drafts.every((d) => figure(d.weight) !== null && figure(d.score) !== null) &&
		sum(sums.weight, sums.funds?.weight, 'weight') &&
		sum(sums.score, sums.funds?.score, 'score')
	);
}
