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

/** The characters a decorated label can start or end with, checked before the regex. */
const OPENERS = new Set('一二三四五六七八九十(0123456789');
const CLOSERS = new Set(')）:：元');

/** `一、项目资金(万元):` → `项目资金`; null when nothing is printed around the words. */
export function labelCore(text: string): string | null {
	if (!OPENERS.has(text.charAt(0)) && !CLOSERS.has(text.charAt(text.length - 1))) return null;
	if (!DECORATED.test(text)) return null;
	let core = text.replace(LABEL_NUMBERING, '');
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
