/**
 * How a wide table prints whole: its columns split into parts that each fit the printed page,
 * every part repeating the name columns at its left, a heading's columns never torn apart.
 * Widths are estimated in em of the printed type (app.css prints tables at 7.5 pt).
 */
import type { CellKind } from '../format/cell.ts';

/** The width of a printed table, in em at 7.5 pt: A4 less the @page margins of app.css, less a margin for error. */
export const PRINT_WIDTH_EM = { portrait: 68, landscape: 100 } as const;
export type PrintPage = keyof typeof PRINT_WIDTH_EM;

/** What the split needs to know of a column. */
export interface PrintColumn {
	label: string;
	kind: CellKind;
	wide?: boolean;
	group?: string;
	/** a column whose cells may carry a ▲/● mark before the value */
	tone?: unknown;
}

// Generous on purpose: a part a little narrower than the page is fine, a cut column is not.
const CELL_PADDING_EM = 1;
const TONE_ICON_EM = 1.6;

/** Text width in em: CJK and full-width characters 1, others (digits, Latin) 0.6 at most. */
export function textWidthEm(text: string): number {
	let width = 0;
	for (const ch of text)
		width +=
			/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
				ch
			)
				? 1
				: 0.6;
	return width;
}

/**
 * A column's printed width in em: numbers never wrap, so their widest cell; text wraps, within
 * bounds that keep a name readable (never one character a line); headings wrap to 4 characters.
 */
export function columnWidthEm(column: PrintColumn, cells: readonly string[]): number {
	const content = Math.max(0, ...cells.map(textWidthEm));
	const heading = Math.min(textWidthEm(column.label), 4);
	const [min, max] = column.wide ? [8, 12] : column.kind === 'text' ? [4, 7] : [0, Infinity];
	const icon = column.tone ? TONE_ICON_EM : 0;
	return Math.min(max, Math.max(min, content + icon, heading)) + CELL_PADDING_EM;
}

/**
 * Splits column indexes into parts no wider than `width` em. The leading text columns (the
 * names) start every part; consecutive columns under one `group` heading stay in one part.
 * One part when everything fits.
 */
export function splitColumns(
	columns: readonly PrintColumn[],
	widths: readonly number[],
	width: number
): number[][] {
	let lead = columns.findIndex((c) => c.kind !== 'text');
	if (lead < 0) return [columns.map((_, i) => i)];
	if (lead === 0) lead = 1; // no name column: the first still anchors every part
	const leading = Array.from({ length: lead }, (_, i) => i);
	const leadWidth = leading.reduce((sum, i) => sum + (widths[i] ?? 0), 0);
	const runs: number[][] = [];
	for (let i = lead; i < columns.length; i++) {
		const last = runs.at(-1);
		const group = columns[i]!.group;
		if (last && group && columns[last[0]!]!.group === group) last.push(i);
		else runs.push([i]);
	}
	const parts: number[][] = [];
	let current: number[] = [];
	let used = leadWidth;
	for (const run of runs) {
		const runWidth = run.reduce((sum, i) => sum + (widths[i] ?? 0), 0);
		if (current.length && used + runWidth > width) {
			parts.push([...leading, ...current]);
			current = [];
			used = leadWidth;
		}
		current.push(...run);
		used += runWidth;
	}
	parts.push([...leading, ...current]);
	return parts;
}
