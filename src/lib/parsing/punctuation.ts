/**
 * Chinese punctuation as printed (record.md: `，。、；：（）` stay). The readers match labels on
 * text folded to half-width (foldText), where `（` and `(` are one character; a record's text is
 * then given back the punctuation its file printed, found by locating the value in the file's
 * text with whitespace ignored. A value the file does not hold as one run (joined from pieces of a
 * shuffled line, a glyph fixed) keeps the folded punctuation: the same text, half-width.
 */
import type { FormRecord } from '../model/form.ts';
import { isFurniture } from './furniture.ts';
import { FOLDS, foldText } from './text.ts';

/** Full-width punctuation foldText turns into ASCII, and which a record gives back. */
const PRINTED = /[（）：，；！？［］]/;
/** The ASCII forms of PRINTED: a value without any needs nothing. */
const FOLDED = /[():,;!?[\]]/;
const SPACE = /\s/;

/** A file's text with whitespace removed and folded, and where each character came from. */
export interface PrintedText {
	folded: string;
	raw: string;
	at: Int32Array;
	/** where the last value was found: forms and fields come in file order */
	from: number;
}

/**
 * Indexes a file's text for printedPunctuation; null when it prints no full-width punctuation.
 * Page furniture goes as the reader drops it (a page number printed mid-cell is not in the cell).
 */
export function indexPrintedText(raw: string): PrintedText | null {
	if (!PRINTED.test(raw)) return null;
	const parts: string[] = [];
	const at: number[] = [];
	let lineStart = 0;
	for (const line of raw.split('\n')) {
		const start = lineStart;
		lineStart += line.length + 1;
		if (isFurniture(foldText(line))) continue;
		const skip = inlineFurniture(line);
		for (let i = 0; i < line.length; i++) {
			if (skip?.[i]) continue;
			const c = line.charCodeAt(i);
			// whitespace of every kind goes, as the reader drops it between CJK characters
			if (c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff) continue;
			const f = c >= 0x2000 && FOLDS.test(line[i] ?? '') ? foldText(line[i] ?? '') : line[i];
			for (const ch of f ?? '') {
				parts.push(ch);
				at.push(start + i);
			}
		}
	}
	const folded = parts.join('');
	return { folded, raw, at: Int32Array.from(at), from: 0 };
}

/** The characters of inline page marks (`— 1 —` between cells), as stripInlineFurniture drops them. */
function inlineFurniture(line: string): boolean[] | null {
	if (!INLINE_DASH.test(line)) return null;
	const skip: boolean[] = [];
	for (const m of line.matchAll(INLINE_MARK))
		for (let i = m.index; i < m.index + m[0].length; i++) skip[i] = true;
	return skip;
}

const INLINE_DASH = /[-—–]/;
const INLINE_MARK = /(?<=^|\s)[-—–]\s?\d{1,3}\s?[-—–](?=\s|$)/g;

/** The value with the punctuation its file printed; the value itself when it cannot be found. */
export function printedPunctuation(value: string, text: PrintedText): string {
	if (!FOLDED.test(value)) return value;
	const key = value.replace(/\s+/g, '');
	let start = text.folded.indexOf(key, text.from);
	if (start < 0) start = text.folded.indexOf(key);
	if (start < 0) return value;
	text.from = start;
	let out = '';
	let k = start;
	for (const ch of value) {
		if (SPACE.test(ch)) {
			out += ch;
			continue;
		}
		const printed = text.raw[text.at[k] ?? -1] ?? ch;
		out += FOLDED.test(ch) && PRINTED.test(printed) ? printed : ch;
		k++;
	}
	return out;
}

/** Gives every text field of the records the punctuation their file printed (in place). */
export function restorePunctuation(records: FormRecord[], raw: string): void {
	const text = indexPrintedText(raw);
	if (!text) return;
	const fix = (v: string | null | undefined) => (v ? printedPunctuation(v, text) : (v ?? null));
	for (const r of records) {
		r.project = fix(r.project);
		r.department = fix(r.department);
		if (r.central_department !== undefined) r.central_department = fix(r.central_department);
		r.unit = fix(r.unit);
		if (r.goals) r.goals = { target: fix(r.goals.target), actual: fix(r.goals.actual) };
		for (const f of r.funds) if (f.label) f.label = printedPunctuation(f.label, text);
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
