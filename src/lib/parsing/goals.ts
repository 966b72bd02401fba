/** The goal block (年度总体目标): the planned goal text and the achieved text. */
import type { Cell } from './cells.ts';
import { GOALS_ANCHOR, GOALS_ANCHOR_HEADED, GOALS_HEADERS } from './templates/labels.ts';
import { isLabel } from './label-core.ts';
import { unionOf } from './memo.ts';
import { isRunOn } from './numbers.ts';
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
	/**
	 * the two texts were glued with no boundary and more than one cut reads as a plan and its
	 * account: every such reading, the one kept first
	 */
	candidates?: Goals[];
}

/** The goals label or a goal's column heading (one pattern: tested once per cell). */
const ANY_HEADER = unionOf([GOALS_ANCHOR, ...GOALS_HEADERS]);

/** A header, or a word of one printed alone. */
function isHeader(text: string): boolean {
	const t = compact(text);
	return isLabel(ANY_HEADER, t) || /^(绩效指标|年度|总体|目标)$/.test(t);
}

/** The most readings a guessed cut of glued goal texts names, the likeliest first. */
const MAX_READINGS = 10;

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
	const cellsRead = cells
		.slice(start, end)
		.filter((c) => !isHeader(c.text) && c.text.trim() !== '');
	// a run of digits longer than any figure is no goal's text: kept apart, for a warning, unless
	// printed above the goals label, in the funds block, whose reader warns it
	const runOns = cellsRead.filter((c) => isRunOn(c.text.trim()));
	const body = runOns.length ? cellsRead.filter((c) => !runOns.includes(c)) : cellsRead;
	const anchor = runOns.length
		? cells.findIndex((c, k) => k >= start && k < end && isLabel(GOALS_ANCHOR, compact(c.text)))
		: -1;
	const runOn = runOns.filter((c) => cells.indexOf(c) > anchor).map((c) => c.text);
	const read = readBody(cells, body, start, end, pipe);
	return runOn.length ? { ...read, rest: [...(read.rest ?? []), ...runOn] } : read;
}

/** readGoals on the block's cells `body`, headers and blanks left out. */
function readBody(
	cells: readonly Cell[],
	body: readonly Cell[],
	start: number,
	end: number,
	pipe: boolean
): GoalsRead {
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
	// (in place: copying a line's cells at each of its cells took 15 s on a 100 kB line)
	for (const cell of body) {
		const row = byLine.get(cell.line);
		if (row) row.push(cell.text);
		else byLine.set(cell.line, [cell.text]);
	}
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
	// a line's cells, joined once (joined again at each of its cells, a long line took minutes)
	const pieces: string[][] = [];
	let prevLine = -2;
	for (const cell of body) {
		if (cell.line === prevLine) {
			pieces[pieces.length - 1]?.push(cell.text);
			continue;
		}
		lines.push({ text: cell.text, joined: cell.line === prevLine + 1 });
		pieces.push([cell.text]);
		prevLine = cell.line;
	}
	lines.forEach((line, k) => {
		const own = pieces[k] ?? [];
		if (own.length > 1) line.text = joinText(own);
	});
	// both goals glued into one run of text with no boundary (OCR of a Word table)
	// (only where the block printed a heading for each: a single goal is never cut)
	const headed = (k: number) =>
		cells.slice(start, end).some((c) => GOALS_HEADERS[k]?.test(compact(c.text)));
	// …or glued into the anchor (`年度总体目标预期目标实际完成情况`)
	const gluedHeads = GOALS_ANCHOR_HEADED.test(compact(cells[start - 1]?.text ?? ''));
	const only =
		lines.length === 1 && ((headed(0) && headed(1)) || gluedHeads) ? (lines[0]?.text ?? '') : '';
	// the likeliest readings only: a long text's every sentence end (8,000 readings of 100 kB
	// each) made a warning no string could hold
	const cut = only && !/\s/.test(only) ? cutGoals(only)?.slice(0, MAX_READINGS) : null;
	if (cut) {
		const [first = 0, ...others] = cut;
		const read = (at: number): Goals => ({
			target: only.slice(0, at),
			actual: only.slice(at) || null
		});
		return { ...read(first), ...(others.length ? { candidates: cut.map(read) } : {}) };
	}
	const groups = groupLines(lines, 2, [], 1).map((g) => joinWrapped(g.map((l) => l.text)) || null);
	return { target: groups[0] ?? null, actual: groups[1] ?? null };
}

/**
 * How an achieved text opens, after the plan's last sentence: the year (`2021年，…`), 截至/截止,
 * 已 (已完成…), 本年度/年内/全年共 (what a year's account says, a plan says 年度 and 全年 alone).
 */
const ACHIEVED_OPENING = /^(?:(?:19|20)\d{2}年|截[至止]|已|本年度|年内|全年共)/;

/**
 * The places a planned and an achieved goal glued together can be cut, the likeliest first: a
 * sentence end followed by an achieved text's opening (one such place is the cut, no guess); else
 * where the achieved text starts echoing the plan, then the first sentence end; null when none.
 */
export function cutGoals(text: string): number[] | null {
	const opened: number[] = [];
	for (const m of text.matchAll(/[。；;！!？?](?=.)/g))
		if (ACHIEVED_OPENING.test(text.slice(m.index + 1))) opened.push(m.index + 1);
	const echo = echoCut(text);
	const sentence = sentenceCut(text);
	if (opened.length) {
		// several openings: the one nearest the echo first
		const near = (at: number) => (echo === null ? 0 : Math.abs(at - echo));
		return opened.sort((a, b) => near(a) - near(b) || a - b);
	}
	const cuts = [echo, sentence].filter((at): at is number => at !== null);
	if (!cuts.length) return null;
	// a guess: named with the other places a sentence ends, or else with no cut at all, so that
	// it is never the only reading
	const ends = [...text.matchAll(/[。；;！!？?](?=.)/g)].map((m) => m.index + 1);
	const places = [...new Set([...cuts, ...ends])];
	return places.length > 1 ? places : [...places, text.length];
}

/**
 * Where the achieved text starts in a planned and an achieved goal glued together: achieved
 * texts restate the plan (保持和稳定地方粮食储备机制 | 地方储备粮食规模达标), so the cut is the
 * place whose text starts with a pair of characters the text before it printed, and whose text
 * after it repeats most of its pairs from before it; null when no place repeats a fifth of them.
 */
export function echoCut(text: string): number | null {
	const MIN = 4;
	const n = text.length;
	// the pair at k is printed before a place `at` when its first print ends there or earlier
	// (first[k] + 2 <= at): it counts for every place from there to k. Counted in one pass
	// (searching the text before each place for each pair took 37 s on 2,000 characters).
	const firstAt = new Map<string, number>();
	const first: number[] = [];
	const counts = new Array<number>(n + 1).fill(0);
	for (let k = 0; k < n - 1; k++) {
		const pair = text.slice(k, k + 2);
		const f = firstAt.get(pair) ?? k;
		firstAt.set(pair, f);
		first.push(f);
		if (f + 2 <= k) {
			counts[f + 2]!++;
			counts[k + 1]!--;
		}
	}
	let best: { at: number; share: number } | null = null;
	let echoed = 0;
	for (let at = 0; at <= n - MIN; at++) {
		// the pairs at k >= at printed before `at`
		echoed += counts[at]!;
		if (at < MIN || first[at]! + 2 > at) continue;
		const share = echoed / (n - 1 - at);
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
