/**
 * Text extracted with no separators at all ([F021]): doc-site chunks (`1、…`, `2、…`) joined
 * back, OCR glyph errors fixed where a label is expected, and the glued line cut into one line
 * per label and per run between labels, so the block readers see cells again.
 */
import type { Cell } from './cells.ts';
import { GLUED_CUT_LABELS, OCR_LABEL_FIXES, VALUE_UNITS } from './templates/glued-labels.ts';

const CHUNK = /^(\d{1,2})、/;
/** A glued line is long and has no whitespace. */
const MIN_GLUED = 120;

/**
 * Joins doc-site chunks: lines numbered 1、 2、 3、 … in sequence, without whitespace, long ones
 * among them, are pieces of one glued text cut at arbitrary places (even inside a word).
 */
export function joinChunks(lines: readonly string[]): string[] {
	// an indented chunk is still a chunk
	const text = (at: number) => (lines[at] ?? '').trimStart();
	const numbered: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		// most lines start with no space and no digit: no copy is made for them
		const first = line.charCodeAt(0);
		const digit = first >= 48 && first <= 57;
		if ((digit || first === 32 || first === 9) && CHUNK.test(text(i))) numbered.push(i);
	}
	if (numbered.length < 2) return lines.slice();
	const sequential = numbered.every((at, k) => CHUNK.exec(text(at))?.[1] === String(k + 1));
	// chunks of glued text: (nearly) no whitespace, and long
	const glued = numbered.every((at) => isSparse(text(at)));
	const long = numbered.reduce((sum, at) => sum + text(at).length, 0) >= MIN_GLUED;
	if (!sequential || !glued || !long) return lines.slice();
	const out = lines.slice();
	const first = numbered[0] ?? 0;
	out[first] = text(first).replace(CHUNK, '');
	// each chunk continues the line before it (a chunk's cut falls anywhere, even inside a word)
	for (const at of numbered.slice(1)) {
		let before = at - 1;
		while (before > first && !out[before]) before--;
		out[before] = (out[before] ?? '') + text(at).replace(CHUNK, '').trim();
		out[at] = '';
	}
	return out;
}

/** Applies an OCR fix only where the fixed text then reads as a label at that place. */
function fixLabels(line: string): string {
	let out = line;
	for (const [printed, meant] of OCR_LABEL_FIXES) {
		let at = out.indexOf(printed);
		while (at >= 0) {
			const fixed = out.slice(0, at) + meant + out.slice(at + printed.length);
			const window = fixed.slice(Math.max(0, at - 6), at + meant.length + 12);
			const offset = Math.min(at, 6);
			let covered = false;
			for (const m of window.matchAll(GLUED_CUT_LABELS))
				if (m.index <= offset && m.index + m[0].length >= offset + meant.length) covered = true;
			if (covered) out = fixed;
			at = out.indexOf(printed, at + 1);
		}
	}
	return out;
}

/**
 * True for text with (nearly) no whitespace: OCR of a Word table keeps a stray space where a cell
 * wrapped (`年度 总体 目标`, `绩 效 指 标`), one every 8 characters at most; PDF text has one
 * every 3 to 5.
 */
function isSparse(text: string): boolean {
	let spaces = 0;
	let blank = 0;
	for (const m of text.matchAll(/\s+/g)) {
		spaces++;
		blank += m[0].length;
	}
	// counted against the printed characters, so that doubled spaces change nothing
	return spaces * 8 <= text.length - blank;
}

/**
 * True for a line extraction glued: long, (nearly) without whitespace, carrying several labels
 * (different ones: a goal's text may name its subject again and again, `审计项目实施…`, with a
 * label's words).
 */
export function isGluedLine(line: string): boolean {
	// a web-table row (cells between bars or tabs) is delimited, however long
	if (line.length < MIN_GLUED || !isSparse(line) || /[|\t]/.test(line)) return false;
	return new Set(line.replace(/\s+/g, '').match(GLUED_CUT_LABELS)).size >= 4;
}

