/**
 * Glued indicator rows of templates that print 分值 before the values (宁夏 共性指标 [F021]):
 * `预算执行率10一100%9`, `保障人数102370人2370人IO`, several rows per run, read by
 * weight-first-rows.ts.
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import { compact } from './text.ts';
import { splitWeightFirstRun } from './weight-first-rows.ts';

/**
 * What a glued weight-first row looks like, to tell such a table: a name, a weight, values, and
 * a score followed by nothing numeric (the split itself is weight-first-rows.ts's).
 */
const ROW_SHAPE = /^[^\d]+?(100|\d{1,2}(?:\.\d)?)\S+?(100|\d{1,2}(?:\.\d+)?|[IlOo]{1,2})(?![\d.%])/;
const PLACEHOLDER_ROW = /^(……|…)$/;

/** True when at least two cells of the block read as glued weight-first rows. */
export function hasWeightFirstRows(cells: readonly Cell[]): boolean {
	let count = 0;
	for (const c of cells)
		if (!/\s/.test(c.text.trim()) && ROW_SHAPE.test(compact(c.text)) && ++count >= 2) return true;
	return false;
}

/**
 * Reads glued weight-first rows. Level labels are cells of their own (glued-text cut them); the
 * cells between two labels are one run of rows (a row may wrap onto the next cell), cut first at
 * template numbering (`指标1`), then by what the rows' arithmetic and shapes fit best
 * (weight-first-rows.ts). A piece that reads as no row keeps its leading words as a row's name.
 */
export function readWeightFirstRows(
	cells: readonly Cell[],
	warnings: FormWarning[]
): IndicatorDraft[] {
	const events = new Map<number, LevelLabel[]>();
	const pieces: Array<{ text: string }> = [];
	let seenLevel = false;
	let run = '';
	const flush = () => {
		for (const piece of run.split(NUMBERING)) if (piece) pieces.push({ text: piece });
		run = '';
	};
	const levelsAt: Array<{ piece: number; level: LevelLabel }> = [];
	for (const cell of cells) {
		const text = compact(cell.text);
		const level = readLevelLabel(text);
		if (level) {
			flush();
			levelsAt.push({ piece: pieces.length, level });
			seenLevel = true;
			continue;
		}
		// the column header comes before the first level label
		if (!seenLevel || !text) continue;
		// a placeholder row (`指标2:` alone, `……`) ends the row before it
		run += PLACEHOLDER_ROW.test(text) ? '\n' : text;
	}
	flush();
	const read = (common?: string) => pieces.map((p) => splitWeightFirstRun(p.text, common));
	const weights = read().flatMap((rows) => rows?.map((r) => r.weight) ?? []);
	const solved = read(mostCommon(weights));
	const drafts: IndicatorDraft[] = [];
	const firstRow: number[] = [];
	solved.forEach((rows, k) => {
		firstRow[k] = drafts.length;
		const text = pieces[k]?.text ?? '';
		if (!rows) {
			const name = /^[^\d]+/.exec(text)?.[0] ?? '';
			if (name) drafts.push({ ...EMPTY_ROW, name });
			if (text.slice(name.length))
				warnings.push({
					code: 'unplaced_text',
					message: '粘连的指标文字未能读出',
					text: text.slice(name.length)
				});
			return;
		}
		for (const r of rows)
			drafts.push({
				level1: null,
				level2: null,
				name: r.name,
				target: r.target || null,
				actual: r.actual || null,
				weight: r.weight,
				score: r.score,
				note: r.note || null
			});
	});
	for (const { piece, level } of levelsAt) {
		const at = piece < pieces.length ? (firstRow[piece] ?? drafts.length) : drafts.length;
		events.set(at, [...(events.get(at) ?? []), level]);
	}
	const levels = assignLevels(drafts.length, events);
	return drafts.map((d, k) => ({ ...d, ...levels[k] }));
}

/** Template numbering that starts a row (`指标1`, `指标2:`); 指标12021年 is 指标1 + 2021年. */
const NUMBERING = /\n|指标(?:\d(?=\d{4}年)|\d{1,2})[:：]?/;

const EMPTY_ROW: IndicatorDraft = {
	level1: null,
	level2: null,
	name: '',
	target: null,
	actual: null,
	weight: null,
	score: null,
	note: null
};

function mostCommon(values: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
