/** Where a form's blocks are: header, funds, goals, indicators, total (cell index ranges). */
import { findLabel, type Cell, type Match } from './cells.ts';
import { labelAt } from './header-cells.ts';
import { FUNDS_ANCHOR, GOALS_ANCHOR, INDICATORS_ANCHOR, TOTAL_ANCHOR } from './templates/labels.ts';

/** A total label printed in two pieces (`总 分`), tried only where no cell prints it whole. */
const SPACED_TOTAL = /^(总分|合计|总计)$/;

/** A block's cells [start, end); the anchor label ends at `anchorEnd`. */
export interface Section {
	start: number;
	anchorEnd: number;
	end: number;
}

/** The blocks found; a block the text does not print is null. */
export interface Sections {
	headerEnd: number;
	funds: Section | null;
	goals: Section | null;
	indicators: Section | null;
	total: Section | null;
}

/**
 * The first cell matching a block anchor that is no header value: a project named 预算资金绩效管理
 * printed after its label opens with the funds anchor's words and is still the project's name.
 */
function findAnchor(cells: readonly Cell[], pattern: RegExp): Match | null {
	let m = findLabel(cells, pattern);
	while (m && isHeaderValue(cells, m.start)) m = findLabel(cells, pattern, m.start + 1);
	return m;
}

/** True when a header label (one to three cells) ends right before cells[at]. */
function isHeaderValue(cells: readonly Cell[], at: number): boolean {
	for (let k = Math.max(0, at - 3); k < at; k++) if (labelAt(cells, k, at)?.end === at) return true;
	return false;
}

/**
 * Finds each block's anchor label. Templates order the blocks differently (Sichuan prints its
 * goals before the funds), so every anchor is searched from the start and a block ends where
 * the next one starts.
 */
export function findSections(cells: readonly Cell[]): Sections {
	const funds = findAnchor(cells, FUNDS_ANCHOR);
	const goals = findLabel(cells, GOALS_ANCHOR);
	const after = Math.min(funds?.end ?? Infinity, goals?.end ?? Infinity);
	const indicators = findLabel(cells, INDICATORS_ANCHOR, Number.isFinite(after) ? after : 0);
	// `总 分`: forms space out a short label across its cell, and PDF text splits it in two
	const total = indicators
		? (findLabel(cells, TOTAL_ANCHOR, indicators.end, cells.length, 1) ??
			findLabel(cells, SPACED_TOTAL, indicators.end, cells.length, 2))
		: null;
	const found = [funds, goals, indicators, total].filter((m): m is Match => m !== null);
	const starts = found.map((m) => m.start).sort((a, b) => a - b);
	const section = (m: Match | null): Section | null => {
		if (!m) return null;
		const next = starts.find((s) => s > m.start) ?? cells.length;
		return { start: m.start, anchorEnd: m.end, end: m === total ? cells.length : next };
	};
	return {
		headerEnd: indicators?.start ?? cells.length,
		funds: section(funds),
		goals: section(goals),
		indicators: section(indicators),
		total: section(total)
	};
}
