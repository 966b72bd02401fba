/** Reads one form's lines into a FormRecord: header, funds, goals, indicators, totals, warnings. */
import type { FormRecord, FormWarning } from '../model/form.ts';
import { cellText, readLayout, toCells, type Cell, type Layout } from './cells.ts';
import { readFunds } from './funds.ts';
import { readGoals, type Goals } from './goals.ts';
import { unreadGoals } from './goals-unread.ts';
import { goalsGuess } from './split-guess.ts';
import { readHeader, readYear } from './header.ts';
import { makeIndicator, type IndicatorDraft } from './indicator.ts';
import { readIndicatorHeader } from './indicator-header.ts';
import { TEMPLATE_COLUMNS } from './templates/columns.ts';
import { readIndicatorLines } from './indicators-lines.ts';
import { readIndicatorStream } from './indicators-stream.ts';
import { blockStart } from './interleaved-cells.ts';
import { FUND_ROWS } from './templates/labels.ts';
import { cutGoalLabels } from './glued-text.ts';
import { readHeaderScore, readTotals, textAfterTotals, type Totals } from './totals.ts';
import { detectTemplate, templateRule } from './templates/index.ts';
import { findSections, type Section } from './sections.ts';
import {
	AFTER_TABLE,
	isGluedLines,
	isGluedTable,
	readGluedRows,
	TOO_LONG
} from './indicators-glued.ts';
import { hasNumberedNames, readNumberedRows } from './indicators-numbered.ts';
import { hasFlaggedRows, readFlaggedRows } from './indicators-flagged.ts';
import { hasWeightFirstRows, readWeightFirstRows } from './indicators-weight-first.ts';
import { addsUp, reading, readingCost, type FormSums, type Reading } from './readings.ts';
import { validateRecord } from './validate.ts';
import { isShuffled, readShuffled } from './shuffled.ts';
import { normaliseOcrCells } from './ocr-cells.ts';
import { readHubeiFunds, readHubeiGoals, readHubeiRows } from './hubei.ts';
import { withBareLevels } from './levels.ts';
import { isRunOn } from './numbers.ts';

/** Where one form was found. */
export interface FormPlace {
	file: string;
	index: number;
}

/** Reads a form from its lines (title line first). Never throws on odd text: it warns. */
export function readForm(lines: readonly string[], place: FormPlace): FormRecord {
	const joined = lines.join('\n');
	// a form printing its level names without 指标 (产出, 数量) reads them as labels
	return withBareLevels(joined, () => readLines(lines, joined, place));
}

