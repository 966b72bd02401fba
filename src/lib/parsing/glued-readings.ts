/**
 * The readings of one glued indicator row (name | target | actual, its figures, its note) as the
 * row cutters (glued-row-cuts.ts, glued-weight-first.ts, glued-explained.ts) give them: the
 * likeliest first, at most MAX_READINGS named, repeats dropped.
 */
import type { Head } from './glued-cuts.ts';

/** A row's figures and its note off the end of its text: head, digits, note. */
export const TAIL = /^(.*[^\d.])(\d+(?:\.\d+)?)([^\d.%]*)$/;

/** One reading of a glued row: name | target | actual, the figures after them, the note. */
export interface RowReading {
	parts: Head;
	weight: string | null;
	score: string | null;
	note: string;
}

/**
 * A row's readings, and the less likely ones, taken only where the form's sums call for them
 * (glued-sums.ts): made only then (the rows as first read nearly always add up).
 */
export interface RowCut {
	readings: RowReading[];
	alternates: () => RowReading[];
}

const NO_ALTERNATES = (): RowReading[] => [];
/** A row's readings with no less likely ones. */
export const only = (readings: RowReading[]): RowCut => ({ readings, alternates: NO_ALTERNATES });

/** At most this many readings of a row are named (a row that reads more ways is named so). */
export const MAX_READINGS = 6;

/** The readings without repeats (two weights read the same way, `5` by both patterns). */
export function distinct(readings: RowReading[]): RowReading[] {
	if (readings.length < 2) return readings;
	const seen = new Set<string>();
	return readings.filter((r) => {
		const key = [...r.parts, r.weight, r.score, r.note].join('\u0000');
		return !seen.has(key) && !!seen.add(key);
	});
}

/** Every pairing of the values' readings with the figures' splits, the likeliest first. */
export function pairings(
	heads: readonly Head[],
	splits: ReadonlyArray<{ weight: string | null; score: string | null }>,
	note: string
): RowReading[] {
	const out: RowReading[] = [];
	for (const parts of heads) for (const split of splits) out.push({ parts, ...split, note });
	return out.slice(0, MAX_READINGS);
}
