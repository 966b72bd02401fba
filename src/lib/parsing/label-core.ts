/**
 * A printed label without its decorations: departments print one label as `一、项目资金`,
 * `1.年度总体目标`, `全年预算数(A)`, `全年执行数(万元)`, `项目名称:`. The vocabulary
 * (templates/labels.ts) names the words; this takes off what is printed around them, so a label
 * is matched whatever its decorations. A value is never read through it: only label look-ups use it.
 */
import { LABEL_DECORATION, LABEL_NUMBERING } from './templates/labels.ts';

/**
 * How a decorated label starts or ends, tested before any work (most cells are not: a figure
 * like `14358.288` is no numbering, a `%` or a digit ends no decoration).
 */
const DECORATED =
	/^(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d)|\(\d)|[)）:：]$|万元$|[数额率值算金]元$/;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
// `.` and `、` after a number
const isMark = (code: number) => code === 0x2e || code === 0x3001;
// `)` `）` `:` `：` `元`
const CLOSERS = new Set([0x29, 0xff09, 0x3a, 0xff1a, 0x5143]);
const NUMERALS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/**
 * Whether text may carry a decoration, read off its first and last characters (most cells carry
 * none: a figure like `14358.288` is no numbering, a `%` or a digit ends no decoration).
 */
function mayBeDecorated(text: string): boolean {
	if (CLOSERS.has(text.charCodeAt(text.length - 1))) return DECORATED.test(text);
	const first = text.charCodeAt(0);
	if (NUMERALS.has(first)) return DECORATED.test(text);
	if (first === 0x28) return isDigit(text.charCodeAt(1));
	if (!isDigit(first)) return false;
	const second = text.charCodeAt(1);
	if (isMark(second)) return !isDigit(text.charCodeAt(2));
	return isDigit(second) && isMark(text.charCodeAt(2)) && !isDigit(text.charCodeAt(3));
}

/**
 * Sentence marks: no label prints them, a numbered goal item does (`1.项目资金使用规范，…`; PDF
 * text may carry its comma half-width).
 */
const SENTENCE = /[，。；;！!？?,]/;
/** How list numbering starts (LABEL_NUMBERING's first characters), tested before it. */
const NUMBERED = /^[一二三四五六七八九十\d(]/;

/**
 * `1.年度总体目标` → `年度总体目标`: the text after its list numbering; the text itself when it
 * prints none, or when it is a sentence (a numbered goal item is no label).
 */
export function withoutNumbering(text: string): string {
	if (!NUMBERED.test(text) || SENTENCE.test(text)) return text;
	return text.replace(LABEL_NUMBERING, '');
}

/**
 * `一、项目资金(万元):` → `项目资金`; null when nothing is printed around the words, or when the
 * text is a sentence.
 */
export function labelCore(text: string): string | null {
	if (!mayBeDecorated(text) || SENTENCE.test(text)) return null;
	let core = withoutNumbering(text);
	for (let before = ''; before !== core;) {
		before = core;
		core = core.replace(LABEL_DECORATION, '');
	}
	// a decoration alone is no label
	return core && core !== text ? core : null;
}

/** True when `pattern` matches the label as printed or without its decorations. */
export function isLabel(pattern: RegExp, text: string): boolean {
	if (pattern.test(text)) return true;
	const core = labelCore(text);
	return core !== null && pattern.test(core);
}

/**
 * The text a label look-up should read: `text` itself when `any` (the union of the look-up's
 * patterns) matches it, else its core when that matches, else null (no label).
 */
export function labelText(any: RegExp, text: string): string | null {
	if (any.test(text)) return text;
	const core = labelCore(text);
	return core !== null && any.test(core) ? core : null;
}
