/** Reads one form's lines into a FormRecord: header, funds, goals, indicators, totals, warnings. */
import type { FormRecord, FormWarning } from '../model/form.ts';
import { cellText, readLayout, toCells, type Cell } from './cells.ts';
import { readFunds } from './funds.ts';
import { readGoals, type Goals } from './goals.ts';
import { unreadGoals } from './goals-unread.ts';
import { goalsGuess } from './split-guess.ts';
import { readHeader, readYear } from './header.ts';
import { makeIndicator } from './indicator.ts';
import { readIndicators } from './indicators-read.ts';
import type { FormSums } from './readings.ts';
import { blockStart } from './interleaved-cells.ts';
import { FUND_ROWS } from './templates/labels.ts';
import { cutGoalLabels } from './glued-text.ts';
import { readHeaderScore, readTotals, textAfterTotals, type Totals } from './totals.ts';
import { detectTemplate, templateRule } from './templates/index.ts';
import { findSections } from './sections.ts';
import { templateArea } from './template-area.ts';
import { validateRecord } from './validate.ts';
import { isShuffled, readShuffled } from './shuffled.ts';
import { normaliseOcrCells } from './ocr-cells.ts';
import { readHubeiFunds, readHubeiGoals } from './hubei.ts';
import { withBareLevels } from './levels.ts';

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
	const unitLabel = readUnitLabel(joined);
	const sections = findSections(cells);
	const { headerEnd, funds, goals, indicators, total } = sections;
	if (!pipe) normaliseOcrCells(cells, indicators?.start ?? null);
	// PDF text may print the goals label centred among the goal's lines: the line above is theirs
	const goalsFrom =
		goals && !pipe ? blockStart(cells, goals.start, goals.anchorEnd, isFundRow) : goals?.anchorEnd;
	const template = detectTemplate(templateArea(cells, sections, goalsFrom, layout === 'pipe'));
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
