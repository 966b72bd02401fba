/**
 * What a cell of the Hubei indicator table is (templates/hubei.ts): rubric text (评价标准), a
 * figure, a level or section label with its points, or other text (a name or a worded value).
 * Shared by the two row readers (hubei-stream.ts, hubei-lines.ts).
 */
import { readLevelLabel, type LevelLabel } from './levels.ts';
import { HUBEI_SECTIONS } from './templates/hubei.ts';

export type Kind = 'rubric' | 'number' | 'text';

const RUBRIC = /^\d+、|[;；,，。÷]|^\(\d/;
export const NUMBER = /^[<>=]*\d+(\.\d+)?%?$/;
/** A value with its unit glued on (`300公里`, `3座`); a level's points (`20分`) are not values. */
const VALUE = /^[<>=]*\d+(\.\d+)?[^\d\s.、,，;；。:：()]{1,4}$/;
const POINTS = /^\d+(\.\d+)?分$/;
const SECTION_POINTS = /\d+(\.\d+)?分$/;

export function kindOf(text: string): Kind {
	if (RUBRIC.test(text)) return 'rubric';
	// (a figure or a value opens with a comparator or a digit: most cells are text at once)
	const first = text.charCodeAt(0);
	if (!((first >= 48 && first <= 57) || (first >= 60 && first <= 62))) return 'text';
	if (NUMBER.test(text) || (VALUE.test(text) && !POINTS.test(text))) return 'number';
	return 'text';
}

/** The first piece of a row's rubric (`1、附…`): where it prints, that row has begun. */
export const startsRubric = (text: string) => /^1、/.test(text);

/** A level label starting at texts[i]: its text, the cells it spans and whether `标` is still to come. */
/** A level label, or the section column (项目绩效85分) beside the 一级 labels, spanning `span` cells. */
function levelOf(
	t: string,
	span: number
): { label: LevelLabel | null; span: number; open: false } | null {
	if (HUBEI_SECTIONS.includes(t.endsWith('分') ? t.replace(SECTION_POINTS, '') : t))
		return { label: null, span, open: false };
	const label = readLevelLabel(t);
	return label ? { label, span, open: false } : null;
}

export function levelAt(
	texts: readonly string[],
	i: number
): { label: LevelLabel | null; span: number; open: boolean } | null {
	const text = texts[i] ?? '';
	const next = texts[i + 1] ?? '';
	// `产出 指标`: the name and its 指标 printed apart (产出 alone is a label too)
	const joined = next === '指标' ? readLevelLabel(text + next) : null;
	if (joined) return { label: joined, span: 2, open: false };
	const alone = levelOf(text, 1) ?? levelOf(text + next, 2);
	if (alone) return alone;
	// a label wrapped as `数量指` … `标`, its end printed a few cells later
	const label = text.endsWith('指') ? readLevelLabel(text + '标') : null;
	if (label) return { label, span: 1, open: true };
	return null;
}

/** A label wrapped as `数量指` … `标`, waiting for its `标`. */
export interface LevelScan {
	pending: LevelLabel | null;
}

/**
 * A level label, section label or the `标` ending a wrapped one at texts[i]: the index after it
 * and its points (`15 分`, `15分`), and the label it completes (null for a section label or a
 * label still waiting for its `标`). Null when texts[i] is none of these.
 */
export function scanLevel(
	texts: readonly string[],
	i: number,
	scan: LevelScan,
	kind: Kind = kindOf(texts[i] ?? '')
): { next: number; label: LevelLabel | null } | null {
	const text = texts[i] ?? '';
	if (scan.pending && text === '标') {
		const label = scan.pending;
		scan.pending = null;
		return { next: afterPoints(texts, i + 1), label };
	}
	const level = kind === 'text' ? levelAt(texts, i) : null;
	if (!level) return null;
	const next = i + level.span;
	if (level.open) {
		scan.pending = level.label;
		return { next, label: null };
	}
	return { next: afterPoints(texts, next), label: level.label };
}

function afterPoints(texts: readonly string[], k: number): number {
	if (NUMBER.test(texts[k] ?? '') && texts[k + 1] === '分') return k + 2;
	if (POINTS.test(texts[k] ?? '')) return k + 1;
	return k;
}

/** Rows read from the table: name pieces and values (target, actual, score) in print order. */
export interface RowsRead {
	rows: Array<{ name: string[]; values: string[] }>;
	/** each label with the number of rows read before it */
	events: Array<{ label: LevelLabel; rows: number }>;
	unplaced: string[];
}
