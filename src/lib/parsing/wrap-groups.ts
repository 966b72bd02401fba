/**
 * Groups wrapped text lines back into cells. PDF text prints a tall cell as several lines, and
 * neighbouring cells one after another; a cell's lines are as wide as its column except the last.
 * We cut the lines into the wanted number of cells where that rule is broken least, helped by
 * what each cell is expected to hold (its column width, what its text looks like).
 */
import { isCjk, joinText, visualWidth } from './text.ts';

/** One line of text and whether it followed the previous line directly (no blank line between). */
export interface TextLine {
	text: string;
	joined: boolean;
}

/**
 * What one wanted cell is known to look like: its column's width when measured elsewhere on
 * the form, and a cost for its joined text (negative when the text looks like that column).
 */
export interface GroupShape {
	width?: number;
	judge?: (text: string) => number;
}

const MAX_LINES = 24;
/** Lines printed without a blank between them usually belong to one cell. */
const JOINED = 3;

function groupCost(
	lines: readonly TextLine[],
	widths: readonly number[],
	from: number,
	to: number,
	shape: GroupShape | undefined,
	slack: number
): number {
	let width = shape?.width ?? 0;
	for (let i = from; i < to; i++) width = Math.max(width, widths[i] ?? 0);
	let cost = 0;
	// every line but the last of a wrapped cell fills its column (short of it by `slack`)
	for (let i = from; i < to - 1; i++) cost += Math.max(0, width - (widths[i] ?? 0) - slack);
	if (shape?.judge) {
		let text = '';
		for (let i = from; i < to; i++) text += (lines[i]?.text ?? '').trim();
		cost += shape.judge(text);
	}
	return cost;
}

/** What cutting before lines[cut] costs: a cut inside a sentence or between unspaced lines. */
function cutCost(lines: readonly TextLine[], cut: number): number {
	const before = (lines[cut - 1]?.text ?? '').trim();
	let cost = lines[cut]?.joined ? JOINED : 0;
	if (/[，,、(（]$/.test(before)) cost += 2;
	if (/[。；;！!？?]$/.test(before)) cost -= 1;
	return cost;
}

/**
 * Cuts `lines` into `count` consecutive groups. A cut between two lines that followed each other
 * directly costs much; inside a group every line but the last should fill the column width;
 * `shapes[k]`, when given, says what group k should look like. Ties go to the earliest cuts.
 * `slack`: how far short of its column a full line may fall (a wide column of sentences wraps
 * one CJK character early, or holds folded punctuation narrower than what it printed).
 */
export function groupLines(
	lines: readonly TextLine[],
	count: number,
	shapes: readonly GroupShape[] = [],
	slack = 0
): TextLine[][] {
	const n = lines.length;
	if (count <= 1 || n <= 1) return n ? [lines.slice()] : [];
	if (n <= count) return lines.map((l) => [l]);
	if (n > MAX_LINES) {
		// too long to search: one line per group, the rest in the last group
		return [...lines.slice(0, count - 1).map((l) => [l]), lines.slice(count - 1)];
	}
	let best: number[] = [];
	let bestCost = Number.POSITIVE_INFINITY;
	const cuts: number[] = [];
	const widths = lines.map((l) => visualWidth(l.text));
	// each (group, from, to) is costed once: the search below meets the same groups many times
	const memo = new Map<number, number>();
	const cost = (group: number, from: number, to: number) => {
		const key = (group * (n + 1) + from) * (n + 1) + to;
		let value = memo.get(key);
		if (value === undefined) {
			value = groupCost(lines, widths, from, to, shapes[group], slack);
			memo.set(key, value);
		}
		return value;
	};
	const cutCosts = lines.map((_, cut) => cutCost(lines, cut));
	const search = (start: number, left: number, sum: number) => {
		const group = count - 1 - left;
		if (left === 0) {
			const total = sum + cost(group, start, n);
			if (total < bestCost) [bestCost, best] = [total, cuts.slice()];
			return;
		}
		for (let cut = start + 1; cut <= n - left; cut++) {
			cuts.push(cut);
			search(cut, left - 1, sum + cost(group, start, cut) + (cutCosts[cut] ?? 0));
			cuts.pop();
		}
	};
	search(0, count - 1, 0);
	const groups: TextLine[][] = [];
	let start = 0;
	for (const cut of [...best, n]) {
		groups.push(lines.slice(start, cut));
		start = cut;
	}
	return groups;
}

/** A digit, or what continues a number (`10` + `0%`, `12.` + `5`). */
const NUMBER_END = /[\d.]$/;
const NUMBER_START = /^[\d.%]/;

/**
 * The text of one cell from its wrapped lines. Column wrapping breaks CJK text anywhere, numbers
 * too (`准确率10` / `0%`): pieces of a number join without the space joinText puts between them.
 */
export function joinWrapped(lines: readonly string[]): string {
	// (the text is built once at the end: joining each line onto the whole text so far took
	// seconds on a goal extracted as 10,000 short lines)
	const out: string[] = [];
	// the text's last character; where the number pieces glued as printed since the last line
	// of text start in `out` (joinText folds their runs of spaces once such a line follows)
	let last = '';
	let raw = -1;
	for (const line of lines) {
		const part = line.trim();
		if (last && NUMBER_END.test(last) && NUMBER_START.test(part)) {
			if (raw < 0) raw = out.length;
			out.push(part);
			last = part.charAt(part.length - 1);
			continue;
		}
		if (raw >= 0) out.splice(raw, out.length - raw, joinText([out.slice(raw).join('')]));
		raw = -1;
		const text = joinText([part]);
		if (!text) continue;
		if (last && !isCjk(last) && !isCjk(text[0])) out.push(' ');
		out.push(text);
		last = text.charAt(text.length - 1);
	}
	return out.join('');
}

const SENTENCE_END = /[。；;！!？?]$/;

/**
 * Two cells printed side by side, their lines interleaved (PDF text of a two-column row): lines
 * of two tokens hold a line of each; the taller cell's lines above and below the shorter one
 * (it is centred) stand alone. The taller is the one whose last paired line does not end it (a
 * full line, not the end of a sentence). Null unless the lines are such (≤ 2 tokens each, some 2).
 */
export function readSideBySide(rows: readonly string[][]): [string, string] | null {
	if (!rows.length || rows.some((r) => r.length > 2) || rows.every((r) => r.length < 2))
		return null;
	const first = rows.findIndex((r) => r.length === 2);
	let last = rows.length - 1;
	while (rows[last]?.length !== 2) last--;
	const paired = rows.slice(first, last + 1);
	// a single line between paired lines is no side-by-side layout
	if (paired.some((r) => r.length !== 2)) return null;
	const single = rows.length > paired.length;
	const ended = (k: 0 | 1) => {
		const text = paired[paired.length - 1]?.[k] ?? '';
		const widest = Math.max(...paired.map((r) => visualWidth(r[k] ?? '')));
		return SENTENCE_END.test(text) || visualWidth(text) < widest - 1;
	};
	const taller = !single ? -1 : ended(0) && !ended(1) ? 1 : !ended(0) && ended(1) ? 0 : 1;
	const column = (k: 0 | 1) =>
		joinWrapped(
			k === taller
				? rows.map((r) => (r.length === 2 ? (r[k] ?? '') : (r[0] ?? '')))
				: paired.map((r) => r[k] ?? '')
		);
	return [column(0), column(1)];
}
