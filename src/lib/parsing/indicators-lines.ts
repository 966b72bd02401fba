/**
 * Indicator rows of PDF text laid out line by line (the Shanghai template): each row ends at its
 * values line (`=100% 100% 10 10`); the wrapped name, target, actual and note lines around it are
 * regrouped by column width (wrap-groups); 一级/二级 labels float in the middle of their rows.
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import { isDecimal } from './points.ts';
import { looksLikeTarget } from './target.ts';
import { joinText, visualWidth } from './text.ts';
import { groupLines, type GroupShape, type TextLine } from './wrap-groups.ts';

const HEADER_END = /改进措施|原因分析|未完成原因/;
const HEADER_WORDS =
	/^(一级指标|二级指标|三级指标|年度|指标值|实际|完成值|分值|得分|偏差原因分析及|改进措施|绩效指标)$/;

export interface ValuesLine {
	lead: string[];
	weight: string;
	score: string;
	trail: string[];
}

/** Reads `[target] [actual] weight score [note…]`; null when the line is not a values line. */
export function readValuesLine(tokens: readonly string[]): ValuesLine | null {
	let last = tokens.length - 1;
	while (last >= 0 && !isDecimal(tokens[last] ?? '')) last--;
	if (last < 1 || !isDecimal(tokens[last - 1] ?? '')) return null;
	const lead = tokens.slice(0, last - 1);
	if (lead.length > 2) return null;
	return {
		lead,
		weight: tokens[last - 1] ?? '',
		score: tokens[last] ?? '',
		trail: tokens.slice(last + 1)
	};
}

function toLines(cells: readonly Cell[]): string[][] {
	const lines: string[][] = [];
	let current = -1;
	let prevLine = -2;
	for (const cell of cells) {
		if (cell.line !== prevLine) {
			// a gap in line numbers is a blank line
			if (cell.line > prevLine + 1 && prevLine >= 0) lines.push([]);
			lines.push([]);
			current = lines.length - 1;
			prevLine = cell.line;
		}
		lines[current]?.push(cell.text);
	}
	return lines;
}

/** Notes are sentences; names rarely carry sentence punctuation. */
const SENTENCE = /[,，。；;！!？?]/;

/**
 * Reads each line's values (after its level labels) once, and the name column's width: the
 * widest text line of the block (the name column is the widest text column of the indicator
 * table; values lines and level labels are not counted).
 */
function scanLines(lines: readonly string[][]): {
	nameWidth: number;
	values: Array<ValuesLine | null>;
} {
	let nameWidth = 0;
	const values: Array<ValuesLine | null> = [];
	for (const tokens of lines) {
		let k = 0;
		while (k < tokens.length && readLevelLabel(tokens[k] ?? '')) k++;
		const read = k === tokens.length ? null : readValuesLine(tokens.slice(k));
		values.push(read);
		if (k === tokens.length || read) continue;
		nameWidth = Math.max(nameWidth, visualWidth(tokens[k] ?? ''));
	}
	return { nameWidth, values };
}

/** What the cells before a values line look like: [note], name, then target and actual. */
function rowShapes(useNote: boolean, texts: number, nameWidth: number): GroupShape[] {
	const shapes: GroupShape[] = [];
	if (useNote) shapes.push({});
	shapes.push({ width: nameWidth, judge: (t) => (SENTENCE.test(t) ? 3 : 0) });
	// a target shows itself (comparator, number, date, a qualitative word); a name's tail does not
	if (texts >= 2) shapes.push({ judge: (t) => (looksLikeTarget(t) ? -1.5 : 0) });
	return shapes;
}

/**
 * Target and actual of a row: printed on the values line, or taken from the wrapped text groups
 * (in order) for the cells the values line lacks.
 */
function placeValues(lead: readonly string[], groups: string[]): [string | null, string | null] {
	if (lead.length === 2) return [lead[0] ?? null, lead[1] ?? null];
	if (lead.length === 1) {
		const target = groups.shift() ?? null;
		return target === null ? [lead[0] ?? null, null] : [target, lead[0] ?? null];
	}
	return [groups.shift() ?? null, groups.shift() ?? null];
}

