/** The form header: title year and kind, 项目名称 (and a printed code), 主管部门, 实施单位. */
import { cellText, type Cell } from './cells.ts';
import { FUNDS_WORDS_IN_NAME, HEADER_LABELS, type HeaderField } from './templates/labels.ts';
import { isRunOn } from './numbers.ts';
import { compact, joinText } from './text.ts';
import {
	isBlockAnchor,
	isStop,
	labelAt,
	ORG_FIELDS,
	ORG_SUFFIX,
	placeOrphans,
	rejoinValueTails,
	valueBefore
} from './header-cells.ts';

/** What the header gives. */
export interface Header {
	year: number | null;
	kind: 'project' | 'department';
	project: string | null;
	code: string | null;
	department: string | null;
	/** the central supervising department of a transfer payment (中央主管部门) */
	central: string | null;
	unit: string | null;
	/** runs of digits longer than any figure (isRunOn): no field's, for a warning */
	runOn?: string[];
}

const CODE = /^(\d{6,}[A-Z]\d{6,}|\d{15,})[-—:]?/;
const ORG_CODE = /^(\[\d+\]|\d{3,}-)/;

/** Reads the year from the title lines: `(2021 年度)`, `2020年度`, `(2021年)`. */
export function readYear(titleLines: readonly string[]): number | null {
	for (const line of titleLines) {
		const m = /((?:19|20)\d{2})\s*年(?!\s*\d+\s*月)/.exec(line);
		if (m) return Number(m[1]);
	}
	return null;
}

/**
 * A cell that is a number by itself (`9,034`, `45.17%`) is no part of a name: shuffled text
 * prints a funds figure after a header label (domain.md §4.1). Printed codes are longer.
 */
function isAmount(cells: readonly Cell[], i: number): boolean {
	const text = cellText(cells, i);
	return AMOUNT.test(text) || isRunOn(text);
}

const AMOUNT = /^[\d,]{1,14}(\.\d+)?%?$/;

/** Header labels inside glued text, their variants and decorations (templates/labels.ts). */
const GLUED_LABEL = new RegExp(
	'((?:项目)?实施单位\\/(?:项目)?负责人' +
		'|(?:项目|专项资金|(?:转移支付|政策)(?:\\(项目\\))?)(?:名称|全称)' +
		'|(?:项目|中央|地方|县级|市县|预算)?主管(?:部门|单位)(?:\\(单位\\))?' +
		'|(?:项目)?(?:实施|执行)单位(?:\\(盖章\\))?|资金使用单位|(?:项目)?负责人及电话' +
		'|自评总?得?分|实施\\(主管\\)单位|金额单位)[:：]?'
);

/** A character every GLUED_LABEL match holds (单位, 名称, 主管, 负责人, 自评): most values hold none. */
const GLUED_MARK = /[单称管负评]/;

const OWNER_GLUED = /^部门(?!整体|预算|联系)(.{2,})$/;

/** Splits cells that carry a label glued to its value (`项目名称城镇建设管理`). */
function splitGluedLabels(cells: readonly Cell[], end: number): Cell[] {
	const out: Cell[] = [];
	for (let i = 0; i < Math.min(end, cells.length); i++) {
		const cell = cells[i] as Cell;
		const text = cell.text.trim();
		// a 部门整体 form's `部门` glued to the department's name (`部门上海市教育委员会`)
		const owner = text.startsWith('部门') ? OWNER_GLUED.exec(text) : null;
		if (owner?.[1] && ORG_SUFFIX.test(owner[1])) {
			out.push({ text: '部门', line: cell.line }, { text: owner[1], line: cell.line });
			continue;
		}
		if (
			!GLUED_MARK.test(text) ||
			!GLUED_LABEL.test(text) ||
			HEADER_LABELS.some(([p]) => p.test(compact(text))) ||
			namedAfterLabel(out, text)
		) {
			out.push(cell);
			continue;
		}
		const pieces = text.split(GLUED_LABEL);
		ownProjectWord(pieces, cells);
		for (const piece of pieces) if (piece.trim()) out.push({ text: piece, line: cell.line });
	}
	return out;
}

