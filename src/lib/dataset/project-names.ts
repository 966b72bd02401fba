/**
 * Project names as the cross-year key compares them: cleaned (spacing, punctuation, brackets
 * gone), normalised (years and money-word endings gone), and compared by character n-grams.
 */
import { PROJECT_KEY_RULES } from '../model/project-key-rules.ts';

/** Whitespace (also full-width), punctuation (brackets included) and symbols removed, NFKC. */
export function cleanName(name: string): string {
	return name.normalize('NFKC').replace(/[\s\p{Z}\p{P}\p{S}]/gu, '');
}

/** A cleaned name without the years in it (2021年度, 2021年, 2021). */
export const withoutYears = (clean: string) => clean.replace(/(19|20)\d{2}(年度|年)?/g, '');

/**
 * The cleaned name without years (2021年度, 2021年, 2021) and without the endings of
 * PROJECT_KEY_RULES.suffixes, taken off repeatedly: 2021年度学生资助专项资金 → 学生资助.
 * A name that would become empty keeps its cleaned form.
 */
export function normalizeName(name: string): string {
	let out = withoutYears(cleanName(name));
	for (let changed = true; changed;) {
		changed = false;
		for (const suffix of PROJECT_KEY_RULES.suffixes) {
			if (out.length > suffix.length && out.endsWith(suffix)) {
				out = out.slice(0, -suffix.length);
				changed = true;
				break;
			}
		}
	}
	return out.length > 0 ? out : cleanName(name);
}

/** The character n-grams of a text, with their counts (the text itself when shorter than n). */
function ngrams(text: string, n: number): Map<string, number> {
	const chars = [...text];
	const grams = new Map<string, number>();
	if (chars.length < n) {
		if (chars.length > 0) grams.set(text, 1);
		return grams;
	}
	for (let i = 0; i + n <= chars.length; i++) {
		const gram = chars.slice(i, i + n).join('');
		grams.set(gram, (grams.get(gram) ?? 0) + 1);
	}
	return grams;
}

/**
 * Dice similarity of two texts' character n-grams: 2·|A ∩ B| / (|A| + |B|), from 0 (nothing
 * shared) to 1 (the same n-grams), counting repeated n-grams as often as they occur.
 */
export function nameSimilarity(a: string, b: string, n: number = PROJECT_KEY_RULES.ngram): number {
	const ga = ngrams(a, n);
	const gb = ngrams(b, n);
	let shared = 0;
	let total = 0;
	for (const [gram, count] of ga) {
		shared += Math.min(count, gb.get(gram) ?? 0);
		total += count;
	}
	for (const count of gb.values()) total += count;
	return total === 0 ? 0 : (2 * shared) / total;
}
