/**
 * Indicator rows of flattened spreadsheet exports whose names carry template numbering
 * (`指标1:居民健康档案`) while values are interleaved in broken order ([F018]): cells may come
 * row by row (`指标6:name 12次 96次 1 1`) or column by column (all targets, then the
 * `actual weight score` triples). Names are placed by their number inside their 二级 block;
 * values are read as triples (`actual weight score`, the last two bare numbers) and targets,
 * paired first come, first served.
 */
import type { FormWarning } from '../model/form.ts';
import { cellKey, type Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import { isPlaceholder } from './numbers.ts';
import { isDecimal } from './points.ts';
import { looksLikeTarget } from './target.ts';
import { INDICATOR_HEADER_WORDS } from './templates/columns.ts';
import { joinText } from './text.ts';

const NUMBERED = /^指标(\d+)[:：](.*)$/;
const STOP = /^(总分|合计|总计|评价结论|其他需要说明)/;
const STOP_START = new Set([...'总合评其'].map((c) => c.charCodeAt(0)));

/** True when at least three cells start a numbered indicator name with its text. */
export function hasNumberedNames(cells: readonly Cell[]): boolean {
	let count = 0;
	for (const c of cells)
		if (c.text.trimStart().startsWith('指') && /^指标\d+[:：]\S/.test(cellKey(c)) && ++count >= 3)
			return true;
	return false;
}

const isBare = (t: string | undefined) => t !== undefined && isDecimal(t);
const isValueCell = (t: string) => /\d/.test(t) || isPlaceholder(t);

/**
 * Reads the numbered rows from the indicator cells (header labels are skipped); the texts printed
 * before the first name are handed back in `lead`.
 */
export function readNumberedRows(
	cells: readonly Cell[],
	warnings: FormWarning[],
	lead: string[] = []
): IndicatorDraft[] {
	const names: string[] = [];
	const values: string[] = [];
	const events = new Map<number, LevelLabel[]>();
	let blockStart = 0;
	let lastNumber = 0;
	let current = -1; // the name being read, while its text continues
	for (const cell of cells) {
		const t = cellKey(cell);
		if (!t) continue;
		// (a cell opening with 指 may be a numbered name; one opening with 总, 合, 评 or 其 the end)
		const first = t.charCodeAt(0);
		if (STOP_START.has(first) && STOP.test(t)) break;
		const level = readLevelLabel(t);
		const numbered = first === 0x6307 ? NUMBERED.exec(t) : null;
		if (level || numbered) {
			if ((level && names.length) || (numbered && Number(numbered[1]) <= lastNumber)) {
				blockStart = names.length;
				lastNumber = 0;
			}
			if (level) events.set(blockStart, [...(events.get(blockStart) ?? []), level]);
			current = -1;
		}
		if (level) continue;
		if (numbered) {
			lastNumber = Number(numbered[1]);
			current = blockStart + lastNumber - 1;
			while (names.length <= current) names.push('');
			names[current] = numbered[2] ?? '';
			continue;
		}
		if (INDICATOR_HEADER_WORDS.test(t)) continue;
		if (!names.length) {
			// before the first name: the goal texts of an export that prints them after the
			// indicator labels, never a row's value
			if (!isPlaceholder(t)) lead.push(t);
			continue;
		}
		if (isValueCell(t)) {
			values.push(t);
			current = -1;
		} else if (current >= 0) names[current] = joinText([names[current] ?? '', t]);
		else if (/\d$/.test(values[values.length - 1] ?? '') && t.length <= 2)
			values[values.length - 1] += t; // a unit printed apart: `不少于12 种`
		else if (looksLikeTarget(t)) values.push(t);
		else warnings.push({ code: 'unplaced_text', message: '指标文字未能归位', text: t });
	}
	// `actual weight score` triples end with two bare numbers; other values are targets
	const targets: string[] = [];
	const triples: string[][] = [];
	for (let i = 0; i < values.length;) {
		const next4 = isBare(values[i + 3]) && !isBare(values[i]);
		if (isBare(values[i + 1]) && isBare(values[i + 2]) && !(next4 && isBare(values[i + 1]))) {
			triples.push(values.slice(i, i + 3));
			i += 3;
		} else targets.push(values[i++] ?? '');
	}
	const count = Math.max(names.length, triples.length);
	const levels = assignLevels(count, events);
	const drafts: IndicatorDraft[] = [];
	for (let r = 0; r < count; r++) {
		const [actual, weight, score] = triples[r] ?? [];
		drafts.push({
			...(levels[r] ?? { level1: null, level2: null }),
			name: names[r] ?? '',
			target: triples[r] ? (targets.shift() ?? null) : null,
			actual: actual ?? null,
			weight: weight ?? null,
			score: score ?? null,
			note: null
		});
	}
	for (const t of targets)
		warnings.push({ code: 'unplaced_text', message: '指标数值未能归位', text: t });
	if (names.some((n) => n === '') || names.length !== triples.length)
		warnings.push({
			code: 'split_guess',
			message: `编号指标：${names.length} 个名称，${triples.length} 行数值`
		});
	return drafts;
}
