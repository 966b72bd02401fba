/** Header labels and values printed away from them: label matching, stops, misplaced values. */
import type { Cell } from './cells.ts';
import { cellKey, cellText } from './cells.ts';
import {
	FUND_COLUMNS,
	FUND_ROWS,
	FUNDS_ANCHOR,
	GOALS_ANCHOR,
	HEADER_LABELS,
	HEADER_STOPS,
	INDICATORS_ANCHOR,
	LABEL_NUMBERING,
	type HeaderField
} from './templates/labels.ts';
import { labelAlphabet } from './label-alphabet.ts';
import { isLabel, labelText } from './label-core.ts';
import { memoize, unionOf } from './memo.ts';
import { joinText } from './text.ts';
import { fillsWidest, printedWidth } from './wrapped-cells.ts';

/** A header label found at a cell: its field, the cell after it, whether its value comes paired. */
export interface HeaderLabel {
	field: HeaderField;
	end: number;
	paired: boolean;
}

/**
 * The header label starting at cells[i], possibly split over up to 3 cells (`项目主管单 位`).
 * Asked of the same cell many times while a header is read (its value, the values around it,
 * wrapped tails, block anchors): the answer is kept on the cell with the cells it read, and
 * given again while they are the same.
 */
export function labelAt(cells: readonly Cell[], i: number, end: number): HeaderLabel | null {
	const cell = cells[i];
	if (!cell || startsNoHeaderLabel(cellKey(cell))) return null;
	const [a, b, c, d] = [cells[i + 1], cells[i + 2], cells[i + 3], cells[i + 4]];
	let memo = cell.headerLabel;
	if (!memo || memo.a !== a || memo.b !== b || memo.c !== c || memo.d !== d) {
		// (read over all three cells: a label over fewer reads the same whatever follows)
		const label = readLabelAt(cells, i);
		memo = {
			a,
			b,
			c,
			d,
			label: label && { ...label, end: label.end - i },
			cells: label?.cells ?? 0
		};
		cell.headerLabel = memo;
	}
	if (!memo.label || memo.cells > end - i) return null;
	return { ...memo.label, end: i + memo.label.end };
}

/** labelAt without the memo, over up to three cells (it reads cells[i, i + 5)). */
function readLabelAt(cells: readonly Cell[], i: number): (HeaderLabel & { cells: number }) | null {
	let text = '';
	for (let k = i; k < i + 3; k++) {
		text += cellText(cells, k);
		if (text.length > 12) break;
		const field = headerFieldOf(text);
		if (!field) continue;
		const used = k - i + 1;
		// `项目实施单位` `/项目负责人`: the label names a second field, its value comes paired
		const colon = /^[:：]$/.test(cellText(cells, k + 1)) ? 1 : 0;
		if (PAIRED.test(cellText(cells, k + 1 + colon)))
			return { field, end: k + 2 + colon, paired: true, cells: used };
		// `项目实施单位/项目负责人` printed as one cell is paired the same way
		return { field, end: k + 1, paired: text.includes('/'), cells: used };
	}
	return null;
}

const PAIRED = /^\/(项目)?负责人(及电话)?$/;

/** The header field a label names. */
function headerFieldOf(printed: string): HeaderField | null {
	const text = labelText(ANY_HEADER_LABEL, printed);
	if (text === null) return null;
	for (const [pattern, field] of HEADER_LABELS) if (pattern.test(text)) return field;
	return null;
}

const ANY_HEADER_LABEL = unionOf(HEADER_LABELS.map(([pattern]) => pattern));
const HEADER_ALPHABET = labelAlphabet(HEADER_LABELS.map(([pattern]) => pattern));
const NUMBERING_ALPHABET = labelAlphabet([LABEL_NUMBERING]);

/**
 * True when no header label can start with a cell printing `text` (compacted), alone or joined to
 * the cells after it: its first character is none a label or a numbering (`1.`, label-core.ts)
 * starts with, or it is a figure or a word too long to change by what follows (the numbering
 * reads at most 4 characters: `十二、`, `12.`, `(12)`). Most cells the header reader meets.
 */
