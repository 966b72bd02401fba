/** The goal block (年度总体目标): the planned goal text and the achieved text. */
import type { Cell } from './cells.ts';
import { GOALS_ANCHOR, GOALS_HEADERS } from './templates/labels.ts';
import { compact, joinText, squeezeCjk } from './text.ts';
import { groupLines, joinWrapped, readSideBySide, type TextLine } from './wrap-groups.ts';

/** The two goal texts; null when not printed. */
export interface Goals {
	target: string | null;
	actual: string | null;
}

/** The goal texts as read, with any other text of the block. */
export interface GoalsRead extends Goals {
	rest?: string[];
}

function isHeader(text: string): boolean {
	const t = compact(text);
	return (
		GOALS_ANCHOR.test(t) ||
		GOALS_HEADERS.some((p) => p.test(t)) ||
		/^(绩效指标|年度|总体|目标)$/.test(t)
	);
}

/**
 * Reads the goal texts from cells[start, end). Web tables give one cell per goal; PDF text
 * gives wrapped lines, regrouped into two cells by column width.
 */
export function readGoals(
	cells: readonly Cell[],
	start: number,
	end: number,
	pipe: boolean
): GoalsRead {
	const body = cells.slice(start, end).filter((c) => !isHeader(c.text) && c.text.trim() !== '');
	if (pipe) {
		return {
			// spaces inside a cell next to CJK are extraction's, as between tokens of PDF text
			target: body[0] ? squeezeCjk(body[0].text) : null,
			actual: body[1] ? squeezeCjk(body[1].text) : null,
			// cells past the two goals (Sichuan's 项目实施内容及过程概述 and its text)
			rest: body.slice(2).map((c) => c.text)
		};
	}
	// side-by-side cells on each line (planned | achieved): read the columns
	const byLine = new Map<number, string[]>();
	for (const cell of body) byLine.set(cell.line, [...(byLine.get(cell.line) ?? []), cell.text]);
	const rows = [...byLine.values()];
	if (rows.every((r) => r.length >= 2)) {
		return {
			target: joinText(rows.map((r) => r[0] ?? '')) || null,
			actual: joinText(rows.map((r) => r[1] ?? '')) || null
		};
	}
	// the taller goal's lines above and below the shorter one's
	const sideBySide = readSideBySide(rows);
	if (sideBySide) return { target: sideBySide[0] || null, actual: sideBySide[1] || null };
	const lines: TextLine[] = [];
	let prevLine = -2;
	for (const cell of body) {
		if (cell.line === prevLine) {
			const last = lines[lines.length - 1];
			if (last) last.text = joinText([last.text, cell.text]);
			continue;
		}
		lines.push({ text: cell.text, joined: cell.line === prevLine + 1 });
		prevLine = cell.line;
	}
	const groups = groupLines(lines, 2, [], 1).map((g) => joinWrapped(g.map((l) => l.text)) || null);
	return { target: groups[0] ?? null, actual: groups[1] ?? null };
}
