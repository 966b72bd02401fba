/** Header labels and values printed away from them: label matching, stops, misplaced values. */
import type { Cell } from './cells.ts';
import { cellText } from './cells.ts';
import {
	FUND_COLUMNS,
	FUND_ROWS,
	FUNDS_ANCHOR,
	GOALS_ANCHOR,
	HEADER_LABELS,
	HEADER_STOPS,
	INDICATORS_ANCHOR,
	type HeaderField
} from './templates/labels.ts';
import { memoize } from './memo.ts';
import { joinText } from './text.ts';

/** The header label starting at cells[i], possibly split over up to 3 cells (`项目主管单 位`). */
export function labelAt(
	cells: readonly Cell[],
	i: number,
	end: number
): { field: HeaderField; end: number; paired: boolean } | null {
	let text = '';
	for (let k = i; k < Math.min(end, i + 3); k++) {
		text += cellText(cells, k);
		if (text.length > 12) break;
		const field = headerFieldOf(text);
		if (!field) continue;
		// `项目实施单位` `/项目负责人`: the label names a second field, its value comes paired
		const colon = /^[:：]$/.test(cellText(cells, k + 1)) ? 1 : 0;
		if (PAIRED.test(cellText(cells, k + 1 + colon)))
			return { field, end: k + 2 + colon, paired: true };
		// `项目实施单位/项目负责人` printed as one cell is paired the same way
		return { field, end: k + 1, paired: text.includes('/') };
	}
	return null;
}

const PAIRED = /^\/(项目)?负责人(及电话)?$/;

/** The header field a label names (memoized: every form repeats the same labels and cells). */
const headerFieldOf = memoize((text: string): HeaderField | null => {
	for (const [pattern, field] of HEADER_LABELS) if (pattern.test(text)) return field;
	return null;
});

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
	const text = cellText(cells, i);
	return isStopText(text) || stops.some((p) => p.test(text));
}

const isStopText = memoize((text: string): boolean => {
	if (HEADER_STOPS.some((p) => p.test(text))) return true;
	if ([FUNDS_ANCHOR, GOALS_ANCHOR, INDICATORS_ANCHOR].some((p) => p.test(text))) return true;
	if (FUND_COLUMNS.some(([p]) => p.test(text)) || /^\(?万?元\)?$/.test(text)) return true;
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

export const BLOCK_ANCHORS = [FUNDS_ANCHOR, GOALS_ANCHOR, INDICATORS_ANCHOR];
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
