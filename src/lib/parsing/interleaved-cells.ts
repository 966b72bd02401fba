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
import { printedWidth } from './wrapped-cells.ts';
import { joinWrapped } from './wrap-groups.ts';

const isNumber = (text: string) => readDecimal(text.replace(/分$/, '')) !== null;
/** A sentence's end: a wrapped note's last line. */
const ENDED = /[。；;！!？?]$/;

function byLine(cells: readonly Cell[]): Cell[][] {
	const lines: Cell[][] = [];
	for (const cell of cells) {
		const last = lines[lines.length - 1];
		if (last && last[0]?.line === cell.line) last.push(cell);
		else lines.push([cell]);
	}
	return lines;
}

/** A line of one text token: a line of a tall cell printed apart from its row. */
const isPiece = (line: readonly Cell[]) =>
	line.length === 1 && !isNumber(line[0]!.text) && !readLevelLabel(line[0]!.text);

/**
 * The cells with tall cells woven back, or null when the text shows no interleaving (no row
 * line holds a full-width piece of a tall cell next to a line of its own).
 */
export function weaveInterleaved(cells: readonly Cell[]): Cell[] | null {
	const lines = byLine(cells);
	const pieces = lines.filter(isPiece);
	if (!pieces.length) return null;
	// the column width: the widest text of the block (a wrapped cell's full lines)
	let widest = 0;
	for (const cell of cells)
		if (!isNumber(cell.text)) widest = Math.max(widest, printedWidth(cell.text));
	const full = (text: string) => !isNumber(text) && printedWidth(text) >= widest - 0.5;
	const out: Cell[] = [];
	let pending: Cell[] = [];
	let woven = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (isPiece(line)) {
			pending.push(line[0]!);
			continue;
		}
		// the row's tall cell: its full-width piece on the row's line (the last such: a note)
		const tall = line.findLastIndex((c) => full(c.text) && !readLevelLabel(c.text));
		if (tall < 0) {
			out.push(...pending, ...line);
			pending = [];
			continue;
		}
		const above = pending;
		pending = [];
		const below: Cell[] = [];
		// centred: as many lines below as above, or one more while the cell is still open
		let last = line[tall]!.text;
		// the lines before a row with no tall cell of its own can only be this cell's
		const nextRow = lines.slice(i + 1).find((l) => !isPiece(l));
		const claimed = nextRow?.some((c) => full(c.text) && !readLevelLabel(c.text)) ?? false;
		while (i + 1 < lines.length && isPiece(lines[i + 1]!)) {
			const open = full(last) && (!claimed || !ENDED.test(last));
			if (!open || below.length > above.length) break;
			const next = lines[++i]![0]!;
			below.push(next);
			last = next.text;
		}
		if (!above.length && !below.length) {
			out.push(...line);
			continue;
		}
		woven = true;
		const text = joinWrapped([...above, line[tall]!, ...below].map((c) => c.text));
		out.push(...line.slice(0, tall), { text, line: line[tall]!.line }, ...line.slice(tall + 1));
	}
	out.push(...pending);
	return woven ? out : null;
}
