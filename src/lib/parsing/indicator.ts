/** Turns the cells read for one indicator row into an Indicator (names cleaned, targets read). */
import type { Indicator, IndicatorCells } from '../model/form.ts';
import { isPlaceholder } from './numbers.ts';
import { readFigure } from './points.ts';
import { computeCompletion, parseTarget, readActualValue } from './target.ts';
import { joinText } from './text.ts';

/** The raw text of one indicator row, before cleaning. */
export type IndicatorDraft = IndicatorCells;

/** Removes ★/☆ marks, template numbering (`指标1:`) and list numbering (`1、`, `三、`). */
export function cleanName(name: string): { name: string; core: boolean } {
	const core = name.includes('★') || name.includes('☆');
	let text = joinText([core ? name.replace(/[★☆]/g, '') : name]);
	// (most names open with neither: told by their first character before a regex runs)
	if (text.charCodeAt(0) === 0x6307) text = text.replace(/^指标\d+[:：]?/, '');
	if (opensNumbering(text)) text = text.replace(/^[一二三四五六七八九十\d]+[、.．)](?!\d)/, '');
	return { name: text.trim(), core };
}

/** Whether a text opens as list numbering does: with a digit or a Chinese numeral. */
function opensNumbering(text: string): boolean {
	const code = text.charCodeAt(0);
	return (code >= 48 && code <= 57) || (text !== '' && NUMERALS.includes(text.charAt(0)));
}

const NUMERALS = '一二三四五六七八九十';

const SPACE = /\s/;

const ELLIPSIS = /^[…．.]+$/;
const ELLIPSIS_START = new Set(['…', '．', '.']);

function textOrNull(value: string | null): string | null {
	if (value === null) return null;
	// (a value without whitespace is joined as it is)
	const text = SPACE.test(value) ? joinText(value.split(/\s+/)) : value;
	// `……` is a template's placeholder row or cell left as printed (domain.md §4.5)
	return text === '' ||
		isPlaceholder(text) ||
		(ELLIPSIS_START.has(text.charAt(0)) && ELLIPSIS.test(text))
		? null
		: text;
}

function numberOrNull(value: string | null): string | null {
	if (value === null || isPlaceholder(value)) return null;
	return readFigure(value);
}

/** Builds the Indicator: cleaned name, texts folded, numbers read, target and completion parsed. */
export function makeIndicator(draft: IndicatorDraft): Indicator {
	const { name, core } = cleanName(draft.name);
	const target = textOrNull(draft.target);
	const actual = textOrNull(draft.actual);
	const targetParsed = parseTarget(target);
	const actualValue = readActualValue(actual);
	const indicator: Indicator = {
		level1: draft.level1,
		level2: draft.level2,
		name,
		target,
		actual,
		weight: numberOrNull(draft.weight),
		score: numberOrNull(draft.score),
		note: textOrNull(draft.note),
		target_parsed: targetParsed,
		actual_value: actualValue,
		completion: computeCompletion(targetParsed, actualValue)
	};
	if (core) indicator.core = true;
	return indicator;
}
