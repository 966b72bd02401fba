/**
 * PDF text that keeps side-by-side cells line by line (domain.md §4.1): a row's short cells sit on
 * one line, its tall cells (a wrapped name, a long note) print their lines above and below it,
 * centred, so a tall cell's lines are interleaved with the rows around it. Here each tall cell is
 * woven back together from the lines above its row (as many as the centring leaves there) and
 * below it (as many, or one more).
 */
import type { Cell } from './cells.ts';
import { readLevelLabel } from './levels.ts';
import { readDecimal } from './numbers.ts';
import { byLine, printedWidth } from './wrapped-cells.ts';
import { joinWrapped } from './wrap-groups.ts';

const isNumber = (text: string) => readDecimal(text.replace(/分$/, '')) !== null;
/** A sentence's end: a wrapped note's last line. */
const ENDED = /[。；;！!？?]$/;
const SENTENCE = /[，,。；;]/;

/** A text token: no figure, no level label. */
const isText = (cell: Cell) => !isNumber(cell.text) && !readLevelLabel(cell.text);

/**
 * The cells with tall cells woven back, or null when the text shows no interleaving (no row
 * line holds a full-width piece of a tall cell next to lines of its own). Lines of one text
 * token, or two when both a row's name and its note are tall, are pieces of tall cells.
 */
export function weaveInterleaved(cells: readonly Cell[]): Cell[] | null {
	const lines = byLine(cells);
	// the column width: the widest text of the block (a wrapped cell's full lines)
	let widest = 0;
	for (const cell of cells)
		if (!isNumber(cell.text)) widest = Math.max(widest, printedWidth(cell.text));
	const full = (text: string) => !isNumber(text) && printedWidth(text) >= widest - 0.5;
	const isPiece = (line: readonly Cell[]) => line.length <= 2 && line.every(isText);
	if (!lines.some(isPiece)) return null;
	const out: Cell[] = [];
	let pending: Cell[][] = [];
	let woven = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (isPiece(line)) {
			pending.push(line);
			continue;
		}
		// the row's tall cells: its name and its last cell (a note); a single piece goes to the
		// one printed full-width on the row's line (the last such)
		// (two pieces side by side go to the two full-width cells, else to the name and the note)
		const fullAt = line.flatMap((c, k) => (isText(c) && full(c.text) ? [k] : []));
		const tall = fullAt[fullAt.length - 1] ?? -1;
		let [first, second] = [fullAt[0] ?? -1, tall];
		if (fullAt.length < 2) {
			first = line.findIndex(isText);
			const last = line.length - 1;
			second = last > first && isText(line[last]!) ? last : -1;
		}
		const target = (piece: readonly Cell[], k: number) =>
			piece.length === 2 ? (k === 0 ? first : second) : tall;
		const fits = (piece: readonly Cell[]) => piece.every((_, k) => target(piece, k) >= 0);
		if (tall < 0 && !pending.some((p) => p.length === 2)) {
			out.push(...pending.flat(), ...line);
			pending = [];
			continue;
		}
		const above = pending.filter(fits);
		out.push(...pending.filter((p) => !fits(p)).flat());
		pending = [];
		const added = new Map<number, { above: string[]; below: string[] }>();
		const add = (piece: readonly Cell[], where: 'above' | 'below') =>
			piece.forEach((cell, k) => {
				const at = target(piece, k);
				const entry = added.get(at) ?? { above: [], below: [] };
				entry[where].push(cell.text);
				added.set(at, entry);
			});
		for (const piece of above) add(piece, 'above');
		// centred: as many lines below as above, or one more while a cell is still open; the
		// lines before a row with no tall cell of its own can only be this row's
		const nextRow = lines.slice(i + 1).find((l) => !isPiece(l));
		const claimed = nextRow?.some((c) => isText(c) && full(c.text)) ?? false;
		// a cell is open while its last line is full (and, when the next row may claim the
		// lines, does not end a sentence)
		const last = new Map(line.map((c, k) => [k, c.text]));
		const open = (k: number) => {
			const text = last.get(k) ?? '';
			return full(text) && (!claimed || !ENDED.test(text));
		};
		let below = 0;
		while (i + 1 < lines.length && isPiece(lines[i + 1]!) && fits(lines[i + 1]!)) {
			const next = lines[i + 1]!;
			// sentences do not continue a cell that holds none (a name that fills its line)
			const continues = (c: Cell, k: number) =>
				open(target(next, k)) &&
				(!SENTENCE.test(c.text) || SENTENCE.test(last.get(target(next, k)) ?? ''));
			if (!next.every(continues) || below > above.length) break;
			add(next, 'below');
			next.forEach((c, k) => last.set(target(next, k), c.text));
			below++;
			i++;
		}
		if (!added.size) {
			out.push(...line);
			continue;
		}
		woven = true;
		line.forEach((cell, k) => {
			const entry = added.get(k);
			if (!entry) return out.push(cell);
			const text = joinWrapped([...entry.above, cell.text, ...entry.below]);
			out.push({ text, line: cell.line });
		});
	}
	out.push(...pending.flat());
	return woven ? out : null;
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
