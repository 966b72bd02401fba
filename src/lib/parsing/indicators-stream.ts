/**
 * Indicator rows of web tables and flattened text: a stream of cells read against the template's
 * column order. Level labels are taken out wherever they appear; `其中…` sub-rows (Anhui) and
 * `……` template rows are skipped; a row's note sits on the score's line, or in flattened text
 * after the score with no value behind it.
 */
import type { FormWarning } from '../model/form.ts';
import { cellText, type Cell, type Layout } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import { isPlaceholder } from './numbers.ts';
import { isFigure } from './points.ts';
import { INDICATOR_HEADER_WORDS, type IndicatorColumn } from './templates/columns.ts';
import { cutRowRun } from './glued-text.ts';
import { compact, joinText } from './text.ts';
import { joinWrappedCells } from './wrapped-cells.ts';
import { fillsColumn, weaveInterleaved } from './interleaved-cells.ts';

const OP = /^(=|>=|<=|>|<|≥|≤|定性|定量)$/;
const SKIP_ROW = /^(其中|……|…|\.\.\.|指标\d+[:：]?$)/;
const STOP = /^(总分|合计|总计|评价结论|其他需要说明|偏差大|说明)/;

const isNumberCell = isFigure;

/** A blank cell or a placeholder (`—`, `/`): one whose first character can start no placeholder is neither. */
function isEmpty(text: string): boolean {
	const t = text.trim();
	return t === '' || (PLACEHOLDER_START.has(t.charAt(0)) && isPlaceholder(t));
}

const PLACEHOLDER_START = new Set(['—', '–', '-', '－', '─', '/', '\\', '／']);

/** Reads indicator rows from cells (the column header already skipped). */
export function readIndicatorStream(
	printed: readonly Cell[],
	columns: readonly IndicatorColumn[],
	layout: Layout,
	warnings: FormWarning[]
): IndicatorDraft[] {
	if (layout !== 'flow') return readCells(printed, columns, layout, warnings);
	// PDF text: tall cells printed in reading order, or their lines interleaved with the rows
	// around them; the interleaved reading is tried only when the reading in order misfits (it
	// wins ties, and a misfit of 0 cannot be beaten)
	const full = fillsColumn(printed);
	const read = (cells: readonly Cell[]) => {
		const own: FormWarning[] = [];
		const drafts = readCells(ungluedRows(joinWrappedCells(cells)), columns, layout, own);
		return { drafts, warnings: own, cost: misfit(drafts, own, columns, full) };
	};
	const inOrder = read(printed);
	const woven = inOrder.cost > 0 ? weaveInterleaved(printed) : null;
	const other = woven ? read(woven) : null;
	const best = other && other.cost < inOrder.cost ? other : inOrder;
	warnings.push(...best.warnings);
	return best.drafts;
}

/**
 * How badly a reading fits: text left unplaced, rows without their values, sentences as names,
 * and a name that fills its column with a note of no sentence below it (the name's last line).
 */
function misfit(
	drafts: readonly IndicatorDraft[],
	warnings: readonly FormWarning[],
	columns: readonly IndicatorColumn[],
	full: (text: string) => boolean
): number {
	const scored = columns.includes('score');
	let cost = 2 * warnings.filter((w) => w.code === 'unplaced_text').length;
	for (const d of drafts) {
		if (/[，,。；;]/.test(d.name)) cost += 3;
		// a character or two is a piece of a wrapped cell, not a note or a name of its own
		if (d.name.length <= 2 || (d.note !== null && d.note.length <= 2)) cost++;
		// a note where the table prints no note column is a stray piece of text
		if (d.note !== null && !columns.includes('note')) cost++;
		if (d.note !== null && !/[，,。；;]/.test(d.note) && full(d.name)) cost++;
		if (d.actual === null) cost++;
		if (scored && d.score === null) cost++;
	}
	return cost;
}

