/**
 * Readers for the Hubei layout (templates/hubei.ts), whose PDF text interleaves the cells of a
 * row: a wrapped name, target or level label comes out in pieces between other cells.
 */
import type { FormWarning, FundRow } from '../model/form.ts';
import { cellText, type Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import type { RowsRead } from './hubei-cells.ts';
import { gluedFundColumns, readGluedHubeiRows } from './hubei-glued.ts';
import { splitFundsRun } from './hubei-funds-run.ts';
import { readHubeiLines } from './hubei-lines.ts';
import { readHubeiStream } from './hubei-stream.ts';
import { assignLevels, type LevelLabel } from './levels.ts';
import { isRunOn, readDecimal, readPercent, toYuan } from './numbers.ts';
import {
	HUBEI_FUND_COLUMNS,
	HUBEI_FUND_UNIT_CELLS,
	HUBEI_GOAL_ITEM,
	HUBEI_GOAL_STOPS,
	HUBEI_INDICATOR_HEADER
} from './templates/hubei.ts';
import { GOALS_ANCHOR, type FundColumn } from './templates/labels.ts';
import { isLabel } from './label-core.ts';
import { compact, joinText } from './text.ts';

/** The funds figures glued into one run, the rate last (its `%` may follow apart). */
const GLUED_RUN = /^([\d.]+?)\s*%?$/;

const columnOf = (text: string): FundColumn | 'skip' | null =>
	HUBEI_FUND_COLUMNS.find(([label]) => isLabel(label, text))?.[1] ?? null;

/**
 * The funds total row: the column header (中央 … 执行率), then the values after it up to the
 * rate (`100 %` or `100%`), placed right-anchored on the filled columns. Null when the header is
 * not printed or no rate follows it.
 */
export function readHubeiFunds(
	cells: readonly Cell[],
	start: number,
	end: number,
	warnings: FormWarning[]
): { unit: '元' | '万元' | null; rows: FundRow[] } | null {
	let first = -1;
	let glued: string[] | null = null;
	for (let i = start; i < end && first < 0; i++) {
		const text = cellText(cells, i);
		glued = gluedFundColumns(text);
		if (columnOf(text) === 'skip' || glued) first = i;
	}
	if (first < 0) return null;
	const columns: Array<FundColumn | 'skip'> = [];
	let i = first;
	let unit: '元' | '万元' | null = null;
	// the header glued into one cell: its labels read one by one
	const labels = glued ?? [];
	if (glued) i++;
	for (const text of labels) {
		const column = columnOf(text);
		if (column && (column === 'skip' || !columns.includes(column))) columns.push(column);
		if (/元\)$/.test(text)) unit ??= text.includes('万') ? '万元' : '元';
	}
	// runs of digits longer than any figure, among the labels, the figures or right after: warned
	const runOn: string[] = [];
	for (; i < end && !glued; i++) {
		const text = cellText(cells, i);
		if (isRunOn(text)) {
			runOn.push(cells[i]!.text);
			continue;
		}
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
		if (isRunOn(text)) {
			runOn.push(cells[i]!.text);
			continue;
		}
		const percent = readPercent(text);
		const number = readDecimal(text);
		const run = GLUED_RUN.exec(text);
		const split =
			run && number === null && percent === null
				? splitFundsRun(run[1] ?? '', columns.length - 3, warnings)
				: null;
		if (split) {
			values.push(...split.values);
			rate = split.rate;
		} else if (percent !== null) rate = percent;
		else if (number !== null && cellText(cells, i + 1) === '%') rate = number;
		else if (number !== null) values.push(number);
	}
	if (rate === null) return null;
	for (; i < end && isRunOn(cellText(cells, i)); i++) runOn.push(cells[i]!.text);
	if (runOn.length)
		warnings.push({
			code: 'unplaced_text',
			message: '资金栏中不属于任何一行的数字',
			text: runOn.join(' ')
		});
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

/**
 * Reads the indicator rows from the table's cells (its header first): a row per line where the
 * text prints one (hubei-lines.ts), else as a stream of interleaved cells (hubei-stream.ts).
 * Level labels apply to the rows read before them that have none, the last one to the rest.
 */
export function readHubeiRows(
	body: readonly Cell[],
	warnings: FormWarning[],
	truncated: boolean
): IndicatorDraft[] {
	const texts = body.map((_, k) => cellText(body, k));
	let i = 0;
	while (i < texts.length && HUBEI_INDICATOR_HEADER.test(texts[i] ?? '')) i++;
	// PDF text printing each row on lines of its own (026's text runs on one line)
	const lines = new Set(body.map((c) => c.line)).size;
	// a row glued into one run per line: cells no more than lines
	const glued = lines > 3 && body.length <= lines * 1.5;
	const read =
		(glued ? readGluedHubeiRows(gluedLines(body), warnings) : null) ??
		(lines > 3 ? readHubeiLines(body, texts, i, truncated) : null) ??
		readHubeiStream(texts, i, truncated);
	if (read.unplaced.length)
		warnings.push({
			code: 'unplaced_text',
			message: '绩效指标表中未能归位的文字',
			text: read.unplaced.join(' ')
		});
	const levels = assignLevels(read.rows.length, labelRows(read.events));
	return read.rows.map((row, k) => ({
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

/** Each line's text without whitespace, the column header's lines left out. */
function gluedLines(body: readonly Cell[]): string[] {
	const byLine = new Map<number, string>();
	for (const c of body) byLine.set(c.line, (byLine.get(c.line) ?? '') + compact(c.text));
	return [...byLine.values()].filter((l) => !/指标名称|^项目权重/.test(l));
}

/**
 * The row each label applies from. A label printed after its rows (centred in a merged cell,
 * PDF order) takes the rows read since the previous label; a level whose first label comes
 * before any row is printed label first, and each of its labels applies from the next row on.
 * Rows after the last label of a level keep it (assignLevels carries labels forward).
 */
function labelRows(events: RowsRead['events']): Map<number, LevelLabel[]> {
	const byRow = new Map<number, LevelLabel[]>();
	const assigned = { 1: 0, 2: 0 };
	const labelFirst = (level: 1 | 2) => events.find((e) => e.label.level === level)?.rows === 0;
	const forward = { 1: labelFirst(1), 2: labelFirst(2) };
	for (const { label, rows: upTo } of events) {
		const from = forward[label.level] ? upTo : assigned[label.level];
		if (!forward[label.level] && upTo <= from) continue;
		byRow.set(from, [...(byRow.get(from) ?? []), label]);
		assigned[label.level] = upTo;
	}
	return byRow;
}