function readLines(lines: readonly string[], joined: string, place: FormPlace): FormRecord {
	const layout = readLayout(lines);
	// cells one per line read like web-table cells: each is a whole cell, blank cells kept
	const pipe = layout !== 'flow';
	const cells: Cell[] = cutGoalLabels(toCells(lines, layout));
	const warnings: FormWarning[] = [];
	const template = detectTemplate(joined);
	const unitLabel = readUnitLabel(joined);
	const { headerEnd, funds, goals, indicators, total } = findSections(cells);
	if (!pipe) normaliseOcrCells(cells, indicators?.start ?? null);
	const header = readHeader(cells, headerEnd, [], !pipe);
	if (header.runOn)
		warnings.push({
			code: 'unplaced_text',
			message: '表头中的长串数字（未读入字段）',
			text: header.runOn.join(' ')
		});
	const fundsRead = funds
		? readFunds(cells, funds.start, funds.end, unitLabel)
		: { unit: null, rows: [], warnings: [] };
	warnings.push(...fundsRead.warnings);
	// PDF text may print the goals label centred among the goal's lines: the line above is theirs
	const goalsFrom =
		goals && !pipe ? blockStart(cells, goals.start, goals.anchorEnd, isFundRow) : goals?.anchorEnd;
	const goalsBlock = goals ? readGoals(cells, goalsFrom ?? goals.anchorEnd, goals.end, pipe) : null;
	let goalTexts: Goals | null = goalsBlock && {
		target: goalsBlock.target,
		actual: goalsBlock.actual
	};
	if (goalsBlock?.candidates) warnings.push(goalsGuess(goalsBlock.candidates));
	if (goalsBlock?.rest?.length)
		warnings.push({
			code: 'unplaced_text',
			message: '目标栏中的其他文字（未读入字段）',
			text: goalsBlock.rest.join(' ')
		});
	if (template === 'hubei') {
		const before = indicators?.start ?? cells.length;
		const hubeiFunds = fundsRead.rows.length ? null : readHubeiFunds(cells, 0, before, warnings);
		if (hubeiFunds) Object.assign(fundsRead, hubeiFunds);
		const goalsRead = goals ? readHubeiGoals(cells, goalsFrom ?? goals.anchorEnd, before) : null;
		if (goalsRead) {
			goalTexts = { target: goalsRead.text, actual: null };
			// the 项目决策/项目管理 scoring table after the goals is not read into the record
			const rest = cells.slice(goalsRead.end, before).map((c) => c.text);
			if (rest.length)
				warnings.push({
					code: 'unplaced_text',
					message: '项目决策/项目管理评分表（未读入）',
					text: rest.join(' ')
				});
		}
	}
	const lead: string[] = [];
	// (the figures follow the label's last cell: `总 分` is printed in two)
	const printedTotals = total ? readTotals(cells, total.anchorEnd - 1, cells.length) : null;
	const sums: FormSums | null = printedTotals && {
		weight: printedTotals.weight,
		score: printedTotals.score,
		funds: fundsRead.rows.find((r) => r.source === 'total')
	};
	let drafts = indicators
		? readIndicators(cells, indicators, template, layout, warnings, lead, sums)
		: [];
	if (lead.length && !goalTexts?.target && !goalTexts?.actual)
		goalTexts = { target: lead[0] ?? null, actual: lead[1] ?? null };
	for (const text of goalTexts?.target === (lead[0] ?? null) ? lead.slice(2) : lead)
		warnings.push({ code: 'unplaced_text', message: '第一项指标之前的文字', text });
	let totals: Totals | null = null;
	if (template === 'shanghai' && !pipe && isShuffled(lines, cells)) {
		// The reading line by line above does not apply to a shuffled line: the warnings it gave
		// are about text it misplaced (the total score as a stray indicator value), not the form's.
		warnings.length = 0;
		const shuffled = readShuffled(cells, warnings);
		Object.assign(fundsRead, { unit: shuffled.unit, rows: shuffled.funds });
		[goalTexts, drafts, totals] = [shuffled.goals, shuffled.drafts, shuffled.totals];
	} else if (printedTotals) {
		const row = printedTotals;
		totals = row;
		const after = textAfterTotals(cells, row.end);
		if (after)
			warnings.push({
				code: 'unplaced_text',
				message: '总分之后的文字（评价结论等）',
				text: after
			});
	}
	if (goals && !goalTexts?.target && !goalTexts?.actual) {
		const unread = unreadGoals(cells, goals, goalsFrom ?? goals.anchorEnd, funds, pipe);
		if (unread) warnings.push(unread);
	}
	const record: FormRecord = {
		source: { file: place.file, index: place.index, template },
		kind: header.kind,
		year: readYear(lines.slice(0, 3)),
		project: header.project,
		code: header.code,
		department: header.department,
		...(template === 'transfer' || header.central ? { central_department: header.central } : {}),
		unit: header.unit,
		amount_unit: fundsRead.unit ?? unitLabel ?? readColumnUnit(cells, headerEnd),
		funds: fundsRead.rows,
		goals: goalTexts,
		indicators: drafts.map(makeIndicator),
		total_weight: totals?.weight ?? null,
		total_score: totals?.score ?? readHeaderScore(cells, headerEnd),
		grade: totals?.grade ?? null,
		warnings
	};
	// a form that prints its total in the header (湖北's 自评总分), or none, has no total row to end with
	if (!total && record.total_score === null && !templateRule(template)?.noTotalRow)
		warnings.push({ code: 'truncated', message: '表单在总分行之前结束（不完整）' });
	warnings.push(...validateRecord(record));
	return record;
}

/** A funds row's label, alone or glued to its figures (`其他资金0.00`). */
const isFundRow = (text: string) => {
	const label = text.replace(/[\d.,%\-—/]+$/, '');
	return FUND_ROWS.some(([pattern]) => pattern.test(text) || pattern.test(label));
};

/** A column header's unit, `(万元)` or `(元)`, printed before the indicator table. */
function readColumnUnit(cells: readonly Cell[], end: number): '元' | '万元' | null {
	for (let i = 0; i < Math.min(end, cells.length); i++) {
		const text = cellText(cells, i);
		if (text === '(万元)') return '万元';
		if (text === '(元)') return '元';
	}
	return null;
}

/** `金额单位: 万元` printed away from the funds block. */
function readUnitLabel(text: string): '元' | '万元' | null {
	if (!text.includes('金额单位')) return null;
	const m = /金额单位[:：]?\s*(万元|元)/.exec(text);
	return (m?.[1] as '元' | '万元' | undefined) ?? null;
}