/**
 * A cell right after a header label that only starts with label words is that label's value
 * (a project named 执行单位综合保障), not a label glued to a value.
 */
function namedAfterLabel(before: readonly Cell[], text: string): boolean {
	const at = GLUED_LABEL.exec(text);
	const previous = compact(before.at(-1)?.text ?? '');
	// (四川 prints the project's code before its name: `510000…-执行单位综合保障`)
	const lead = at ? text.slice(0, at.index) : '';
	const named = at !== null && (lead === '' || CODE.exec(lead)?.[0] === lead);
	return named && HEADER_LABELS.some(([p]) => p.test(previous));
}

/**
 * `教师培训项目负责人及电话`, `教师培训项目主管部门`: the 项目 is the name's (`负责人及电话`) or the
 * label's (`项目负责人及电话`, `项目主管部门`). The form's own text decides: a name the goals
 * restate with its 项目 (`通过实施教师培训项目，…`), with or without the year it opens with, keeps
 * it. `pieces` alternate value, label, value… (in place).
 */
function ownProjectWord(pieces: string[], cells: readonly Cell[]): void {
	for (let k = 1; k + 1 < pieces.length; k += 2) {
		const [before = '', label = ''] = [pieces[k - 1], pieces[k]];
		if (!label.startsWith('项目') || before.trim().length < 2) continue;
		// (the text may restate it without its year: `2023年度实训基地` / `实训基地项目稳步推进`)
		const named = `${before.trim().replace(/^\d{4}年度?(?=..)/, '')}项目`;
		const rest = label.slice(2).replace(/[:：]$/, '');
		const echoed = cells.some((c) => c.text.includes(named) && !c.text.includes(named + rest));
		if (echoed) [pieces[k - 1], pieces[k]] = [`${before}项目`, label.slice(2)];
	}
}

/**
 * cells[0, end) without the runs of digits longer than any figure (isRunOn) printed before the
 * first block anchor, and those runs (no field's: for a warning). A run alone on its line is read
 * as if the line were not printed: a value wrapped around it joins up.
 */
function withoutRunOns(
	cells: readonly Cell[],
	end: number
): { kept: readonly Cell[]; runOn: string[] } {
	let any = false;
	for (let k = 0; k < end && !any; k++)
		any = cellText(cells, k).length > 40 && isRunOn(cellText(cells, k));
	if (!any) return { kept: cells, runOn: [] };
	const kept: Cell[] = [];
	const runOn: string[] = [];
	let inBlocks = false;
	let gone = 0;
	for (let k = 0; k < end; k++) {
		const cell = cells[k]!;
		const text = cellText(cells, k);
		if (isBlockAnchor(text)) inBlocks = true;
		if (inBlocks || !isRunOn(text)) {
			kept.push(gone ? { text: cell.text, line: cell.line - gone } : cell);
			continue;
		}
		runOn.push(cell.text);
		if (cells[k - 1]?.line !== cell.line && cells[k + 1]?.line !== cell.line) gone++;
	}
	return { kept, runOn };
}

/**
 * Reads the labelled header fields from cells[0, end): each value is the text between its label
 * and the next label (a label whose value is empty takes the text just before it, as scrambled
 * PDF text prints values before their labels). In `flow` text (PDF text) a value's wrapped
 * tail printed alone on the next line is put back first.
 */