function readCells(
	printed: readonly Cell[],
	columns: readonly IndicatorColumn[],
	layout: Layout,
	warnings: FormWarning[]
): IndicatorDraft[] {
	const pipe = layout !== 'flow';
	const cells = printed;
	const cellPerLine = pipe && new Set(cells.map((c) => c.line)).size * 10 >= cells.length * 8;
	const nextFilled = (from: number) => {
		for (let k = from; k < cells.length; k++)
			if (!isEmpty(cellText(cells, k))) return cellText(cells, k);
		return '';
	};
	// one cell per line with blank cells kept: every column has its cell, wherever the row ends
	const dense = layout === 'cell';
	const drafts: IndicatorDraft[] = [];
	const events = new Map<number, LevelLabel[]>();
	const valueColumns = columns.filter((c) => c !== 'name');
	let i = 0;
	const text = (k: number) => cellText(cells, k);
	while (i < cells.length) {
		const t = text(i);
		if (STOP.test(t)) break;
		// the table's header printed again after a page break
		if (t === '绩效指标' || INDICATOR_HEADER_WORDS.test(t)) {
			i++;
			continue;
		}
		// a label whose 指标 was printed as a cell of its own (`经济效益` `指标`)
		const withNext = dense && text(i + 1) === '指标' ? readLevelLabel(t + '指标') : null;
		const label = withNext ?? readLevelLabel(t);
		if (label) {
			events.set(drafts.length, [...(events.get(drafts.length) ?? []), label]);
			i += withNext ? 2 : 1;
			continue;
		}
		if (isEmpty(t) || isNumberCell(t)) {
			// a number outside any row: kept as a warning, never dropped silently
			if (!isEmpty(t))
				warnings.push({ code: 'unplaced_text', message: '指标数值未能归位', text: t });
			i++;
			continue;
		}
		// a note PDF text printed below (or after) its row's values
		const above = drafts.at(-1);
		if (cells[i]?.role === 'note' && above && above.note === null) {
			above.note = cells[i]?.text ?? '';
			i++;
			continue;
		}
		if (SKIP_ROW.test(t)) {
			const line = cells[i]?.line;
			const skipped = [cells[i]?.text ?? ''];
			i++;
			const end = dense ? i + valueColumns.length : cells.length;
			while (
				i < end &&
				i < cells.length &&
				(dense || (pipe ? cells[i]?.line === line : !/[\u4e00-\u9fff]{4}/.test(text(i))))
			)
				skipped.push(cells[i++]?.text ?? '');
			// a sub-row (其中…) or a template row that carries values is not a row of its own, but
			// its text is kept
			if (!/^(……|…|\.\.\.)$/.test(t) && skipped.slice(1).some((c) => !isEmpty(c)))
				warnings.push({
					code: 'unplaced_text',
					message: '指标子行（其中…）未作为指标读入',
					text: joinText(skipped)
				});
			continue;
		}
		const draft: IndicatorDraft = {
			level1: null,
			level2: null,
			name: cells[i]?.text ?? '',
			target: null,
			actual: null,
			weight: null,
			score: null,
			note: null
		};
		const parts: Partial<Record<IndicatorColumn, string>> = {};
		i++;
		let lastLine = cells[i - 1]?.line;
		for (const column of valueColumns) {
			if (i >= cells.length) break;
			const cell = text(i);
			if (readLevelLabel(cell) || STOP.test(cell)) break;
			if (dense) {
				parts[column] = cells[i++]?.text ?? '';
				continue;
			}
			// a column the record does not keep ends with its row's line (湖北's blank 评价标准)
			if (column === 'skip' && pipe && !cellPerLine && cells[i]?.line !== lastLine) break;
			if (column === 'op' && !OP.test(cell) && !(pipe && cell === '')) continue;
			// a web table's blank 指标性质 or 度量单位 (a qualitative target) is that column's cell
			if ((column === 'unit' || column === 'op') && pipe && cell === '') {
				i++;
				continue;
			}
			if (
				column === 'unit' &&
				(!parts.value || !isNumberCell(parts.value) || isNumberCell(cell) || cell.length > 8)
			)
				continue;
			if ((column === 'weight' || column === 'score') && !isNumberCell(cell) && !isEmpty(cell))
				continue;
			// a web table printed a cell per line puts the note on the line after the score: it is
			// the note when no number follows it (the next row's name would be followed by its weight)
			const noteBelow =
				pipe &&
				cellPerLine &&
				parts.score !== undefined &&
				!isEmpty(cell) &&
				!isNumberCell(cell) &&
				!isNumberCell(nextFilled(i + 1));
			// text lines (PDF text) start each row on a line of its own: text ending the row's line
			// is its note (in flattened text the next row follows on the same line)
			const lineEnd = !pipe && cells[i]?.line === lastLine && cells[i + 1]?.line !== lastLine;
			if (
				column === 'note' &&
				!noteBelow &&
				!(lineEnd && !isNumberCell(cell)) &&
				(!pipe || cells[i]?.line !== lastLine || isNumberCell(cell))
			)
				continue;
			parts[column] = cells[i]?.text ?? '';
			lastLine = cells[i]?.line;
			i++;
		}
		if (parts.value !== undefined || parts.op !== undefined) {
			const value = compact(parts.value ?? '');
			const op = /^(定性|定量)$/.test(compact(parts.op ?? '')) ? '' : compact(parts.op ?? '');
			draft.target = isEmpty(value) ? null : op + value + compact(parts.unit ?? '');
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
			Object.keys(parts).length === 0 &&
			previous?.score != null &&
			previous.note === null &&
			!events.has(drafts.length)
		) {
			previous.note = draft.name;
			continue;
		}
		drafts.push(draft);
	}
	if (i < cells.length && drafts.length === 0) {
		warnings.push({
			code: 'unplaced_text',
			message: '指标单元格未能读出',
			text: joinText(cells.slice(i, i + 20).map((c) => c.text))
		});
	}
	const levels = assignLevels(drafts.length, events);
	return drafts.map((d, k) => ({ ...d, ...levels[k] }));
}

/**
 * Flowing text whose rows extraction glued (`库存数量真实率100%100%县级…`): each glued run is cut
 * into its rows' names and values (cutRowRun), so the columns can be read as from any text.
 */
function ungluedRows(cells: readonly Cell[]): readonly Cell[] {
	let out: Cell[] | null = null;
	for (let k = 0; k < cells.length; k++) {
		const cell = cells[k]!;
		const pieces = mayBeGlued(cell) ? cutRowRun(cell.text.trim()) : null;
		// the cells are copied only from the first one cut
		if (pieces && pieces.length > 1) {
			out ??= cells.slice(0, k);
			for (const piece of pieces) out.push({ text: piece, line: cell.line });
		} else out?.push(cell);
	}
	return out ?? cells;
}

/**
 * A token of at least 6 characters, no whitespace, a digit or a doubled last character (`较好好`):
 * maybe a glued run. A level label with its points (产出指标(54分)) or a note is one cell.
 */
function mayBeGlued(cell: Cell): boolean {
	const text = cell.text.trim();
	if (text.length < 6 || SPACE.test(text)) return false;
	if (!DIGIT.test(text) && text.charCodeAt(text.length - 1) !== text.charCodeAt(text.length - 2))
		return false;
	return !cell.role && !readLevelLabel(text);
}

const SPACE = /\s/;
const DIGIT = /\d/;
