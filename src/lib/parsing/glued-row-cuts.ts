/**
 * Every reading of a glued indicator row printed name | target | actual, then its figures
 * (weight and score, or the score) and a note, or no figure at all (转移支付 forms): the figures
 * and the note off the end, the values cut by their shapes (glued-cuts.ts).
 */
import {
	cutBareActual,
	cutHead,
	cutNameTarget,
	cutQualitativeGuess,
	cutQualitativeSure,
	cutShortfall,
	cutValues,
	FIGURES_RUN,
	MAX_HEAD,
	splitOverWeight,
	splitWeightScore,
	type Head
} from './glued-cuts.ts';
import {
	MAX_READINGS,
	only,
	pairings,
	TAIL,
	type RowCut,
	type RowReading
} from './glued-readings.ts';

/** A row ending in its figures (weight and score, or the score) and a note: every reading. */
export function cutWithFigures(rest: string, figures: number): RowCut | null {
	const tail = TAIL.exec(rest);
	if (!tail) return only([]);
	const [, head = '', digits = '', note = ''] = tail;
	if (head.length > MAX_HEAD || digits.length > FIGURES_RUN) return null;
	const heads = cutValues(head);
	if (figures === 1) {
		if (heads) return only(pairings(heads, [{ weight: null, score: digits }], note));
		// a bare actual glued to the score: `≥2800个` + `00.0` is 0 and 0.0
		const m = cutNameTarget(head);
		const cut = /^(0|[1-9]\d*)((?:0|[1-9]\d*)(?:\.\d+)?)$/.exec(digits);
		if (!m || !cut) return only([]);
		return only([{ parts: [m[0], m[1], cut[1] ?? ''], weight: null, score: cut[2] ?? '', note }]);
	}
	// the likeliest first: the values as the text cuts them with the score within its weight, a
	// bare actual glued to the figures, the score over its weight (a form's error validation
	// flags); the first of these that reads is kept, the later ones are alternates for the sums
	const split = splitWeightScore(digits);
	const bare = () => cutBareFigures(head, digits, note).slice(0, MAX_READINGS);
	const overWeight = () => {
		const over = heads ? splitOverWeight(digits) : null;
		return heads && over ? pairings(heads, over.options, note) : [];
	};
	const within = heads && split ? pairings(heads, split.options, note) : [];
	if (within.length) return { readings: within, alternates: () => [...bare(), ...overWeight()] };
	const bareFigures = bare();
	if (bareFigures.length) return { readings: bareFigures, alternates: overWeight };
	return only(overWeight());
}

/** `…≥2800个` + `000`: actual 0, weight 0, score 0; every way the digits split so. */
function cutBareFigures(head: string, digits: string, note: string): RowReading[] {
	const m = cutNameTarget(head);
	if (!m) return [];
	const out: RowReading[] = [];
	for (let k = 1; k < digits.length - 1; k++) {
		const actual = digits.slice(0, k);
		if (/^0\d/.test(actual)) continue;
		const split = splitWeightScore(digits.slice(k));
		for (const o of split?.options ?? []) out.push({ parts: [m[0], m[1], actual], ...o, note });
	}
	return out;
}

/** A value holds no sentence punctuation: that is a note's. */
const plain = (h: Head) =>
	!/[，。；：,;]/.test(`${h[1]}${h[2]}`) && /[\u4e00-\u9fff]{2}/.test(h[0]);

/**
 * A row that prints no figure after its actual (转移支付 forms: no weight, no score): the note,
 * if any, is the text after the longest head the text decides as name, target and actual (a
 * figure pair, a bare actual after a target with its unit, a qualitative pair); failing that,
 * after the longest head a guess reads.
 */
export function cutWithoutFigures(rest: string): RowReading[] | null {
	// a note starts with a word, not inside a figure or its unit
	// (no head longer than MAX_HEAD: a long row's note is what follows one)
	const ends: number[] = [];
	for (let end = Math.min(rest.length, MAX_HEAD); end > 2; end--)
		if (end === rest.length || /[\u4e00-\u9fff]/.test(rest[end] ?? '')) ends.push(end);
	const read = (end: number, heads: Head[] | null) =>
		(heads ?? []).filter(plain).map((parts) => ({
			parts,
			weight: null,
			score: null,
			note: rest.slice(end)
		}));
	for (const end of ends) {
		const head = rest.slice(0, end);
		const bare = cutBareActual(head);
		const sure = cutQualitativeSure(head);
		// a shortfall's name is a name: no sentence of a note in it
		const short = cutShortfall(head)?.filter((h) => !/[，。；：,;]/.test(h[0]));
		const decided = read(
			end,
			cutHead(head) ?? (bare ? [bare] : sure ? [sure] : short?.length ? short : null)
		);
		if (decided.length) return decided.slice(0, MAX_READINGS);
	}
	for (const end of ends) {
		const guessed = read(end, cutQualitativeGuess(rest.slice(0, end), false));
		if (guessed.length) return guessed.slice(0, MAX_READINGS);
	}
	// words only, nothing that reads: the words before the first sentence mark (a note's) cut
	// as a guess (the row's warning names it)
	const words = /^[\u4e00-\u9fff]+/.exec(rest)?.[0] ?? '';
	if (rest.length > MAX_HEAD) return null;
	return read(words.length, cutQualitativeGuess(words));
}