const UNITS = `(?:%|${VALUE_UNITS.join('|')})`;
const NUMBER = '(?:[<>]=?|=)?\\d+?(?:\\.\\d+)?';
/**
 * A glued indicator row: a name ending in a non-digit, then target and actual in the same unit
 * (`100%100%`, `0起0起`, `00`) and no unit after them, so that a name's own figures
 * (`500吨成品粮`) stay in it. Numbers are as short as the row allows: `00` is 0 and 0.
 */
const GLUED_ROW = new RegExp(
	`^(.*?[^\\d.<>=])(${NUMBER}(${UNITS})?)(${NUMBER}\\3)(?![\\d.%])(?!${UNITS})`
);
/** A row whose actual is text (`保障率100%无…`): name, one value, the rest as it reads. */
const ONE_VALUE_ROW = new RegExp(
	`^(.*?[^\\d.<>=])(${NUMBER}${UNITS}?)(?![\\d.%])([\\u4e00-\\u9fff].*)$`
);
/** A qualitative pair ending a run (`安全性高高`: target 高, actual 高). */
const QUALITATIVE_PAIR = /^(.+?)([\u4e00-\u9fff]{1,3})(基本|较|比较|部分)?\2$/;

/**
 * Cuts a glued run of indicator rows (`库存数量真实率100%100%县级…比例00`) into cells: each row's
 * name, then its values; text that reads as no row is kept as one cell.
 */
export function cutRowRun(run: string): string[] {
	const cells: string[] = [];
	let rest = run;
	for (let m = GLUED_ROW.exec(rest); m; m = GLUED_ROW.exec(rest)) {
		const [whole, name = '', target = '', , actual = ''] = m;
		if (!/[\u4e00-\u9fff]{2}/.test(name)) break;
		cells.push(name, target, actual);
		rest = rest.slice(whole.length);
	}
	const pair = QUALITATIVE_PAIR.exec(rest);
	const one = ONE_VALUE_ROW.exec(rest);
	if (pair && /[\u4e00-\u9fff]{2}/.test(pair[1] ?? ''))
		cells.push(pair[1] ?? '', pair[2] ?? '', (pair[3] ?? '') + (pair[2] ?? ''));
	else if (one && /[\u4e00-\u9fff]{2}/.test(one[1] ?? ''))
		cells.push(one[1] ?? '', one[2] ?? '', one[3] ?? '');
	else if (rest) cells.push(rest);
	return cells;
}

/** Cuts a glued line before and after every label; a label printed twice in a row is text. */
export function cutGluedLine(line: string): string[] {
	// the stray spaces of OCR'd tables carry nothing: labels are matched across them
	const text = fixLabels(line.replace(/\s+/g, ''));
	const pieces: string[] = [];
	let from = 0;
	let previous = '';

	for (const m of text.matchAll(GLUED_CUT_LABELS)) {
		// `财务管理财务管理制度有效性`: the second 财务管理 starts a name
		if (m.index === from && m[0] === previous) continue;
		if (m.index > from) pieces.push(text.slice(from, m.index));
		pieces.push(m[0]);
		from = m.index + m[0].length;
		previous = m[0];
	}
	if (from < text.length) pieces.push(text.slice(from));
	return pieces;
}

/**
 * A goals label glued to the goal text it heads (`年度总体目标通过实施…`, `实际完成情况2021年，…`,
 * 湖北's numbered `项目年度目标1.完成…`).
 */
const GOAL_LABEL_GLUED =
	/^((?:[一二三四五六]、|\d\.|\(\d\))?(?:年度总体目标完成情况|年度总体(?:绩效)?目标|总体目标|年度目标|(?:目标)?实际完成情况|全年实际完成情况|项目年度目标(?=1[.、．])))(?![年初设定预期实际全，。,;；、]|完成情况)(.{8,})$/;

/**
 * Cuts a goals label off the goal text glued to it (宁夏's 年度总体目标 and 实际完成情况 rows, glued
 * text), so that the label anchors the block as in any other text; other cells are kept.
 */
export function cutGoalLabels(cells: Cell[]): Cell[] {
	if (!cells.some((c) => GOAL_LABEL_GLUED.test(c.text))) return cells;
	return cells.flatMap((c) => {
		const m = GOAL_LABEL_GLUED.exec(c.text);
		return m
			? [
					{ text: m[1] ?? '', line: c.line },
					{ text: m[2] ?? '', line: c.line }
				]
			: [c];
	});
}