function readIndicators(
	cells: readonly Cell[],
	section: Section,
	template: string,
	layout: Layout,
	warnings: FormWarning[],
	lead: string[],
	sums: FormSums | null
): IndicatorDraft[] {
	const truncated = sums === null;
	const body = cells.slice(section.start, section.end);
	const pipe = layout !== 'flow';
	if (!pipe && template === 'hubei') return readHubeiRows(body, warnings, truncated);
	// the column header, and the rows after it, are the same for every reading
	const head = readIndicatorHeader(cells, section.start, template);
	const rows = cells.slice(head.end, section.end);
	const stream = () => reading((own) => readIndicatorStream(rows, head.columns, layout, own));
	// a web table's cells are cells: read against the columns, the only way that applies; a run
	// of digits longer than any figure is no cell of a row (it shifted a row's values)
	if (pipe) {
		// (among its header's cells too: the header reader steps over what it cannot read)
		const runOn = body.filter((c) => isRunOn(c.text));
		if (!runOn.length) return kept(stream(), warnings);
		const apart = rows.filter((c) => !runOn.includes(c));
		warnings.push({
			code: 'unplaced_text',
			message: '绩效指标表中的长串数字（未读入字段）',
			text: runOn.map((c) => c.text).join(' ')
		});
		return kept(
			reading((own) => readIndicatorStream(apart, head.columns, layout, own)),
			warnings
		);
	}
	const lineCount = new Set(body.map((c) => c.line)).size;
	let gluedTable: boolean | undefined;
	const isGlued = () => (gluedTable ??= isGluedTable(body));
	if (template === 'shanghai' && lineCount > 3) {
		if (isGlued()) return readGluedRows(body, warnings, undefined, sums);
		// the seed's layout (values on lines of their own), or each row's cells on one line
		const byLines = reading((own) => readIndicatorLines(body, own));
		if (addsUp(byLines, sums)) return kept(byLines, warnings);
		const inRows = stream();
		return kept(readingCost(inRows) < readingCost(byLines) ? inRows : byLines, warnings);
	}
	// rows glued one per line, read in the template's column order when every line reads so
	const { columns } = head;
	const figures = columns.includes('weight') || columns.includes('score');
	// (a glued row it cannot read leaves the reading standing against the others: one bad row
	// must not hand the table to a reader that places none of its rows)
	let glued: Reading | null = null;
	if (lineCount > 3 && ((figures && isGlued()) || isGluedLines(body))) {
		glued = reading((own) => readGluedRows(body, own, columns, sums));
		const lost = (w: FormWarning) =>
			w.code === 'unplaced_text' && w.message !== AFTER_TABLE && w.message !== TOO_LONG;
		if (!glued.warnings.some(lost)) return kept(glued, warnings);
	}
	const orGlued = (other: Reading) =>
		glued && readingCost(glued) < readingCost(other) ? glued : other;
	if (hasFlaggedRows(body)) return readFlaggedRows(rows, warnings);
	if (hasNumberedNames(body)) {
		// numbered names (指标1:…) in broken order, or PDF text printing each row in order
		const before: string[] = [];
		const numbered = reading((own) => readNumberedRows(body, own, before));
		const inOrder = lineCount > 3 && !addsUp(numbered, sums) ? stream() : null;
		const best = inOrder && readingCost(inOrder) < readingCost(numbered) ? inOrder : numbered;
		if (best === numbered) lead.push(...before);
		warnings.push(...best.warnings);
		return best.drafts;
	}
	if (TEMPLATE_COLUMNS[template]?.[1] === 'weight' && hasWeightFirstRows(body)) {
		// glued weight-first rows, or spaced text where a token or two happen to read so
		// text whose rows print their cells apart (lines of ≥ 3 tokens, few tokens gluing words
		// to figures) is no glued text
		const perLine = new Map<number, number>();
		let gluedTokens = 0;
		for (const c of body) {
			perLine.set(c.line, (perLine.get(c.line) ?? 0) + 1);
			if (c.text.length >= 8 && GLUED_TOKEN.test(c.text)) gluedTokens++;
		}
		const spacedLines = [...perLine.values()].filter((n) => n >= 3).length;
		const apart = spacedLines >= 3 && spacedLines >= gluedTokens * 2;
		if (lineCount > 3 && apart) return kept(orGlued(stream()), warnings);
		const weightFirst = reading((own) => readWeightFirstRows(body, own));
		const spaced = lineCount > 3 && !addsUp(weightFirst, sums) ? stream() : null;
		const best = spaced && readingCost(spaced) < readingCost(weightFirst) ? spaced : weightFirst;
		return kept(orGlued(best), warnings);
	}
	// Text of the MOF table may print a row over several lines (wrapped names, reasons below it),
	// each row on one line, or cells glued: read it every way that fits and keep the reading that
	// places the most.
	if ((template === 'mof' || template === 'department') && lineCount > 3) {
		const first = stream();
		if (addsUp(first, sums)) return kept(first, warnings);
		const readings = [first, reading((own) => readIndicatorLines(body, own))];
		if (isGlued()) readings.push(reading((own) => readGluedRows(body, own, undefined, sums)));
		return kept(orGlued(readings.sort((a, b) => readingCost(a) - readingCost(b))[0]!), warnings);
	}
	return kept(orGlued(stream()), warnings);
}

/** A token gluing words to figures (`预算执行率10一100%9`). */
const GLUED_TOKEN = /[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff].*\d/;

/** The reading chosen: its warnings join the form's. */
function kept(chosen: Reading, warnings: FormWarning[]): IndicatorDraft[] {
	warnings.push(...chosen.warnings);
	return chosen.drafts;
}
