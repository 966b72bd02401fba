/**
 * Ruling segments → tables: segments that touch form one table; its distinct x and y positions
 * make a grid of slots; two neighbouring slots with no line between them belong to one merged
 * cell. Each table is its cells as page rectangles with their grid slots.
 */
import type { Segment } from './rulings.ts';

/** Positions closer than this (points) are one line. */
const SNAP = 2;

export interface TableCell {
	row: number;
	col: number;
	rowSpan: number;
	colSpan: number;
	/** page rectangle: left, bottom, right, top (points, y up) */
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** at the table's top (bottom) edge with no line drawn there: a page break cut the cell */
	openTop: boolean;
	openBottom: boolean;
}

export interface PdfTable {
	cells: TableCell[];
	xs: number[];
	/** row boundaries, top to bottom (descending y) */
	ys: number[];
	top: number;
	bottom: number;
}

/** Distinct positions, near ones merged to their mean. */
function positions(values: number[]): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const out: number[][] = [];
	for (const v of sorted) {
		const last = out.at(-1);
		if (last && v - (last.at(-1) ?? v) <= SNAP) last.push(v);
		else out.push([v]);
	}
	return out.map((group) => group.reduce((s, v) => s + v, 0) / group.length);
}

function touches(s: Segment, t: Segment): boolean {
	if (s.horizontal === t.horizontal)
		return Math.abs(s.at - t.at) <= SNAP && s.a <= t.b + SNAP && t.a <= s.b + SNAP;
	const [h, v] = s.horizontal ? [s, t] : [t, s];
	return v.at >= h.a - SNAP && v.at <= h.b + SNAP && h.at >= v.a - SNAP && h.at <= v.b + SNAP;
}

/** Groups segments into connected sets (union-find). */
function groups(segments: Segment[]): Segment[][] {
	const parent = segments.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < segments.length; i++)
		for (let j = i + 1; j < segments.length; j++)
			if (touches(segments[i]!, segments[j]!)) parent[find(i)] = find(j);
	const sets = new Map<number, Segment[]>();
	segments.forEach((s, i) => sets.set(find(i), [...(sets.get(find(i)) ?? []), s]));
	return [...sets.values()];
}

/** True when a segment of `lines` lies at `at` and covers the point `along`. */
function ruled(lines: Segment[], at: number, along: number): boolean {
	return lines.some(
		(l) => Math.abs(l.at - at) <= SNAP && l.a - SNAP <= along && along <= l.b + SNAP
	);
}

function table(segments: Segment[]): PdfTable | null {
	const horizontal = segments.filter((s) => s.horizontal);
	const vertical = segments.filter((s) => !s.horizontal);
	const xs = positions(vertical.map((s) => s.at));
	// the vertical lines' ends bound the table too: a page break leaves its cut edge undrawn
	const ends = vertical.flatMap((s) => [s.a, s.b]);
	const ys = positions([
		...horizontal.map((s) => s.at),
		Math.min(...ends),
		Math.max(...ends)
	]).reverse();
	if (xs.length < 2 || ys.length < 2) return null;
	const rows = ys.length - 1;
	const cols = xs.length - 1;
	const parent = Array.from({ length: rows * cols }, (_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < cols; c++) {
			const midY = (ys[r]! + ys[r + 1]!) / 2;
			const midX = (xs[c]! + xs[c + 1]!) / 2;
			if (c + 1 < cols && !ruled(vertical, xs[c + 1]!, midY))
				parent[find(r * cols + c)] = find(r * cols + c + 1);
			if (r + 1 < rows && !ruled(horizontal, ys[r + 1]!, midX))
				parent[find(r * cols + c)] = find((r + 1) * cols + c);
		}
	const boxes = new Map<number, { r1: number; c1: number; r2: number; c2: number }>();
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < cols; c++) {
			const root = find(r * cols + c);
			const box = boxes.get(root);
			if (!box) boxes.set(root, { r1: r, c1: c, r2: r, c2: c });
			else
				Object.assign(box, {
					r1: Math.min(box.r1, r),
					c1: Math.min(box.c1, c),
					r2: Math.max(box.r2, r),
					c2: Math.max(box.c2, c)
				});
		}
	const cells: TableCell[] = [...boxes.values()].map((b) => ({
		row: b.r1,
		col: b.c1,
		rowSpan: b.r2 - b.r1 + 1,
		colSpan: b.c2 - b.c1 + 1,
		x1: xs[b.c1]!,
		x2: xs[b.c2 + 1]!,
		y2: ys[b.r1]!,
		y1: ys[b.r2 + 1]!,
		openTop: b.r1 === 0 && !ruled(horizontal, ys[0]!, (xs[b.c1]! + xs[b.c2 + 1]!) / 2),
		openBottom: b.r2 === rows - 1 && !ruled(horizontal, ys[rows]!, (xs[b.c1]! + xs[b.c2 + 1]!) / 2)
	}));
	return { cells, xs, ys, top: ys[0]!, bottom: ys.at(-1)! };
}

/** The tables a page's rulings draw, top to bottom. */
export function findTables(segments: Segment[]): PdfTable[] {
	const tables: PdfTable[] = [];
	for (const set of groups(segments)) {
		const t = table(set);
		if (t && t.cells.length >= 2) tables.push(t);
	}
	return tables.sort((a, b) => b.top - a.top);
}
