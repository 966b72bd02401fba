/**
 * PDF text that keeps side-by-side cells line by line (domain.md §4.1): a row's short cells sit on
 * one line, its tall cells (a wrapped name, a long note) print their lines above and below it,
 * centred, so a tall cell's lines are interleaved with the rows around it. Here each tall cell is
 * woven back together: every run of piece lines between two rows is split between the row above
 * (its lines below) and the row below (its lines above) where the split breaks least of what such
 * text obeys (see `placeCost`).
 */
import type { Cell } from './cells.ts';
import { readLevelLabel } from './levels.ts';
import { isFigure } from './points.ts';
import { byLine, fillsWidest, joinSpacedLabels } from './wrapped-cells.ts';
import { joinWrapped } from './wrap-groups.ts';

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
const isText = (cell: Cell) => !isNumber(cell.text) && !readLevelLabel(cell.text);

/** A line of one text token, or two when both a row's name and its note are tall. */
const isPiece = (line: readonly Cell[]) => line.length <= 2 && line.every(isText);

/**
 * What breaking each rule costs. Centring: a row prints as many lines of its tall cells below
 * its line as above, or one more. A wrapped cell fills its column on every line but its last.
 * Sentences do not continue a cell that holds none (a name), and a cell rarely holds many.
 * A piece no row can take stays a cell of its own. Where all else is equal, a line goes below
 * the row above it rather than above the row below (that needs a row three lines tall).
 */
const COST = { centre: 2, notFull: 3, sentenceInName: 2, afterEnd: 1, unplaced: 2.5, above: 0.25 };

/** Whether a text fills its column: the block's texts (not its figures) measure the column. */
export function fillsColumn(cells: readonly Cell[]): (text: string) => boolean {
	const fills = fillsWidest(cells.filter((c) => !isNumber(c.text)).map((c) => c.text));
	// the splits ask about the same few texts again and again
	const known = new Map<string, boolean>();
	return (text) => {
		let answer = known.get(text);
		if (answer === undefined) known.set(text, (answer = !isNumber(text) && fills(text)));
		return answer;
	};
}

/** One row's line and the piece lines placed above and below it. */
interface Placement {
	cost: number;
	/** row cell index → the texts of the lines above and below it */
	added: Map<number, { above: string[]; below: string[] }>;
	/** pieces no cell of the row can take, kept as cells before or after it */
	before: Cell[];
	after: Cell[];
}

/**
 * The cells with tall cells woven back, or null when the text shows no interleaving (no row
 * takes a piece line). `fullOf` gives fillsColumn of these cells (the caller's, when it has one).
 */
export function weaveInterleaved(
	cells: readonly Cell[],
	fullOf: () => (text: string) => boolean = () => fillsColumn(cells)
): Cell[] | null {
	const lines = byLine(cells).map(joinSpacedLabels);
	if (!lines.some(isPiece)) return null;
	const full = fullOf();
	// rows, and runs[r] the piece lines before rows[r] (runs[rows.length]: after the last)
	const rows: Cell[][] = [];
	const runs: Cell[][][] = [[]];
	for (const line of lines) {
		if (isPiece(line)) runs[runs.length - 1]!.push(line);
		else {
			rows.push(line);
			runs.push([]);
		}
	}
	if (!rows.length) return null;
	// a row's tall cells do not depend on the lines it takes: found once a row, not once a split
	const shapes = rows.map((line) => rowShape(line, full));
	const plan = splitRuns(rows, runs, (r, above, below) =>
		place(rows[r]!, shapes[r]!, above, below, full)
	);
	const out: Cell[] = [...runs[0]!.slice(0, runs[0]!.length - plan[0]!.above).flat()];
	let woven = false;
	rows.forEach((line, r) => {
		const { placement, below } = plan[r]!;
		const next = runs[r + 1]!;
		out.push(...placement.before);
		line.forEach((cell, k) => {
			const entry = placement.added.get(k);
			if (!entry) return out.push(cell);
			woven = true;
			const text = joinWrapped([...entry.above, cell.text, ...entry.below]);
			out.push({ text, line: cell.line });
		});
		out.push(...placement.after);
		// the lines between this row's and the next row's: neither took them
		const free = r + 1 < rows.length ? next.length - (plan[r + 1]?.above ?? 0) : next.length;
		out.push(...next.slice(below, free).flat());
	});
	return woven ? out : null;
}

/** How many piece lines a row takes above and below it, and what it does with them. */
interface Step {
	above: number;
	below: number;
	placement: Placement;
}

/**
 * Splits every run of pieces between the row above it and the row below it at the least total
 * cost: the split of one run changes the cost of the rows on both sides, so the rows are walked
 * in order, keeping for each number of lines the next row takes above it the cheapest past.
 */
function splitRuns(
	rows: readonly Cell[][],
	runs: readonly Cell[][][],
	place: (r: number, above: Cell[][], below: Cell[][]) => Placement
): Step[] {
	type State = { cost: number; back: Step | null; prev: number };
	// states[r]: lines row r takes above it → the cheapest way there
	const states: Array<Map<number, State>> = [new Map()];
	const lead = runs[0]!.length;
	for (let a = 0; a <= lead; a++)
		states[0]!.set(a, { cost: (lead - a) * COST.unplaced, back: null, prev: -1 });
	let end: { cost: number; step: Step; prev: number } | null = null;
	for (let r = 0; r < rows.length; r++) {
		const run = runs[r]!;
		const next = runs[r + 1]!;
		const last = r === rows.length - 1;
		const reached = new Map<number, State>();
		for (const [a, state] of states[r]!) {
			for (let b = 0; b <= next.length; b++) {
				const placement = place(r, run.slice(run.length - a), next.slice(0, b));
				const step = { above: a, below: b, placement };
				if (last) {
					// lines after the last row that it does not take stay cells of their own
					const cost = state.cost + placement.cost + (next.length - b) * COST.unplaced;
					if (!end || cost < end.cost) end = { cost, step, prev: a };
					continue;
				}
				const cost = state.cost + placement.cost;
				const known = reached.get(next.length - b);
				if (!known || cost < known.cost)
					reached.set(next.length - b, { cost, back: step, prev: a });
			}
		}
		states.push(reached);
	}
	// walk back from the cheapest end
	const plan: Step[] = [];
	let step = end!.step;
	for (let r = rows.length - 1; r >= 0; r--) {
		plan[r] = step;
		if (r > 0) step = states[r]!.get(step.above)!.back!;
	}
	return plan;
}

/** A row's tall cells: those printed full-width on its line, else its name and its note. */
interface RowShape {
	fullAt: number[];
	first: number;
	second: number;
}

function rowShape(line: readonly Cell[], full: (text: string) => boolean): RowShape {
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
function place(
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

/**
 * Where a block's text starts when its label is centred among the text's lines (`通过实施…` /
 * `年度总体目标 师培训…` / `庭经济…`): the lines of one text cell right above the label's line,
 * when text follows the label on its line, are the block's first lines. Else `anchorEnd`.
 */
export function blockStart(
	cells: readonly Cell[],
	anchor: number,
	anchorEnd: number,
	isLabel: (text: string) => boolean
): number {
	let line = cells[anchor]?.line ?? -1;
	if (cells[anchorEnd]?.line !== line) return anchorEnd;
	let start = anchor;
	for (;;) {
		const above = cells[start - 1];
		if (!above || above.line !== line - 1 || cells[start - 2]?.line === above.line) break;
		if (!isText(above) || isLabel(above.text)) break;
		start--;
		line--;
	}
	return start === anchor ? anchorEnd : start;
}
