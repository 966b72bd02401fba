/**
 * A printed label without its decorations: departments print one label as `一、项目资金`,
 * `1.年度总体目标`, `全年预算数(A)`, `全年执行数(万元)`, `项目名称:`. The vocabulary
 * (templates/labels.ts) names the words; this takes off what is printed around them, so a label
 * is matched whatever its decorations. A value is never read through it: only label look-ups use it.
 */
import { memoize } from './memo.ts';
import { LABEL_NUMBERING, LABEL_DECORATION } from './templates/labels.ts';

/** how a decorated label starts or ends (tested before any work: most cells are not) */
const DECORATED = /^[一二三四五六七八九十\d(（]|[)）:：元]$/;

/** `一、项目资金(万元):` → `项目资金`; text with nothing to take off is returned as it is. */
export const labelCore = memoize((text: string): string => {
	const bare = text.replace(LABEL_NUMBERING, '');
	let core = bare;
	for (let before = ''; before !== core;) {
		before = core;
		core = core.replace(LABEL_DECORATION, '');
	}
	// a decoration alone is no label
	return core || text;
});

/** True when `pattern` matches the label as printed or without its decorations. */
export function isLabel(pattern: RegExp, text: string): boolean {
	if (pattern.test(text)) return true;
	if (!DECORATED.test(text)) return false;
	const core = labelCore(text);
	return core !== text && pattern.test(core);
}

/**
 * The text a label look-up should read: `text` itself when `any` (the union of the look-up's
 * patterns) matches it, else its core when that matches, else null (no label).
 */
export function labelText(any: RegExp, text: string): string | null {
	if (any.test(text)) return text;
	if (!DECORATED.test(text)) return null;
	const core = labelCore(text);
	return core !== text && any.test(core) ? core : null;
}