/** The block's lines after its column header, each line's values and the name column's width. */
export interface LinesScan {
	body: string[][];
	nameWidth: number;
	values: Array<ValuesLine | null>;
}

/** Finds the rows' lines: each values line (`values`) ends one row of the reading by lines. */
export function scanIndicatorLines(cells: readonly Cell[]): LinesScan {
	const lines = toLines(cells);
	let start = 0;
	const headerEnd = lines.findIndex((l, i) => i < 16 && HEADER_END.test(l.join('')));
	if (headerEnd >= 0) start = headerEnd + 1;
	// the rest of the header: words such as 改进措施 wrapped onto their own lines
	while (start < lines.length && isHeaderLine(lines[start]!)) start++;
	const body = lines.slice(start);
	return { body, ...scanLines(body) };
}

const isHeaderLine = (line: readonly string[]) => line.every((t) => HEADER_WORDS.test(t));

/**
 * Reads the indicator rows from the cells between the indicator anchor and the total row: one
 * row a values line (`scan`, when the caller has scanned the lines already).
 */
export function readIndicatorLines(
	cells: readonly Cell[],
	warnings: FormWarning[],
	scan: LinesScan = scanIndicatorLines(cells)
): IndicatorDraft[] {
	const { body, nameWidth, values: valuesOf } = scan;
	const drafts: IndicatorDraft[] = [];
	const notes: string[][] = [];
	const events = new Map<number, LevelLabel[]>();
	let pending: TextLine[] = [];
	let fragments: string[] = [];
	let joined = false;
	for (const [index, raw] of body.entries()) {
		const tokens = raw.slice();
		while (tokens.length && readLevelLabel(tokens[0] ?? '')) {
			const label = readLevelLabel(tokens.shift() ?? '');
			if (label) events.set(drafts.length, [...(events.get(drafts.length) ?? []), label]);
			// text that ran on from the last values line and stops at a label is that row's note
			if (drafts.length && pending[0]?.joined) {
				const note = [...pending.map((l) => l.text), ...fragments];
				(notes[drafts.length - 1] ??= []).push(joinText(note));
				pending = [];
				fragments = [];
			}
			joined = false;
		}
		if (tokens.length && /^绩效指标$/.test(tokens.join(''))) tokens.length = 0;
		if (!tokens.length) {
			joined = false;
			continue;
		}
		// the tokens are the line's after its level labels, as scanLines read them
		const values = valuesOf[index] ?? null;
		if (!values) {
			pending.push({ text: tokens[0] ?? '', joined });
			fragments.push(...tokens.slice(1));
			joined = true;
			continue;
		}
		const hasNote = drafts.length > 0 && pending[0]?.joined === true;
		const missing = 3 - Math.min(2, values.lead.length);
		const wanted = Math.min(pending.length, missing + (hasNote ? 1 : 0));
		const useNote = hasNote && pending.length > missing;
		const shapes = rowShapes(useNote, wanted - (useNote ? 1 : 0), nameWidth);
		const groups = groupLines(pending, Math.max(1, wanted), shapes).map((g) =>
			joinText(g.map((l) => l.text))
		);
		if (useNote) (notes[drafts.length - 1] ??= []).push(groups.shift() ?? '');
		const name = groups.shift() ?? '';
		const [target, actual] = placeValues(values.lead, groups);
		for (const extra of groups)
			warnings.push({ code: 'unplaced_text', message: '指标文字未能归位', text: extra });
		drafts.push({
			level1: null,
			level2: null,
			name,
			target,
			actual,
			weight: values.weight,
			score: values.score,
			note: null
		});
		notes[drafts.length - 1] = [...fragments, ...values.trail];
		pending = [];
		fragments = [];
		joined = true;
	}
	const leftover = [...pending.map((l) => l.text), ...fragments];
	if (leftover.length && drafts.length) (notes[drafts.length - 1] ??= []).push(...leftover);
	else if (leftover.length)
		warnings.push({
			code: 'unplaced_text',
			message: '第一行指标之前的文字',
			text: joinText(leftover)
		});
	const levels = assignLevels(drafts.length, events);
	return drafts.map((d, i) => ({
		...d,
		...levels[i],
		note: joinText(notes[i] ?? []) || null
	}));
}
