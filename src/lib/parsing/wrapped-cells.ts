/**
 * PDF text in reading order prints a cell too long for its column on lines of its own, wrapped
 * (a long indicator name before its row's values, a deviation note after them). Flowing text
 * reads one cell per whitespace token, so such a cell would become one "cell" per line. Here the
 * wrapped lines are joined back into one cell, and a note is marked as the note of the row above.
 */
import type { Cell } from './cells.ts';
import { readLevelLabel } from './levels.ts';
import { isFigure } from './points.ts';
import { joinText, visualWidth } from './text.ts';
import { joinWrapped } from './wrap-groups.ts';
import { EXPLANATION_START } from './templates/columns.ts';

/** Sentence punctuation: notes are sentences, names rarely carry any. */
const SENTENCE = /[，,。；;！!？?]/;
/** A sentence's end: a wrapped note ends here when a name follows it on the next lines. */
const SENTENCE_END = /[。；;！!？?]$/;

const isSentence = (cell: Cell) => SENTENCE.test(cell.text);

const isNumber = isFigure;

/** The cells of each line, in order. */
export function byLine(cells: readonly Cell[]): Cell[][] {
	const lines: Cell[][] = [];
	for (const cell of cells) {
		const last = lines[lines.length - 1];
		if (last && last[0]?.line === cell.line) last.push(cell);
		else lines.push([cell]);
	}
	return lines;
}

/** A line of one text token: a wrapped piece of a long cell (not a number, not a level label). */
function isPiece(line: readonly Cell[]): boolean {
	const text = line.length === 1 ? (line[0]?.text ?? '') : '';
	return text !== '' && !isNumber(text) && !readLevelLabel(text);
}

/**
 * Cuts a run of one-token lines into cells. A wrapped cell's lines fill its column but the last:
 * a line short of the run's widest (by more than folded punctuation explains) ends a cell, and a
 * 指标解释 opening (`反映…`) after a name starts one. Then a
 * note ends at a sentence's end, and lines after it without sentence punctuation are the next
 * row's wrapped name.
 */
function cutRun(run: readonly Cell[]): Cell[][] {
	const fills = fillsWidest(run.map((c) => c.text));
	const parts: Cell[][] = [[]];
	run.forEach((cell, k) => {
		const part = parts[parts.length - 1]!;
		// a name filling its line, then the 指标解释 in the next column (河北)
		if (part.length && EXPLANATION_START.test(cell.text) && !part.some(isSentence)) {
			parts.push([cell]);
			return;
		}
		part.push(cell);
		if (k < run.length - 1 && !fills(cell.text)) parts.push([]);
	});
	return parts.flatMap(cutSentences);
}

/** Half a CJK character: a column wraps early when a full-width character would not fit. */
const SLACK = 0.5;

/**
 * A line's width in CJK characters as printed: ASCII counts half, but punctuation the text was
 * folded from (`，` read as `,`) counts whole.
 */
export function printedWidth(text: string): number {
	let width = visualWidth(text);
	for (const ch of text) if (FOLDED_PUNCTUATION.includes(ch)) width += 0.5;
	return width;
}

const FOLDED_PUNCTUATION = ',;:!?()';

/**
 * Whether a text fills the column its texts were wrapped to: the column is as wide as the widest
 * text read narrowest (ASCII punctuation as printed), and a text fills it when, read widest
 * (that punctuation folded from full width), it falls short by less than `SLACK` — so a line
 * with `(PM2.5)` neither widens the column nor misses it.
 */
export function fillsWidest(texts: readonly string[]): (text: string) => boolean {
	let column = 0;
	for (const text of texts) column = Math.max(column, visualWidth(text));
	return (text) => printedWidth(text) >= column - SLACK;
}

function cutSentences(run: readonly Cell[]): Cell[][] {
	for (let k = run.length - 2; k >= 0; k--) {
		if (!SENTENCE_END.test(run[k]?.text ?? '')) continue;
		const tail = run.slice(k + 1);
		if (tail.some((c) => SENTENCE.test(c.text))) break;
		return [run.slice(0, k + 1), tail];
	}
	return [run.slice()];
}

/**
 * Flowing text's cells with wrapped lines joined: a run of one-token lines is one cell (or a
 * note and a name, see cutRun). A cell of sentences right after a row's values, and text after
 * a row's weight and score at its line's end, is marked `note` (the note of the row above).
 */
export function joinWrappedCells(cells: readonly Cell[]): Cell[] {
	const lines = byLine(cells);
	// text printed one cell per line is not reading-order PDF text: its lines are cells already
	let wide = 0;
	for (const line of lines) if (line.length > 1) wide++;
	if (wide * 4 < lines.length) return cells.slice();
	const out: Cell[] = [];
	let afterRow = false;
	for (let i = 0; i < lines.length;) {
		const line = lines[i]!;
		if (!isPiece(line)) {
			pushTrailingNote(out, joinSpacedLabels(line));
			// a row's line: its cells side by side (not level labels alone)
			afterRow = line.length > 1 && !line.every((c) => readLevelLabel(c.text));
			i++;
			continue;
		}
		const run: Cell[] = [];
		while (
			i < lines.length &&
			isPiece(lines[i]!) &&
			(!run.length || lines[i]![0]!.line === run[run.length - 1]!.line + 1)
		)
			run.push(lines[i++]![0]!);
		cutRun(run).forEach((part, k) => {
			const text = joinWrapped(part.map((c) => c.text));
			const note = k === 0 && afterRow && SENTENCE.test(text);
			out.push({ text, line: part[0]!.line, ...(note ? { role: 'note' as const } : {}) });
		});
		afterRow = false;
	}
	return out;
}

/**
 * Pushes a line's cells to `out`; a values line ending in text after its two numbers
 * (`… 10 0 年度工作目标已调整`) has that text pushed as one cell, the row's note, printed in
 * the last column.
 */
function pushTrailingNote(out: Cell[], line: readonly Cell[]): void {
	let last = line.length - 1;
	while (last >= 0 && !isNumber(line[last]!.text)) last--;
	const note =
		last < 1 || last === line.length - 1 || !isNumber(line[last - 1]!.text)
			? null
			: line.slice(last + 1);
	if (!note || note.some((c) => readLevelLabel(c.text))) {
		for (const cell of line) out.push(cell);
		return;
	}
	for (let k = 0; k <= last; k++) out.push(line[k]!);
	out.push({ text: joinText(note.map((c) => c.text)), line: note[0]!.line, role: 'note' });
}

/** A token of a letter-spaced label: one or two characters, or the points after it. */
const SPACED_PIECE = /^([\u4e00-\u9fff]{1,2}|\(\d+分\))$/;

/**
 * A level label printed letter-spaced (`产 出 指 标 (50分)`, 安徽) is one label: runs of one- or
 * two-character tokens are joined when they spell one (readLevelLabel).
 */
export function joinSpacedLabels(line: readonly Cell[]): Cell[] {
	if (!line.some((c) => c.text.length === 1)) return line.slice();
	const out: Cell[] = [];
	for (let i = 0; i < line.length; i++) {
		let joined = '';
		let end = -1;
		for (let k = i; k < line.length && SPACED_PIECE.test(line[k]?.text ?? ''); k++) {
			joined += line[k]?.text ?? '';
			if (k > i && readLevelLabel(joined)) end = k;
		}
		if (end < 0) {
			out.push(line[i]!);
			continue;
		}
		const text = line
			.slice(i, end + 1)
			.map((c) => c.text)
			.join('');
		out.push({ text, line: line[i]!.line });
		i = end;
	}
	return out;
}
