/**
 * Where one row of interleaved PDF text (interleaved-cells.ts) puts the piece lines printed above
 * and below its line: which of its tall cells takes each, and what that costs by the rules such
 * text obeys (centring, full lines, sentences).
 */
import type { Cell } from './cells.ts';
import { readLevelLabel } from './levels.ts';
import { isFigure } from './points.ts';

const isNumber = isFigure;
/** A sentence's end: a wrapped note's last line. */
const ENDED = /[。；;！!？?]$/;
const SENTENCE = /[，,。；;]/;

/** How many sentences a text holds (its last one need not end). */
function sentences(text: string): number {
	const ends = text.match(/[。；;！!？?]/g)?.length ?? 0;
	return ENDED.test(text) ? ends : ends + 1;
}

/** A text token: no figure, no level label. */
export const isText = (cell: Cell) => !isNumber(cell.text) && !readLevelLabel(cell.text);

/**
 * What breaking each rule costs. Centring: a row prints as many lines of its tall cells below
 * its line as above, or one more. A wrapped cell fills its column on every line but its last.
 * Sentences do not continue a cell that holds none (a name), and a cell rarely holds many.
 * A piece no row can take stays a cell of its own. Where all else is equal, a line goes below
 * the row above it rather than above the row below (that needs a row three lines tall).
 */
export const COST = {
	centre: 2,
	notFull: 3,
	sentenceInName: 2,
	afterEnd: 1,
	unplaced: 2.5,
	above: 0.25
};

/** One row's line and the piece lines placed above and below it. */
export interface Placement {
	cost: number;
	/** row cell index → the texts of the lines above and below it */
	added: Map<number, { above: string[]; below: string[] }>;
	/** pieces no cell of the row can take, kept as cells before or after it */
	before: Cell[];
	after: Cell[];
}

/** A row's tall cells: those printed full-width on its line, else its name and its note. */
export interface RowShape {
	fullAt: number[];
	first: number;
	second: number;
}

export function rowShape(line: readonly Cell[], full: (text: string) => boolean): RowShape {
	const fullAt = line.flatMap((c, k) => (isText(c) && full(c.text) ? [k] : []));
	let [first, second] = [fullAt[0] ?? -1, fullAt[fullAt.length - 1] ?? -1];
	if (fullAt.length < 2) {
		first = line.findIndex(isText);
		const last = line.length - 1;
		second = last > first && isText(line[last]!) ? last : -1;
	}
	return { fullAt, first, second };
}

/** The cell of the row a piece line's k-th piece goes to, or -1 when none can take it. */
function target(line: readonly Cell[], shape: RowShape, piece: readonly Cell[], k: number): number {
	const { fullAt, first, second } = shape;
	if (piece.length === 2) return k === 0 ? first : second;
	const tall = fullAt[fullAt.length - 1] ?? -1;
	// beside the name, a cell before the figures (河北's 指标解释) or the note after them: a
	// piece goes to the note when it holds a sentence or the note's line stops mid-sentence
	if (fullAt.length < 2 || tall !== line.length - 1) return tall;
	const note = line[tall]!.text;
	const sentence = SENTENCE.test(piece[0]!.text) || (SENTENCE.test(note) && !ENDED.test(note));
	return sentence ? tall : fullAt[0]!;
}

/** Adds the piece lines a row can take to its cells (the others before or after it): how many. */
function take(
	line: readonly Cell[],
	shape: RowShape,
	pieces: readonly Cell[][],
	where: 'above' | 'below',
	placement: Placement
): number {
	let taken = 0;
	for (const piece of pieces) {
		let fits = true;
		for (let k = 0; k < piece.length && fits; k++) fits = target(line, shape, piece, k) >= 0;
		if (!fits) {
			placement[where === 'above' ? 'before' : 'after'].push(...piece);
			placement.cost += COST.unplaced;
			continue;
		}
		for (let k = 0; k < piece.length; k++) {
			const at = target(line, shape, piece, k);
			let entry = placement.added.get(at);
			if (!entry) placement.added.set(at, (entry = { above: [], below: [] }));
			entry[where].push(piece[k]!.text);
		}
		taken++;
	}
	return taken;
}

/**
 * Places a row's piece lines: a line of two pieces goes to the row's two tall cells (the two
 * printed full-width on its line, else its name and its note); a single piece to the last cell
 * printed full-width, or to the name when that cell is a note the piece does not continue.
 */
export function place(
	line: readonly Cell[],
	shape: RowShape,
	above: readonly Cell[][],
	below: readonly Cell[][],
	full: (text: string) => boolean
): Placement {
	const placement: Placement = { cost: 0, added: new Map(), before: [], after: [] };
	const up = take(line, shape, above, 'above', placement);
	const down = take(line, shape, below, 'below', placement);
	// centred: as many lines below as above, or one more
	placement.cost += COST.above * up;
	placement.cost += COST.centre * (down < up ? up - down : Math.max(0, down - up - 1));
	for (const [k, { above: ups, below: downs }] of placement.added) {
		const own = line[k]!.text;
		const texts = [...ups, own, ...downs];
		for (const text of texts.slice(0, -1)) if (!full(text)) placement.cost += COST.notFull;
		// each sentence more in one cell costs more than the last (two cells of two sentences
		// each, not one of three and one of one)
		const [n, own0] = [sentences(texts.join('')), sentences(own)];
		placement.cost += (COST.afterEnd * (n * (n - 1) - own0 * (own0 - 1))) / 2;
		if (!SENTENCE.test(own) && [...ups, ...downs].some((t) => SENTENCE.test(t)))
			placement.cost += COST.sentenceInName;
	}
	return placement;
}
