/**
 * PDF text that keeps side-by-side cells line by line (domain.md §4.1): a row's short cells sit on
 * one line, its tall cells (a wrapped name, a long note) print their lines above and below it,
 * centred, so a tall cell's lines are interleaved with the rows around it. Here each tall cell is
 * woven back together: every run of piece lines between two rows is split between the row above
 * (its lines below) and the row below (its lines above) where the split breaks least of what such
 * text obeys (interleaved-place.ts).
 */
import type { Cell } from './cells.ts';
import { byLine, fillsWidest, joinSpacedLabels } from './wrapped-cells.ts';
import { joinWrapped } from './wrap-groups.ts';
import { isFigure } from './points.ts';
import { COST, isText, place, rowShape, type Placement } from './interleaved-place.ts';

/** A line of one text token, or two when both a row's name and its note are tall. */
const isPiece = (line: readonly Cell[]) => line.length <= 2 && line.every(isText);

/** Whether a text fills its column: the block's texts (not its figures) measure the column. */
export function fillsColumn(cells: readonly Cell[]): (text: string) => boolean {
	const fills = fillsWidest(cells.filter((c) => !isFigure(c.text)).map((c) => c.text));
	// the splits ask about the same few texts again and again
	const known = new Map<string, boolean>();
	return (text) => {
		let answer = known.get(text);
		if (answer === undefined) known.set(text, (answer = !isFigure(text) && fills(text)));
		return answer;
	};
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
