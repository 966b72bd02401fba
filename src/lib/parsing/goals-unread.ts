/**
 * Nothing lost from the goals block: when a form prints the goals label and no goal is read, the
 * block's text comes out in a warning. A goal that opens with a label's words (`预算资金使用规范`)
 * is taken for the next block's anchor; the goals block then ends before its text, which the
 * funds block holds before the funds table (its own anchor, then its column labels).
 */
import type { FormWarning } from '../model/form.ts';
import { cellText, type Cell } from './cells.ts';
import { readGoals } from './goals.ts';
import { isLabel } from './label-core.ts';
import type { Section } from './sections.ts';
import { FUND_COLUMNS, FUNDS_ANCHOR } from './templates/labels.ts';

/** An `unplaced_text` warning with the goals block's text, or null when it prints none. */
export function unreadGoals(
	cells: readonly Cell[],
	goals: Section,
	from: number,
	funds: Section | null,
	pipe: boolean
): FormWarning | null {
	const end = funds?.start === goals.end ? fundsTableStart(cells, funds) : goals.end;
	const read = readGoals(cells, from, end, pipe);
	const text = [read.target, read.actual, ...(read.rest ?? [])].filter((t) => t).join(' ');
	return text ? { code: 'unplaced_text', message: '年度总体目标未能读出', text } : null;
}

/**
 * Where the funds table starts in a funds block: the last funds anchor before its first column
 * label (the anchor itself when no column label follows).
 */
function fundsTableStart(cells: readonly Cell[], funds: Section): number {
	let column = funds.anchorEnd;
	while (column < funds.end && !FUND_COLUMNS.some(([p]) => isLabel(p, cellText(cells, column))))
		column++;
	if (column === funds.end) return funds.anchorEnd;
	for (let i = column - 1; i >= funds.anchorEnd; i--)
		if (FUNDS_ANCHOR.test(cellText(cells, i))) return i;
	return column;
}
