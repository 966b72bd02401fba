/** Text folding and joining for cells: full-width → half-width, comparators, CJK-aware joins. */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’、，。；：！？（）《》—…]/;

/**
 * Folds a whole file's text for reading: full-width ASCII (`０-９`, `％`, `（）`, `：`) to half-width,
 * the ideographic space to a space, `≥`/`≧` → `>=`, `≤`/`≦` → `<=`, `═`/`＝` → `=`, NBSP → space.
 * Labels are matched on this text; records get the Chinese punctuation their file printed back
 * (punctuation.ts), as record.md asks.
 */
export function foldText(text: string): string {
	return text.replace(FOLDABLE, foldChar);
}

/** Every character foldText changes, matched in one pass. */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0≥≧≤≦═\u200b\ufeff]/g;

/** One character as foldText folds it (itself when foldText leaves it). */
export function foldChar(ch: string): string {
	const code = ch.charCodeAt(0);
	if (code < 0xa0) return ch;
	if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
	if (code === 0x3000 || code === 0xa0) return ' ';
	if (ch === '≥' || ch === '≧') return '>=';
	if (ch === '≤' || ch === '≦') return '<=';
	if (ch === '═') return '=';
	if (code === 0x200b || code === 0xfeff) return '';
	return ch;
}

/** True when the character is CJK (ideograph or CJK punctuation). */
export function isCjk(ch: string | undefined): boolean {
	return ch !== undefined && CJK.test(ch);
}

/**
 * Joins the pieces of one cell that extraction split across lines or tokens: no space next to a
 * CJK character, one space between two Latin/digit pieces.
 */
export function joinText(parts: readonly string[]): string {
	let out = '';
	for (const raw of parts) {
		let part = raw.trim();
		if (!part) continue;
		// a run of spaces inside a cell is one space as far as its text goes
		if (RUN_OF_SPACES.test(part)) part = part.replace(/\s+/g, ' ');
		if (out && !isCjk(out[out.length - 1]) && !isCjk(part[0])) out += ' ';
		out += part;
	}
	return out;
}

/** Removes the spaces extraction inserted between CJK characters inside one cell. */
export function squeezeCjk(text: string): string {
	return joinText(text.split(/\s+/));
}

/** What `\s` matches (ECMAScript white space and line terminators), by code. */
export function isWhitespace(code: number): boolean {
	if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/**
 * The whitespace-separated words of a text (`text.split(/\s+/).filter(Boolean)`), read in one pass
 * without a regex.
 */
export function words(text: string): string[] {
	const out: string[] = [];
	let start = -1;
	for (let i = 0; i < text.length; i++) {
		if (!isWhitespace(text.charCodeAt(i))) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			out.push(text.slice(start, i));
			start = -1;
		}
	}
	if (start >= 0) out.push(start === 0 ? text : text.slice(start));
	return out;
}

/** Text with every whitespace removed, for matching labels. */
export function compact(text: string): string {
	// most cells carry no whitespace: they are returned as they are, without a copy
	return HAS_SPACE.test(text) ? text.replace(/\s+/g, '') : text;
}

const HAS_SPACE = /\s/;
const RUN_OF_SPACES = /\s\s/;

/** Printed width of a line in full-width units (ASCII counts half), to judge line wrapping. */
export function visualWidth(text: string): number {
	let width = 0;
	for (const ch of text.trim()) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
	return width;
}
