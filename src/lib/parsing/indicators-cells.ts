/**
 * Indicator rows from a stream of cells read against the template's column order: each row's
 * name, then its values column by column. Level labels are taken out wherever they appear;
 * `其中…` sub-rows (Anhui) and `……` template rows are skipped; a row's note sits on the score's
 * line, or in flattened text after the score with no value behind it.
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell, Layout } from './cells.ts';
import {
	countLines,
	EMPTY,
	END,
	isEmpty,
	nextFilledIsNumber,
	NUMBER,
	OPENINGS,
	tell
} from './cell-kinds.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import { isFigure } from './points.ts';
import { INDICATOR_HEADER_WORDS, type IndicatorColumn } from './templates/columns.ts';
import { compact, joinText } from './text.ts';

const OP = /^(=|>=|<=|>|<|≥|≤|定性|定量)$/;
const SKIP_ROW = OPENINGS.skip.pattern;
const SKIP_START = OPENINGS.skip.first;
const HEADER_START = OPENINGS.header.first;
const HAN_RUN = /[\u4e00-\u9fff]{4}/;
const ELLIPSIS_ROW = /^(……|…|\.\.\.)$/;
const KIND_WORD = /^(定性|定量)$/;

/** Reads indicator rows from cells (the column header already skipped). */
export function readCells(
	cells: readonly Cell[],
	columns: readonly IndicatorColumn[],
	layout: Layout,
	warnings: FormWarning[]
): IndicatorDraft[] {
	const pipe = layout !== 'flow';
	const n = cells.length;
	const { texts, labels, kinds } = tell(cells);
	const cellPerLine = pipe && countLines(cells) * 10 >= n * 8;
	// one cell per line with blank cells kept: every column has its cell, wherever the row ends
	const dense = layout === 'cell';
	const drafts: IndicatorDraft[] = [];
	const events = new Map<number, LevelLabel[]>();
	const valueColumns = columns.filter((c) => c !== 'name');
	let i = 0;
	while (i < n) {
		const t = texts[i]!;
		if (kinds[i]! & END) break;
		// the table's header printed again after a page break
		const first = t.charAt(0);
		if (HEADER_START.has(first) && (t === '绩效指标' || INDICATOR_HEADER_WORDS.test(t))) {
			i++;
			continue;
		}
		// a label whose 指标 was printed as a cell of its own (`经济效益` `指标`)
		const withNext = dense && texts[i + 1] === '指标' ? readLevelLabel(t + '指标') : null;
		const label = withNext ?? labels[i];
		if (label) {
			const seen = events.get(drafts.length);
			if (seen) seen.push(label);
			else events.set(drafts.length, [label]);
			i += withNext ? 2 : 1;
			continue;
		}
		if (kinds[i]! & (EMPTY | NUMBER)) {
			// a number outside any row: kept as a warning, never dropped silently
			if (!(kinds[i]! & EMPTY))
				warnings.push({ code: 'unplaced_text', message: '指标数值未能归位', text: t });
			i++;
			continue;
		}
		// a note PDF text printed below (or after) its row's values
		const above = drafts.at(-1);
		if (cells[i]!.role === 'note' && above && above.note === null) {
			above.note = cells[i]!.text;
			i++;
			continue;
		}
		if (SKIP_START.has(first) && SKIP_ROW.test(t)) {
			i = skipRow(cells, texts, i, dense ? valueColumns.length : -1, pipe, warnings);
			continue;
		}
		const draft: IndicatorDraft = {
			level1: null,
			level2: null,
			name: cells[i]!.text,
			target: null,
			actual: null,
			weight: null,
			score: null,
			note: null
		};
		const parts: Partial<Record<IndicatorColumn, string>> = {};
		let filled = 0;
		i++;
		let lastLine = cells[i - 1]!.line;
		for (const column of valueColumns) {
			if (i >= n) break;
			const kind = kinds[i]!;
			if (labels[i] || kind & END) break;
			if (dense) {
				parts[column] = cells[i++]!.text;
				filled++;
				continue;
			}
			const cell = texts[i]!;
			const line = cells[i]!.line;
			// a column the record does not keep ends with its row's line (湖北's blank 评价标准)
			if (column === 'skip' && pipe && !cellPerLine && line !== lastLine) break;
			if (column === 'op' && !OP.test(cell) && !(pipe && cell === '')) continue;
			// a web table's blank 指标性质 or 度量单位 (a qualitative target) is that column's cell
			if ((column === 'unit' || column === 'op') && pipe && cell === '') {
				i++;
				continue;
			}
			if (
				column === 'unit' &&
				(!parts.value || !isFigure(parts.value) || kind & NUMBER || cell.length > 8)
			)
				continue;
			if ((column === 'weight' || column === 'score') && !(kind & (NUMBER | EMPTY))) continue;
			if (column === 'note') {
				// a web table printed a cell per line puts the note on the line after the score: it is
				// the note when no number follows it (the next row's name would be followed by its weight)
				const noteBelow =
					pipe &&
					cellPerLine &&
					parts.score !== undefined &&
					!(kind & (EMPTY | NUMBER)) &&
					!nextFilledIsNumber(kinds, i + 1);
				// text lines (PDF text) start each row on a line of its own: text ending the row's line
				// is its note (in flattened text the next row follows on the same line)
				const lineEnd = !pipe && line === lastLine && cells[i + 1]?.line !== lastLine;
				if (
					!noteBelow &&
					!(lineEnd && !(kind & NUMBER)) &&
					(!pipe || line !== lastLine || kind & NUMBER)
				)
					continue;
			}
			parts[column] = cells[i]!.text;
			filled++;
			lastLine = line;
			i++;
		}
		if (parts.value !== undefined || parts.op !== undefined) {
			const value = compact(parts.value ?? '');
			const op = compact(parts.op ?? '');
			draft.target = isEmpty(value)
				? null
				: (KIND_WORD.test(op) ? '' : op) + value + compact(parts.unit ?? '');
		} else draft.target = parts.target ?? null;
		draft.actual = parts.actual ?? null;
		draft.weight = parts.weight ?? null;
		draft.score = parts.score ?? null;
		draft.note = parts.note ?? null;
		// Flattened text loses the note column: text after a scored row that no value follows
		// (the next level label or the end comes first) is that row's note, not a row of its own.
		const previous = drafts.at(-1);
		if (
			!pipe &&
			filled === 0 &&
			previous?.score != null &&
			previous.note === null &&
			!events.has(drafts.length)
		) {
			previous.note = draft.name;
			continue;
		}
		drafts.push(draft);
	}
	if (i < n && drafts.length === 0) {
		warnings.push({
			code: 'unplaced_text',
			message: '指标单元格未能读出',
			text: joinText(cells.slice(i, i + 20).map((c) => c.text))
		});
	}
	// (rows under no label keep the null levels they were made with)
	if (!events.size) return drafts;
	const levels = assignLevels(drafts.length, events);
	for (let k = 0; k < drafts.length; k++) Object.assign(drafts[k]!, levels[k]);
	return drafts;
}

/**
 * Passes a sub-row (其中…) or a template row (`……`, `指标2`) from cells[i]: its values, the
 * `count` cells after it (-1: on its line in a web table, up to the next name in text); returns
 * where the walk goes on. One that carries values is not a row of its own, but its text is kept.
 */
function skipRow(
	cells: readonly Cell[],
	texts: readonly string[],
	i: number,
	count: number,
	pipe: boolean,
	warnings: FormWarning[]
): number {
	const t = texts[i]!;
	const line = cells[i]!.line;
	const skipped = [cells[i]!.text];
	i++;
	const dense = count >= 0;
	const end = dense ? i + count : cells.length;
	while (
		i < end &&
		i < cells.length &&
		(dense || (pipe ? cells[i]!.line === line : !HAN_RUN.test(texts[i]!)))
	)
		skipped.push(cells[i++]!.text);
	if (!ELLIPSIS_ROW.test(t) && skipped.slice(1).some((c) => !isEmpty(c)))
		warnings.push({
			code: 'unplaced_text',
			message: '指标子行（其中…）未作为指标读入',
			text: joinText(skipped)
		});
	return i;
}
