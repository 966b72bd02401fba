/** The goal block (年度总体目标): the planned goal text and the achieved text. */
import type { Cell } from './cells.ts';
import { GOALS_ANCHOR, GOALS_ANCHOR_HEADED, GOALS_HEADERS } from './templates/labels.ts';
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
	/** the two texts were glued with no boundary and cut where the second echoes the first */
	guessed?: boolean;
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
	// both goals glued into one run of text with no boundary (OCR of a Word table)
	// (only where the block printed a heading for each: a single goal is never cut)
	const headed = (k: number) =>
		cells.slice(start, end).some((c) => GOALS_HEADERS[k]?.test(compact(c.text)));
	// …or glued into the anchor (`年度总体目标预期目标实际完成情况`)
	const gluedHeads = GOALS_ANCHOR_HEADED.test(compact(cells[start - 1]?.text ?? ''));
	const only =
		lines.length === 1 && ((headed(0) && headed(1)) || gluedHeads) ? (lines[0]?.text ?? '') : '';
	// where no place repeats the plan, the first sentence's end (a guess all the same)
	const cut = only && !/\s/.test(only) ? (echoCut(only) ?? sentenceCut(only)) : null;
	if (cut) return { target: only.slice(0, cut), actual: only.slice(cut), guessed: true };
	const groups = groupLines(lines, 2, [], 1).map((g) => joinWrapped(g.map((l) => l.text)) || null);
	return { target: groups[0] ?? null, actual: groups[1] ?? null };
}

/**
 * Where the achieved text starts in a planned and an achieved goal glued together: achieved
 * texts restate the plan (保持和稳定地方粮食储备机制 | 地方储备粮食规模达标), so the cut is the
 * place whose text starts with a pair of characters the text before it printed, and whose text
 * after it repeats most of its pairs from before it; null when no place repeats a fifth of them.
 */
export function echoCut(text: string): number | null {
	const MIN = 4;
	let best: { at: number; share: number } | null = null;
	for (let at = MIN; at <= text.length - MIN; at++) {
		const before = text.slice(0, at);
		if (!before.includes(text.slice(at, at + 2))) continue;
		let echoed = 0;
		for (let k = at; k < text.length - 1; k++) if (before.includes(text.slice(k, k + 2))) echoed++;
		const share = echoed / (text.length - 1 - at);
		if (!best || share > best.share) best = { at, share };
	}
	if (!best || best.share < 0.2) return null;
	// the achieved text starts a sentence: the sentence end nearest the echo, a few characters off
	let cut = best.at;
	for (const m of text.matchAll(/[。；;！!？?](?=.)/g))
		if (Math.abs(m.index + 1 - best.at) < Math.abs(cut - best.at) || cut === best.at)
			if (Math.abs(m.index + 1 - best.at) <= 12) cut = m.index + 1;
	return cut;
}

/** After the first sentence's end that is not the text's end; null when there is none. */
function sentenceCut(text: string): number | null {
	const at = text.search(/[。；;！!？?](?=.)/);
	return at < 0 ? null : at + 1;
}
