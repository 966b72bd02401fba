/**
 * Chinese punctuation as printed (record.md: `，。、；：（）` stay). The readers match labels on
 * text folded to half-width (foldText), where `（` and `(` are one character; a record's text is
 * then given back the punctuation its file printed, found by locating the value in the file's
 * text: its longest run of plain characters is looked up, and the value is walked from there in
 * both directions, skipping the whitespace and page furniture the reader dropped. A value the
 * file does not hold as one run (joined from pieces of a shuffled line, a glyph fixed) keeps the
 * folded punctuation: the same text, half-width.
 */
import type { FormRecord } from '../model/form.ts';
import { isFurniture } from './furniture.ts';
import { foldChar, foldText } from './text.ts';

/** Full-width punctuation foldText turns into ASCII, and which a record gives back. */
const PRINTED = /[（）：，；！？［］]/;
/** The ASCII forms of PRINTED: a value without any needs nothing. */
const FOLDED = /[():,;!?[\]]/;
/**
 * Runs of a value between punctuation, spaces and signs a file may print full-width or as `≥`:
 * the candidates to look the value up by.
 */
const FOLDED_ALL = /[():,;!?[\]]/g;
const toWide = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
const PLAIN_RUNS = /[^():,;!?[\]\s<>=%]+/g;
/** How many places holding the run are tried before the value is left as read. */
const TRIES = 8;
/** How many runs of the value are looked up, by this many characters at either end. */
const ANCHORS = 4;
const PIECE = 6;

/** A file's text, and where its last value was found: forms and fields come in file order. */
export interface Search {
	raw: string;
	from: number;
}

/** Starts a search of a file's text. */
export function searchIn(raw: string): Search {
	return { raw, from: 0 };
}

/** The value with the punctuation its file printed; the value itself when it cannot be found. */
export function printedPunctuation(value: string, search: Search): string {
	if (!FOLDED.test(value)) return value;
	// most often printed on one line, all of it full-width: found as it is
	const wide = value.replace(FOLDED_ALL, toWide);
	if (holds(search, wide)) return wide;
	// the longest runs first; a run the file wrapped onto two lines is not found as such
	const runs = [...value.matchAll(PLAIN_RUNS)].sort((a, b) => b[0].length - a[0].length);
	// a run's head and tail: a long run is likely to be wrapped somewhere in the file's text
	for (const run of runs.slice(0, ANCHORS)) {
		const text = run[0];
		const head = lookUp(value, text.slice(0, PIECE), run.index, search);
		if (head !== null) return head;
		if (text.length <= PIECE) continue;
		const tail = lookUp(value, text.slice(-PIECE), run.index + text.length - PIECE, search);
		if (tail !== null) return tail;
	}
	return value;
}

/**
 * Whether the file's text holds `text` anywhere: looked for from the last value found first, as
 * fields come in file order (a file of many forms is not read from its start for every field).
 */
function holds(search: Search, text: string): boolean {
	const { raw, from } = search;
	if (raw.indexOf(text, from) >= 0) return true;
	return from > 0 && raw.lastIndexOf(text, from - 1) >= 0;
}

/** The value walked from each place its run `anchor` (at `anchorAt` in it) is printed. */
function lookUp(value: string, anchor: string, anchorAt: number, search: Search): string | null {
	for (const from of search.from ? [search.from, 0] : [0]) {
		let at = search.raw.indexOf(anchor, from);
		for (let tries = 0; at >= 0 && tries < TRIES; tries++) {
			const out = walk(value, anchorAt, anchor.length, search.raw, at);
			if (out !== null) {
				search.from = at;
				return out;
			}
			at = search.raw.indexOf(anchor, at + 1);
		}
	}
	return null;
}

const isSpace = (c: number) =>
	c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff;

/**
 * The value matched against the raw text around the run found at `at`, or null where they differ.
 * A character of the value is printed as itself or as its full-width form.
 */
function walk(
	value: string,
	anchorAt: number,
	length: number,
	raw: string,
	at: number
): string | null {
	// the value's characters, copied only once one of them is given back its printed form
	let chars: string[] | null = null;
	const charAt = (i: number) => (chars ? (chars[i] ?? '') : value.charAt(i));
	// forward from the run's end, then backward from its start
	for (const step of [1, -1]) {
		let i = step > 0 ? anchorAt + length : anchorAt - 1;
		let j = step > 0 ? at + length : at - 1;
		for (; i >= 0 && i < value.length; i += step) {
			const ch = charAt(i);
			if (isSpace(ch.charCodeAt(0))) continue;
			j = skipDropped(raw, j, step);
			const printed = raw.charAt(j);
			if (printed !== ch) {
				const folded = foldChar(printed);
				if (folded.length > 1) {
					// `≥` read as `>=`: both characters of the value
					const from = step > 0 ? i : i - folded.length + 1;
					if (value.slice(from, from + folded.length) !== folded) return null;
					i += step * (folded.length - 1);
				} else if (folded !== ch) return null;
				else if (PRINTED.test(printed)) (chars ??= value.split(''))[i] = printed;
			}
			j += step;
		}
	}
	return chars ? chars.join('') : value;
}

/** Moves past whitespace, and page-furniture lines after a line break, in the walk's direction. */
function skipDropped(raw: string, j: number, step: number): number {
	for (;;) {
		let newLine = false;
		for (; j >= 0 && j < raw.length; j += step) {
			const c = raw.charCodeAt(j);
			if (!isSpace(c)) break;
			if (c === 10) newLine = true;
		}
		if (!newLine || j < 0 || j >= raw.length) return j;
		// a line of page furniture (`- 2 -`) between two pieces of a cell
		const start = raw.lastIndexOf('\n', j) + 1;
		const end = raw.indexOf('\n', j);
		const line = raw.slice(start, end < 0 ? raw.length : end);
		if (line.length > 40 || !isFurniture(foldText(line))) return j;
		j = step > 0 ? (end < 0 ? raw.length : end) : start - 1;
	}
}

/** Gives every text field of the records the punctuation their file printed (in place). */
export function restorePunctuation(records: FormRecord[], raw: string): void {
	if (!PRINTED.test(raw)) return;
	const search = searchIn(raw);
	const fix = (v: string | null | undefined) => (v ? printedPunctuation(v, search) : (v ?? null));
	for (const r of records) {
		r.project = fix(r.project);
		r.department = fix(r.department);
		if (r.central_department !== undefined) r.central_department = fix(r.central_department);
		r.unit = fix(r.unit);
		if (r.goals) r.goals = { target: fix(r.goals.target), actual: fix(r.goals.actual) };
		for (const f of r.funds) if (f.label) f.label = printedPunctuation(f.label, search);
		for (const i of r.indicators) {
			i.level1 = fix(i.level1);
			i.level2 = fix(i.level2);
			i.name = fix(i.name) ?? i.name;
			i.target = fix(i.target);
			i.actual = fix(i.actual);
			i.note = fix(i.note);
		}
	}
}
