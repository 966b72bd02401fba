/** Reads one form's lines into a FormRecord: header, funds, goals, indicators, totals, warnings. */
import type { FormRecord, FormWarning } from '../model/form.ts';
import { findLabel, isPipeLayout, toCells, type Cell } from './cells.ts';
import { readFunds } from './funds.ts';
import { readGoals } from './goals.ts';
import { readHeader, readYear } from './header.ts';
import { makeIndicator, type IndicatorDraft } from './indicator.ts';
import { readIndicatorLines } from './indicators-lines.ts';
import { readTotals } from './totals.ts';
import { detectTemplate } from './templates/index.ts';
import { FUNDS_ANCHOR, GOALS_ANCHOR, INDICATORS_ANCHOR, TOTAL_ANCHOR } from './templates/labels.ts';
import { validateRecord } from './validate.ts';

/** Where one form was found. */
export interface FormPlace {
	file: string;
	index: number;
}

/** Reads a form from its lines (title line first). Never throws on odd text: it warns. */
export function readForm(lines: readonly string[], place: FormPlace): FormRecord {
	const pipe = isPipeLayout(lines);
	const cells: Cell[] = toCells(lines, pipe);
	const warnings: FormWarning[] = [];
	const template = detectTemplate(lines.join('\n'));
	const funds = findLabel(cells, FUNDS_ANCHOR);
	const goals = findLabel(cells, GOALS_ANCHOR, funds?.end ?? 0);
	const indicators = findLabel(cells, INDICATORS_ANCHOR, goals?.end ?? funds?.end ?? 0);
	const total = indicators ? findLabel(cells, TOTAL_ANCHOR, indicators.end, cells.length, 1) : null;
	const headerEnd = funds?.start ?? goals?.start ?? indicators?.start ?? cells.length;
	const header = readHeader(cells, headerEnd, []);
	const fundsRead = funds
		? readFunds(cells, funds.start, goals?.start ?? indicators?.start ?? cells.length)
		: { unit: null, rows: [], warnings: [] };
	warnings.push(...fundsRead.warnings);
	const goalTexts = goals
		? readGoals(cells, goals.start, indicators?.start ?? total?.start ?? cells.length, pipe)
		: null;
	let drafts: IndicatorDraft[] = [];
	if (indicators) {
		const body = cells.slice(indicators.start, total?.start ?? cells.length);
		drafts = readIndicatorLines(body, warnings);
	}
	const totals = total ? readTotals(cells, total.start, cells.length) : null;
	const record: FormRecord = {
		source: { file: place.file, index: place.index, template },
		kind: header.kind,
		year: readYear(lines.slice(0, 3)),
		project: header.project,
		code: header.code,
		department: header.department,
		unit: header.unit,
		amount_unit: fundsRead.unit,
		funds: fundsRead.rows,
		goals: goalTexts,
		indicators: drafts.map(makeIndicator),
		total_weight: totals?.weight ?? null,
		total_score: totals?.score ?? null,
		grade: totals?.grade ?? null,
		warnings
	};
	if (!total) warnings.push({ code: 'truncated', message: 'the form ends before its total row' });
	warnings.push(...validateRecord(record));
	return record;
}
