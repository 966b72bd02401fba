/**
 * Readers for the Hubei layout (templates/hubei.ts), whose PDF text interleaves the cells of a
 * row: a wrapped name, target or level label comes out in pieces between other cells.
 */
import type { FormWarning, FundRow } from '../model/form.ts';
import { cellText, type Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import { readDecimal, readPercent, toYuan } from './numbers.ts';
import {
	HUBEI_FUND_COLUMNS,
	HUBEI_FUND_UNIT_CELLS,
	HUBEI_GOAL_ITEM,
	HUBEI_GOAL_STOPS,
	HUBEI_INDICATOR_HEADER,
	HUBEI_SECTIONS
} from './templates/hubei.ts';
import { GOALS_ANCHOR, type FundColumn } from './templates/labels.ts';
import { joinText } from './text.ts';

const columnOf = (text: string): FundColumn | 'skip' | null =>
	HUBEI_FUND_COLUMNS.find(([label]) => label.test(text))?.[1] ?? null;

/**
 * The funds total row: the column header (中央 … 执行率), then the values after it up to the
 * rate (`100 %` or `100%`), placed right-anchored on the filled columns. Null when the header is
 * not printed or no rate follows it.
 */
export function readHubeiFunds(
	cells: readonly Cell[],
	start: number,
	end: number
): { unit: '元' | '万元' | null; rows: FundRow[] } | null {
	let first = -1;
	for (let i = start; i < end && first < 0; i++)
		if (columnOf(cellText(cells, i)) === 'skip') first = i;
	if (first < 0) return null;
	const columns: Array<FundColumn | 'skip'> = [];
	let i = first;
	let unit: '元' | '万元' | null = null;
	for (; i < end; i++) {
		const text = cellText(cells, i);
		const column = columnOf(text);
		if (column && (column === 'skip' || !columns.includes(column))) {
			columns.push(column);
			// a unit printed in the column label: `合计(万元)`
			if (/元\)$/.test(text)) unit ??= text.includes('万') ? '万元' : '元';
		} else if (HUBEI_FUND_UNIT_CELLS.test(text)) unit ??= text.includes('万') ? '万元' : '元';
		else if (!column) break;
	}
	const filled = columns.filter((c): c is FundColumn => c !== 'skip');
	if (filled[filled.length - 1] !== 'rate' || filled.length < 3) return null;
	const values: string[] = [];
	let rate: string | null = null;
	for (; i < end && rate === null; i++) {
		const text = cellText(cells, i);
		if (HUBEI_GOAL_ITEM.test(text)) break;
		const percent = readPercent(text);
		const number = readDecimal(text);
		if (percent !== null) rate = percent;
		else if (number !== null && cellText(cells, i + 1) === '%') rate = number;
		else if (number !== null) values.push(number);
	}
	if (rate === null) return null;
	const row: FundRow = { source: 'total', initial: null, adjusted: null, executed: null, rate };
	const amounts = filled.slice(0, -1).reverse();
	amounts.forEach((column, k) => {
		const value = values[values.length - 1 - k];
		if (value === undefined || column === 'note') return;
		if (column === 'adjusted' || column === 'executed' || column === 'initial')
			row[column] = toYuan(value, unit ?? '万元');
		else row[column] = value;
	});
	return { unit: unit ?? '万元', rows: [row] };
}

/**
 * The numbered goals list (`1.… 2.… 3.`) in cells[start, end) (the goals label may sit among its
 * lines), up to the next table's header
 * (the cell index where it stops is `end`); null when no numbered item is printed.
 */
export function readHubeiGoals(
	cells: readonly Cell[],
	start: number,
	end: number
): { text: string; end: number } | null {
	let i = start;
	while (i < end && !HUBEI_GOAL_ITEM.test(cellText(cells, i))) i++;
	const parts: string[] = [];
	for (; i < end; i++) {
		const text = cellText(cells, i);
		if (HUBEI_GOAL_STOPS.test(text)) break;
		// the label printed centred among the goal's lines
		if (!GOALS_ANCHOR.test(text)) parts.push(text);
	}
	return parts.length ? { text: joinText(parts), end: i } : null;
}

type Kind = 'rubric' | 'number' | 'text';

