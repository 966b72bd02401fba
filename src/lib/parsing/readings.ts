/**
 * Readings of a form's indicator rows, and how to choose between them: text that may be laid out
 * several ways is read the cheap way first, and the other ways only when that reading does not
 * add up to the form's own totals (issue 11: the reading that satisfies most of the arithmetic).
 */
import type { FormWarning, FundRow } from '../model/form.ts';
import type { IndicatorDraft } from './indicator.ts';
import { isPlaceholder } from './numbers.ts';
import { readFigure, readPoints, SUM_TOLERANCE_POINTS } from './points.ts';

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

/** A draft's weight or score in millionths (`10分` → 10000000); null when blank or not one. */
function points(value: string | null | undefined): number | null {
	if (value == null || isPlaceholder(value)) return null;
	const figure = readFigure(value);
	return figure === null ? null : readPoints(figure);
}

/**
 * True when a reading leaves nothing unplaced, gives every row its weight and score, and the
 * funds' and rows' weights and scores add up to the printed total weight and total score (each
 * that the form prints; at least one). No other reading can then cost less (readingCost): one
 * with more complete rows would add more points than the form prints.
 */
export function addsUp({ drafts, warnings }: Reading, sums: FormSums | null): boolean {
	return !warnings.some((w) => w.code === 'unplaced_text') && figuresAddUp(drafts, sums);
}

/** A row's weight and score as read. */
type Figures = Pick<IndicatorDraft, 'weight' | 'score'>;

/**
 * addsUp without the warnings: every row has its weight and score, and they add up to the
 * printed totals with the funds' (a reading whose rows these are adds up unless it warns).
 */
export function figuresAddUp(drafts: readonly Figures[], sums: FormSums | null): boolean {
	if (!sums || (sums.weight === null && sums.score === null) || !drafts.length) return false;
	if (drafts.some((d) => points(d.weight) === null || points(d.score) === null)) return false;
	return (
		sumMatches(sums.weight, sums.funds?.weight, drafts, 'weight') &&
		sumMatches(sums.score, sums.funds?.score, drafts, 'score')
	);
}

/** The funds' figure and the rows' in `column` add up to the printed total (none printed: true). */
function sumMatches(
	printed: string | null,
	own: string | null | undefined,
	drafts: readonly Figures[],
	column: 'weight' | 'score'
): boolean {
	if (printed === null) return true;
	const target = points(printed);
	// a funds row without the figure adds nothing; one this cannot read leaves it unsure
	let total = own == null || isPlaceholder(own) ? 0 : points(own);
	if (target === null || total === null) return false;
	for (const d of drafts) total += points(d[column]) ?? 0;
	return Math.abs(total - target) <= SUM_TOLERANCE_POINTS;
}
