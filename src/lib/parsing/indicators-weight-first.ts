/**
 * Glued indicator rows of templates that print 分值 before the values (宁夏 共性指标 [F021]):
 * `预算执行率10一100%9`, `保障人数102370人2370人IO`, several rows per run. Each row is read as
 * name, weight, target, actual, score by the first shape that fits: a placeholder target, an
 * actual repeating the target, target and actual ending in the same unit, an actual alone.
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import { OCR_DIGIT_FIXES } from './templates/glued-labels.ts';
import { compact } from './text.ts';

const NAME = '([^\\d]+?)';
const WEIGHT = '(100|\\d{1,2}(?:\\.\\d)?)';
const SCORE = '(100|\\d{1,2}(?:\\.\\d+)?|[IlOo]{1,2})';
const END = '(?![\\d.%])';

/** Row shapes, tried in order; groups: name, weight, target?, actual, score. */
const SHAPES: ReadonlyArray<{ pattern: RegExp; read: (m: RegExpExecArray) => string[] }> = [
	{
		pattern: new RegExp(`^${NAME}${WEIGHT}[一\\-—/](.+?)${SCORE}${END}`),
		read: (m) => [m[1] ?? '', m[2] ?? '', '', m[3] ?? '', m[4] ?? '']
	},
	{
		pattern: new RegExp(`^${NAME}${WEIGHT}(.+?)\\3${SCORE}${END}`),
		read: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? '', m[3] ?? '', m[4] ?? '']
	},
	{
		// a quantity on both sides: the target carries a digit
		pattern: new RegExp(
			`^${NAME}${WEIGHT}([^\\d]*\\d.*?([\\u4e00-\\u9fff%]+))(.+?\\4)${SCORE}${END}`
		),
		read: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? '', m[5] ?? '', m[6] ?? '']
	},
	{
		pattern: new RegExp(`^${NAME}${WEIGHT}([^\\d]+?)${SCORE}${END}`),
		read: (m) => [m[1] ?? '', m[2] ?? '', '', m[3] ?? '', m[4] ?? '']
	}
];
const PLACEHOLDER_ROW = /^(指标\d+[:：]?|……|…)$/;

function readRow(text: string): { cells: string[]; length: number } | null {
	for (const { pattern, read } of SHAPES) {
		const m = pattern.exec(text);
		if (m) return { cells: read(m), length: m[0].length };
	}
	return null;
}

/** A score misread by OCR (`IO`) as digits. */
function fixDigits(text: string): string {
	return text.replace(/[IlOo]/g, (c) => OCR_DIGIT_FIXES[c] ?? c);
}

/** True when at least two cells of the block read as glued weight-first rows. */
export function hasWeightFirstRows(cells: readonly Cell[]): boolean {
	let count = 0;
	for (const c of cells)
		if (!/\s/.test(c.text.trim()) && readRow(compact(c.text)) && ++count >= 2) return true;
	return false;
}

/** Reads glued weight-first rows; level labels are cells of their own (glued-text cut them). */
export function readWeightFirstRows(
	cells: readonly Cell[],
	warnings: FormWarning[]
): IndicatorDraft[] {
	const drafts: IndicatorDraft[] = [];
	const events = new Map<number, LevelLabel[]>();
	let seenLevel = false;
	for (const cell of cells) {
		const text = compact(cell.text);
		const level = readLevelLabel(text);
		if (level) {
			events.set(drafts.length, [...(events.get(drafts.length) ?? []), level]);
			seenLevel = true;
			continue;
		}
		// the column header comes before the first level label
		if (!seenLevel || !text || PLACEHOLDER_ROW.test(text)) continue;
		let rest = text;
		for (let row = readRow(rest); row; row = readRow(rest)) {
			const [name = '', weight = '', target = '', actual = '', score = ''] = row.cells;
			drafts.push({
				level1: null,
				level2: null,
				name,
				target: target || null,
				actual: actual || null,
				weight,
				score: fixDigits(score),
				note: null
			});
			rest = rest.slice(row.length);
		}
		if (rest)
			warnings.push({
				code: 'unplaced_text',
				message: '粘连的指标文字未能读出',
				text: rest
			});
	}
	const levels = assignLevels(drafts.length, events);
	return drafts.map((d, k) => ({ ...d, ...levels[k] }));
}