const RUBRIC = /^\d+、|[;；,，。÷]|^\(\d/;
const NUMBER = /^[<>=]*\d+(\.\d+)?%?$/;
/** A value with its unit glued on (`300公里`, `3座`); a level's points (`20分`) are not values. */
const VALUE = /^[<>=]*\d+(\.\d+)?[^\d\s.、,，;；。:：()]{1,4}$/;
const POINTS = /^\d+(\.\d+)?分$/;

function kindOf(text: string): Kind {
	if (RUBRIC.test(text)) return 'rubric';
	if (NUMBER.test(text) || (VALUE.test(text) && !POINTS.test(text))) return 'number';
	return 'text';
}

/** A level label starting at cells[i]: its text, the cells it spans and whether `标` is still to come. */
function levelAt(
	texts: readonly string[],
	i: number
): { label: LevelLabel | null; span: number; open: boolean } | null {
	const text = texts[i] ?? '';
	const next = texts[i + 1] ?? '';
	for (const [t, span] of [
		[text, 1],
		[text + next, 2]
	] as const) {
		// the section column (项目绩效85分) beside the 一级 labels
		if (HUBEI_SECTIONS.includes(t.replace(SECTION_POINTS, '')))
			return { label: null, span, open: false };
		const label = readLevelLabel(t);
		if (label) return { label, span, open: false };
	}
	// a label wrapped as `数量指` … `标`, its end printed a few cells later
	const label = text.endsWith('指') ? readLevelLabel(text + '标') : null;
	if (label) return { label, span: 1, open: true };
	return null;
}

/**
 * In text printing each row on a line, a text after the row's name is its target or actual: on
 * the name's line, or on the line after a name wrapped onto lines of its own.
 */
function isRowValue(row: Row, line: number): boolean {
	if (row.values.length >= 2) return false;
	const wrapped = row.nameLine !== row.line;
	return wrapped ? line === row.nameLine + 1 && !row.open : line === row.line;
}

const SECTION_POINTS = /\d+(\.\d+)?分$/;

interface Row {
	name: string[];
	/** the lines its name starts and ends on */
	line: number;
	nameLine: number;
	open: boolean;
	values: string[];
	units: number[];
}

/**
 * Reads the indicator rows from the table's cells (its header first). Names wrapped at the
 * column width continue with the next name piece; the unit of a wrapped target or actual
 * (`300 公` … `里`) continues with the next short piece; rubric text (评价标准) is skipped;
 * level labels apply to the rows read before them that have none, the last one to the rest.
 */
export function readHubeiRows(
	body: readonly Cell[],
	warnings: FormWarning[],
	truncated: boolean
): IndicatorDraft[] {
	const texts = body.map((_, k) => cellText(body, k));
	let i = 0;
	while (i < texts.length && HUBEI_INDICATOR_HEADER.test(texts[i] ?? '')) i++;
	// the name column's wrap width: the longest name piece, when at least two pieces reach it
	const lengths = texts
		.slice(i)
		.filter((t) => kindOf(t) === 'text' && t.length >= 3)
		.map((t) => t.length);
	const longest = Math.max(0, ...lengths);
	const width = lengths.filter((n) => n === longest).length >= 2 ? longest : Infinity;
	// PDF text printing each row on a line of its own (026's text runs on one line)
	const rowLines = new Set(body.map((c) => c.line)).size > 3;
	// a number after cells[k] on its line: cells[k] starts a row (name, target, actual, score)
	const scoreLater = (k: number) => {
		for (let j = k + 1; body[j]?.line === body[k]?.line; j++)
			// (a level's points, `30 分`, are no score)
			if (kindOf(texts[j] ?? '') === 'number' && texts[j + 1] !== '分') return true;
		return false;
	};
	const rows: Row[] = [];
	const events: Array<{ label: LevelLabel; rows: number; within: boolean }> = [];
	const unplaced: string[] = [];
	let pending: LevelLabel | null = null;
	let current: Row | null = null;
	const close = (label: LevelLabel, k: number): number => {
		// a label on the middle line of a row whose name wrapped (interleaved text) is that row's
		const within = Boolean(rowLines && current?.open && !current.values.length);
		events.push({ label, rows: rows.length, within });
		// its points: `15 分`
		if (NUMBER.test(texts[k] ?? '') && texts[k + 1] === '分') return k + 2;
		if (POINTS.test(texts[k] ?? '')) return k + 1;
		return k;
	};
	while (i < texts.length) {
		const text = texts[i] ?? '';
		const kind = kindOf(text);
		if (kind === 'rubric') {
			i++;
			continue;
		}
		if (pending && text === '标') {
			i = close(pending, i + 1);
			pending = null;
			continue;
		}
		const level = kind === 'text' ? levelAt(texts, i) : null;
		if (level) {
			i += level.span;
			if (level.open) pending = level.label;
			else if (level.label) i = close(level.label, i);
			else if (NUMBER.test(texts[i] ?? '') && texts[i + 1] === '分') i += 2;
			continue;
		}
		if (kind === 'number') {
			if (current && current.values.length < 4) {
				current.values.push(text);
				const unit = texts[i + 1] ?? '';
				if (
					current.values.length <= 2 &&
					kindOf(unit) === 'text' &&
					unit.length <= 2 &&
					!levelAt(texts, i + 1)
				) {
					current.values[current.values.length - 1] += unit;
					current.units.push(current.values.length - 1);
					i++;
				}
			} else unplaced.push(text);
			i++;
			continue;
		}
		// a wrapped name continues first (its column is left of the values), unless the piece
		// starts a row of its own: values follow it while the open row has its values already
		const startsRow = Boolean(current?.values.length) && kindOf(texts[i + 1] ?? '') === 'number';
		if (rowLines && current && isRowValue(current, body[i]?.line ?? -1)) {
			// words after the name are its target and actual (`稳步提升`)
			current.values.push(text);
		} else if (
			current?.open &&
			!startsRow &&
			// a row read to its values continues its name only on a line that holds no score
			!(rowLines && current.values.length && scoreLater(i))
		) {
			current.name.push(text);
			current.nameLine = body[i]?.line ?? -1;
			current.open = text.length >= width;
		} else if (current && current.units.length && text.length <= 2 && !startsRow) {
			const k = current.units.shift() ?? 0;
			current.values[k] += text;
		} else {
			current = {
				name: [text],
				open: text.length >= width,
				values: [],
				units: [],
				line: body[i]?.line ?? -1,
				nameLine: body[i]?.line ?? -1
			};
			rows.push(current);
		}
		i++;
	}
	// a last row cut off by the end of the text, with nothing but a piece of its name
	const last = rows[rows.length - 1];
	if (truncated && last && !last.values.length && last.name.join('').length < width) {
		rows.pop();
		unplaced.push(last.name.join(''));
	}
	if (unplaced.length)
		warnings.push({
			code: 'unplaced_text',
			message: '绩效指标表中未能归位的文字',
			text: unplaced.join(' ')
		});
	const byRow = new Map<number, LevelLabel[]>();
	// a label printed after its rows (centred in a merged cell, PDF order) takes the rows read
	// since the previous label; a level whose first label comes before any row is printed
	// label first, and each of its labels applies from the next row on
	const assigned = { 1: 0, 2: 0 };
	const before = (e: (typeof events)[number]) => e.rows - (e.within ? 1 : 0);
	const labelFirst = (level: 1 | 2) => {
		const first = events.find((e) => e.label.level === level);
		return first !== undefined && before(first) === 0;
	};
	const forward = { 1: labelFirst(1), 2: labelFirst(2) };
	for (const event of events) {
		const { label, rows: upTo } = event;
		const from = forward[label.level] ? before(event) : assigned[label.level];
		if (!forward[label.level] && upTo <= from) continue;
		byRow.set(from, [...(byRow.get(from) ?? []), label]);
		assigned[label.level] = upTo;
	}
	// rows after the last label of a level keep it (assignLevels carries labels forward)
	const levels = assignLevels(rows.length, byRow);
	return rows.map((row, k) => ({
		level1: levels[k]?.level1 ?? null,
		level2: levels[k]?.level2 ?? null,
		name: joinText(row.name),
		target: row.values[0] ?? null,
		actual: row.values[1] ?? null,
		weight: null,
		score: row.values[2] ?? null,
		note: null
	}));
}