export function readHeader(
	printed: readonly Cell[],
	end: number,
	stops: readonly RegExp[],
	flow = false
): Header {
	const { kept, runOn } = withoutRunOns(printed, end);
	if (kept !== printed) end = kept.length;
	const split = splitGluedLabels(kept, end);
	const cells = flow ? rejoinValueTails(split, split.length) : split;
	end = cells.length;
	const found: Partial<Record<HeaderField, string>> = {};
	let i = 0;
	// cells before `taken` already belong to a label's value
	let taken = 0;
	const pending: HeaderField[] = [];
	// labels left without a value, and cells no label took, before the first block anchor
	const empty: Array<{ field: HeaderField; at: number }> = [];
	const orphans: number[] = [];
	let inBlocks = false;
	// the line each value ends on
	const valueLine: Partial<Record<HeaderField, number>> = {};
	while (i < end) {
		const label = labelAt(cells, i, end);
		if (!label) {
			const text = cellText(cells, i);
			if (isBlockAnchor(text)) inBlocks = true;
			else if (!inBlocks && i >= taken && text && !isStop(cells, i, stops)) orphans.push(i);
			i++;
			continue;
		}
		const parts: string[] = [];
		let j = label.end;
		// (the first cell after a label is its value even when it opens with an anchor's words)
		const stop = (k: number) =>
			isStop(cells, k, stops) && !(k === label.end && FUNDS_WORDS_IN_NAME.test(cellText(cells, k)));
		while (j < end && !labelAt(cells, j, end) && !stop(j) && !isAmount(cells, j)) {
			parts.push(cells[j]?.text ?? '');
			j++;
		}
		let value = joinText(parts)
			.replace(/^[:：]\s*/, '')
			.replace(/^\(盖章\)/, '');
		if (!value) value = valueBefore(cells, i, taken, stops);
		// a label naming two fields (`项目实施单位/项目负责人`) prints two values the same way
		if (label.paired) value = value.replace(/^\//, '').split('/')[0]?.trim() ?? value;
		// organisations printed one after the other under the last of their labels
		// (`主管单位 自评总分: 95 实施单位 A局 A局`): the earlier empty labels take the earlier ones
		if (ORG_FIELDS.has(label.field) && pending.length && parts.length === pending.length + 1)
			if (parts.every((p) => ORG_SUFFIX.test(p.trim()))) {
				pending.forEach((field, k) => (found[field] ??= parts[k]?.trim()));
				value = parts[parts.length - 1]?.trim() ?? value;
			}
		if (!value && ORG_FIELDS.has(label.field)) pending.push(label.field);
		if (!value) empty.push({ field: label.field, at: i });
		if (value && !(label.field in found)) {
			found[label.field] = value;
			if (parts.length) valueLine[label.field] = cells[j - 1]?.line ?? -1;
		}
		i = j;
		taken = j;
	}
	joinWrapped(cells, orphans, found, valueLine);
	placeOrphans(cells, empty, orphans, found);
	const title = cells.length
		? compact(
				cells
					.slice(0, 6)
					.map((c) => c.text)
					.join('')
			)
		: '';
	const kind = /部门整体/.test(title) ? 'department' : 'project';
	let project = found.project ?? null;
	let code: string | null = null;
	const m = project ? CODE.exec(project) : null;
	if (project && m) {
		code = m[1] ?? null;
		project = project.slice(m[0].length).trim() || null;
	}
	const clean = (v: string | undefined) => (v ? v.replace(ORG_CODE, '').trim() || null : null);
	return {
		year: null,
		kind,
		project: kind === 'department' ? null : project,
		code,
		department:
			clean(found.department) ??
			clean(found.both) ??
			(kind === 'department' ? clean(found.owner) : null),
		central: clean(found.central),
		unit: clean(found.unit) ?? clean(found.both),
		...(runOn.length ? { runOn } : {})
	};
}

/**
 * PDF text printing a row's cells side by side wraps a value too wide for its column onto the
 * next line, alone there (`项目名称 …能力建设专项 自评总分: 99` / `资金`): such an orphan
 * continues the widest value that ended on the line above.
 */
function joinWrapped(
	cells: readonly Cell[],
	orphans: number[],
	found: Partial<Record<HeaderField, string>>,
	valueLine: Partial<Record<HeaderField, number>>
): void {
	for (const o of [...orphans]) {
		const line = cells[o]?.line ?? -1;
		if (cells[o - 1]?.line === line || cells[o + 1]?.line === line || isAmount(cells, o)) continue;
		const above = (Object.keys(valueLine) as HeaderField[])
			.filter((f) => valueLine[f] === line - 1)
			.sort((a, b) => (found[b] ?? '').length - (found[a] ?? '').length)[0];
		if (!above) continue;
		found[above] = joinText([found[above] ?? '', cellText(cells, o)]);
		orphans.splice(orphans.indexOf(o), 1);
	}
}