function startsNoHeaderLabel(text: string): boolean {
	if (!text || !HEADER_ALPHABET || !NUMBERING_ALPHABET) return false;
	const first = text.charCodeAt(0);
	if (HEADER_ALPHABET.has(first)) return false;
	if (!NUMBERING_ALPHABET.has(first)) return true;
	return text.length >= 4 && !LABEL_NUMBERING.test(text);
}

const TITLE_PART = /自评表|年度?\)?$|^度\)?$|^\(?\d{4}$|^\($|^\)$|[:：]$/;

/**
 * The text printed just before a label whose own value is empty (scrambled PDF text prints a
 * value before its label): the cells back to the previous label, stop, number or title.
 */
export function valueBefore(
	cells: readonly Cell[],
	at: number,
	from: number,
	stops: readonly RegExp[]
) {
	const parts: string[] = [];
	for (let k = at - 1; k >= from; k--) {
		const text = cellText(cells, k);
		if (!text || labelAt(cells, k, at) || isStop(cells, k, stops)) break;
		if (TITLE_PART.test(text) || /^[\d.,%—\-/]+$/.test(text)) break;
		parts.unshift(cells[k]?.text ?? '');
	}
	return joinText(parts);
}

export function isStop(cells: readonly Cell[], i: number, stops: readonly RegExp[]): boolean {
	const cell = cells[i];
	// (asked of the same cell many times while a header is read: answered once per cell)
	const stop = cell ? (cell.stop ??= isStopText(cellKey(cell))) : isStopText('');
	return stop || (stops.length > 0 && stops.some((p) => p.test(cellKey(cell))));
}

/** Whether a cell's text (compacted) ends a header value: a stop, an anchor, a funds label. */
const isStopText = (text: string): boolean =>
	labelText(ANY_STOP, text) !== null && isStopLabel(text);

const UNIT = /^\(?万?元\)?$/;
const STOP_LABELS = [FUNDS_ANCHOR, GOALS_ANCHOR, INDICATORS_ANCHOR];
/** Every pattern isStopLabel tries, in one: most cells match none, told without the cache. */
const ANY_STOP = unionOf([
	...HEADER_STOPS,
	...STOP_LABELS,
	...FUND_COLUMNS.map(([p]) => p),
	UNIT,
	...FUND_ROWS.map(([p]) => p)
]);

const isStopLabel = memoize((text: string): boolean => {
	if (HEADER_STOPS.some((p) => p.test(text))) return true;
	if (STOP_LABELS.some((p) => isLabel(p, text))) return true;
	if (FUND_COLUMNS.some(([p]) => isLabel(p, text)) || UNIT.test(text)) return true;
	return FUND_ROWS.some(([p]) => p.test(text) && text.length > 2);
});

export const ORG_FIELDS: ReadonlySet<HeaderField> = new Set([
	'department',
	'central',
	'unit',
	'both'
]);
/** How the name of a department or unit ends. */
export const ORG_SUFFIX =
	/(局|委|委员会|院|中心|办公室|办|厅|会|所|校|学|站|队|部|处|室|馆|政府|公司)$/;

const BLOCK_ANCHORS = [FUNDS_ANCHOR, GOALS_ANCHOR, INDICATORS_ANCHOR];
const BLOCK_ALPHABET = labelAlphabet(BLOCK_ANCHORS);

/** Whether a cell's text (compacted) opens a block: funds, goals or indicators. */
export function isBlockAnchor(text: string): boolean {
	// (most cells start with a character no anchor starts with: told without a pattern)
	if (BLOCK_ALPHABET && !BLOCK_ALPHABET.has(text.charCodeAt(0))) return false;
	return BLOCK_ANCHORS.some((p) => p.test(text));
}
/** How a project name ends, when it is printed away from its label. */
const PROJECT_SUFFIX = /(项目|工程|经费|专项|补助|补贴)$/;

/**
 * Scrambled headers print a value away from its label, after other labels: a label left empty
 * takes the first cell no label took, after it and before the first block, that reads as its
 * kind of value (a project or an organisation name).
 */
export function placeOrphans(
	cells: readonly Cell[],
	empty: ReadonlyArray<{ field: HeaderField; at: number }>,
	orphans: number[],
	found: Partial<Record<HeaderField, string>>
): void {
	for (const { field, at } of empty) {
		if (found[field]) continue;
		const shape = field === 'project' ? PROJECT_SUFFIX : ORG_FIELDS.has(field) ? ORG_SUFFIX : null;
		const k = orphans.findIndex((o) => o > at && shape?.test(cellText(cells, o)));
		if (k < 0) continue;
		found[field] = (cells[orphans[k] ?? 0]?.text ?? '').trim();
		orphans.splice(k, 1);
	}
}

/**
 * PDF text that prints side-by-side cells line by line puts the tail of a header value too long
 * for its column alone on the next line (`项目名称 基层医疗卫生机构能力建设专项 主管部门 上海市卫生健康委员会`
 * / `资金`), and a value of three lines also its first line alone above (centred): those lines go
 * back around the value they continue, the widest value of the line (a wrapped value fills its
 * column). Cells from `end` on are left as they are.
 */
export function rejoinValueTails(cells: readonly Cell[], end: number): Cell[] {
	const out = cells.slice(0, end);
	const alone = (k: number) =>
		out[k - 1]?.line !== out[k]?.line &&
		out[k + 1]?.line !== out[k]?.line &&
		isTail(out, k, out.length);
	for (let i = 0; i < out.length;) {
		let j = i;
		while (j < out.length && out[j]!.line === out[i]!.line) j++;
		const value = widestValue(out, i, j);
		const line = out[i]!.line;
		// (a line ending in a label prints that label's value on the next line: not a tail)
		const tailed =
			value >= 0 &&
			j < out.length &&
			out[j]!.line === line + 1 &&
			alone(j) &&
			printedWidth(out[value]!.text) >= printedWidth(out[j]!.text) &&
			!out.slice(i, j).some((_, k) => labelAt(out, i + k, j)?.end === j);
		if (!tailed) {
			i = j;
			continue;
		}
		const [tail] = out.splice(j, 1);
		out.splice(value + 1, 0, { text: tail!.text, line });
		// a first line above fills the column as the value's own line does: as wide, no wider
		const head = out[i - 1]?.text ?? '';
		const full = fillsWidest([out[value]!.text])(head) && fillsWidest([head])(out[value]!.text);
		// (the title is no value's: `项目支出绩效自评表(2021年)` may be as wide)
		const title = head.includes('自评表');
		if (i > 0 && out[i - 1]!.line === line - 1 && alone(i - 1) && full && !title) {
			const [head] = out.splice(i - 1, 1);
			out.splice(value - 1, 0, { text: head!.text, line });
		}
		i = j + 1;
	}
	return [...out, ...cells.slice(end)];
}

/** The widest value printed right after its label on the line cells[from, to), or -1. */
function widestValue(cells: readonly Cell[], from: number, to: number): number {
	let best = -1;
	for (let k = from + 1; k < to; k++) {
		// (right after a label first: few cells are, and that is told from the label's memo)
		if (labelAt(cells, k - 1, to)?.end !== k || !isTail(cells, k, to)) continue;
		if (best < 0 || printedWidth(cells[k]!.text) >= printedWidth(cells[best]!.text)) best = k;
	}
	return best;
}

/** A cell that can be a piece of a header value: text, no label, stop, block or figure. */
function isTail(cells: readonly Cell[], i: number, end: number): boolean {
	const text = cellText(cells, i);
	if (!text || /^[-\d.,%:：()（）—]+$/.test(text)) return false;
	return !labelAt(cells, i, end) && !isStop(cells, i, []);
}
