/** A form's text as cells: `|`-separated cells, or whitespace-separated tokens, with line numbers. */
import { EMPTY_CELL } from './lines.ts';
import { withoutNumbering } from './label-core.ts';
import { SPACED_LABEL } from './templates/labels.ts';
import { compact, words } from './text.ts';
import type { HeaderLabel } from './header-cells.ts';

/** One printed cell (or token) and the line it was on. */
export interface Cell {
	text: string;
	line: number;
	/** the text without whitespace, computed once (cellKey) */
	key?: string;
	/** the key without its list numbering (cellBare: every anchor look-up reads it) */
	bare?: string;
	/** whether the cell ends a header value (header-cells.ts isStop), answered once */
	stop?: boolean;
	/** the header label starting at the cell, and the cells after it it was read with (labelAt) */
	headerLabel?: {
		a: Cell | undefined;
		b: Cell | undefined;
		c: Cell | undefined;
		d: Cell | undefined;
		/** `end` counted from the cell */
		label: HeaderLabel | null;
		/** how many cells the label spans */
		cells: number;
	};
	/** a deviation note PDF text printed below its row (wrapped-cells) */
	role?: 'note';
}

/** A cell's text without whitespace, computed once per cell. */
export function cellKey(cell: Cell | undefined): string {
	if (!cell) return '';
	return (cell.key ??= compact(cell.text));
}

/** A cell's text without whitespace and list numbering (withoutNumbering), computed once per cell. */
function cellBare(cell: Cell | undefined): string {
	if (!cell) return '';
	return (cell.bare ??= withoutNumbering(cellKey(cell)));
}

/** A span of cells [start, end) that matched a label. */
export interface Match {
	start: number;
	end: number;
}

/**
 * How the text delimits cells: `|` between cells (web tables), one cell per line with blank cells
 * kept (EMPTY_CELL lines), or whitespace in flowing text.
 */
export type Layout = 'pipe' | 'cell' | 'flow';

/** The layout of one form's lines. */
export function readLayout(lines: readonly string[]): Layout {
	let empty = 0;
	for (const line of lines) if (line === EMPTY_CELL && ++empty >= 3) return 'cell';
	return isPipeLayout(lines) ? 'pipe' : 'flow';
}

/** True when the text uses `|` as its cell separator (web-table layout). */
export function isPipeLayout(lines: readonly string[]): boolean {
	let pipes = 0;
	for (const line of lines) if (line.includes('|')) pipes++;
	return pipes >= 3 && pipes * 3 >= lines.filter((l) => l.trim()).length;
}

/**
 * Splits lines into cells. Web tables: one cell per `|`, empty cells kept (an empty cell is a
 * placeholder) except the empty run after a row's last filled cell. Other text: one cell per
 * whitespace-separated token.
 */
export function toCells(lines: readonly string[], layout: Layout): Cell[] {
	const cells: Cell[] = [];
	const pipe = layout === 'pipe';
	lines.forEach((line, index) => {
		if (layout === 'cell') {
			const text = line === EMPTY_CELL ? '' : line.trim();
			for (const piece of withRunOnsApart(text)) cells.push({ text: piece, line: index });
			return;
		}
		if (!pipe) {
			// (a token holds no whitespace: it is its own key)
			for (const token of flowTokens(line)) cells.push({ text: token, line: index, key: token });
			return;
		}
		if (!line.includes('|')) {
			if (line.trim()) cells.push({ text: line.trim(), line: index });
			return;
		}
		const parts = line.split('|').map((p) => p.trim());
		parts.pop();
		// `| a | b |`: the empty piece before the first bar is not a cell
		if (parts.length > 1 && parts[0] === '' && parts.slice(1).some((p) => p !== '')) parts.shift();
		let last = parts.length - 1;
		while (last >= 0 && parts[last] === '') last--;
		// a row of empty cells is one empty cell; trailing empties after filled cells are padding
		const kept = last < 0 ? parts.slice(0, 1) : parts.slice(0, last + 1);
		for (const text of kept) cells.push({ text, line: index });
	});
	return cells;
}

/**
 * A cell's paragraph with each run of digits longer than any figure (isRunOn) made a cell of its
 * own, the text before and after it the others: a line of figures run together, printed right
 * under a cell's text, is no part of it (`0.00` / 2,000 digits read as 0.00307…).
 */
function withRunOnsApart(text: string): string[] {
	if (text.length <= 40 || !RUN_ON.test(text)) return [text];
	const pieces: string[] = [];
	let from = 0;
	for (const m of text.matchAll(RUN_ONS)) {
		pieces.push(text.slice(from, m.index).trim(), m[0]);
		from = m.index + m[0].length;
	}
	pieces.push(text.slice(from).trim());
	return pieces.filter((piece) => piece !== '');
}

const RUN_ON = /\d{41}/;
/** (digits next to a point or a digit belong to a figure printed beside them) */
const RUN_ONS = /(?<![\d.])\d{41,}(?:\.\d+)?(?![\d.])/g;

/** one CJK character between spaces, as forms space out a short label (`总 分`, `预 期 指 标 值`) */
const SPACED_LETTERS = /(?:^|\s)[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])+(?=\s|$)/g;
const MAYBE_SPACED = /(?:^|\s)[\u4e00-\u9fff]\s+[\u4e00-\u9fff](?:\s|$)/;

/**
 * The whitespace-separated tokens of a line of flowing text; a run of single CJK characters that
 * spells a label is one token (a label spaced out across its cell: PDF text and flows split it at every space).
 */
function flowTokens(line: string): string[] {
	// (only a label the vocabulary knows: `产 出 指 标` before its points and `公 里` are read as printed)
	const spaced = MAYBE_SPACED.test(line)
		? line.replace(SPACED_LETTERS, (run) => ` ${spelledLabels(run.trim().split(/\s+/)).join(' ')}`)
		: line;
	return words(spaced);
}

/**
 * Single characters read as the labels they spell (side-by-side spaced labels print as one run:
 * `年 初 目 标 值 全 年 实 际 值` → 年初目标值, 全年实际值): the reading that leaves the fewest
 * characters alone, then the most labels (`执 行 率 得 分` → 执行率, 得分: two columns).
 */
function spelledLabels(chars: readonly string[]): string[] {
	const n = chars.length;
	// best[i]: the reading of chars[i…] as [characters alone, −labels, its first piece, where the
	// rest starts] (the pieces followed after: a copy of them at each place took 89 s on a line
	// of 64,000 spaced characters)
	const best: Array<[number, number, string, number]> = [];
	best[n] = [0, 0, '', n];
	for (let i = n - 1; i >= 0; i--) {
		const [alone, labels] = best[i + 1]!;
		let here: [number, number, string, number] = [alone + 1, labels, chars[i]!, i + 1];
		for (let j = i + 2; j <= Math.min(n, i + 12); j++) {
			const word = chars.slice(i, j).join('');
			if (!SPACED_LABEL.test(word)) continue;
			const [a, l] = best[j]!;
			if (a < here[0] || (a === here[0] && l - 1 < here[1])) here = [a, l - 1, word, j];
		}
		best[i] = here;
	}
	const pieces: string[] = [];
	for (let i = 0; i < n; i = best[i]![3]) pieces.push(best[i]![2]);
	return pieces;
}

/**
 * Finds the first label matching `pattern` in cells[from, to), allowing the label to be split
 * over up to `span` consecutive cells (`上年结转 资金`, `年度 总体 目标`).
 */
export function findLabel(
	cells: readonly Cell[],
	pattern: RegExp,
	from = 0,
	to = cells.length,
	span = 3
): Match | null {
	const starts = firstChars(pattern);
	for (let i = from; i < to; i++) {
		let text = cellKey(cells[i]);
		// `一、项目资金`, `1.年度总体目标`: the anchor after its numbering only (the patterns are
		// prefixes: a decoration after the words does not stop them)
		const bare = cellBare(cells[i]);
		if (bare !== text && !pattern.test(text)) text = bare;
		// every text tried from cell i starts with its first character: skip cells no label starts
		if (starts && text && !starts.has(text.charCodeAt(0))) continue;
		// (a label starts at a printed cell, not at the blank cell before it)
		if (!text) continue;
		if (pattern.test(text)) return { start: i, end: i + 1 };
		for (let k = i + 1; k < Math.min(to, i + span); k++) {
			text += cellKey(cells[k]);
			if (text.length > 24) break;
			if (pattern.test(text)) return { start: i, end: k + 1 };
		}
	}
	return null;
}

const LITERAL_ALTERNATIVES =
	/^\^\(([^()[\]\\.*+?{}^$|][^()[\]\\.*+?{}^|]*(?:\|[^()[\]\\.*+?{}^$|][^()[\]\\.*+?{}^|]*)*)\)/;
const startsOf = new Map<RegExp, Set<number> | null>();

/**
 * The codes of the characters a match of `pattern` can start with, when the pattern is `^(lit|lit…)…` without
 * flags (the section anchors); null when that cannot be read off the source. Computed once per
 * pattern, so findLabel tests the regex only at cells that can start a label (profile: findLabel
 * spent most of its time building and testing two- and three-cell strings that could not match).
 */
function firstChars(pattern: RegExp): Set<number> | null {
	let starts = startsOf.get(pattern);
	if (starts === undefined) {
		const m = pattern.flags ? null : LITERAL_ALTERNATIVES.exec(pattern.source);
		// (codes: a CJK character read off a text is a new string, hashed to be looked up)
		starts = m?.[1] ? new Set(m[1].split('|').map((alt) => alt.charCodeAt(0))) : null;
		startsOf.set(pattern, starts);
	}
	return starts;
}

/** The compacted text of one cell. */
export function cellText(cells: readonly Cell[], index: number): string {
	return cellKey(cells[index]);
}
