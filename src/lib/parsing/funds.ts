/** The funds block: column order from its header, one FundRow per printed row, amounts in 元. */
import Decimal from 'decimal.js';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import type { FormWarning, FundRow, FundSource } from '../model/form.ts';
import { alignValues, blankAmount } from './align-columns.ts';
import { cellText, type Cell } from './cells.ts';
import { splitGlued } from './glued.ts';
import { splitGluedRow } from './glued-row.ts';
import { cutInRowLabels, settleGluedRows, type FundRowRead } from './glued-funds.ts';
import {
	isNumeric,
	isPlaceholder,
	isRunOn,
	readDecimal,
	readPercent,
	scaledFigure,
	toYuan
} from './numbers.ts';
import {
	FUND_COLUMN_LABELS,
	FUND_COLUMNS,
	FUND_INROW_LABELS,
	FUND_ROWS,
	type FundColumn
} from './templates/labels.ts';
import { isLabel, labelText } from './label-core.ts';
import { memoize, unionOf } from './memo.ts';
import { OCR_DIGIT_FIXES } from './templates/glued-labels.ts';
import { compact } from './text.ts';

/** What the funds block gives. */
export interface Funds {
	unit: '元' | '万元' | null;
	rows: FundRow[];
	warnings: FormWarning[];
}

const BREAKDOWN = /^按(收入|支出)性质分/;

const DEFAULT_COLUMNS: FundColumn[] = [
	'initial',
	'adjusted',
	'executed',
	'weight',
	'rate',
	'score'
];

const ANY_COLUMN = unionOf(FUND_COLUMNS.map(([pattern]) => pattern));

/** The column a label names as printed, decorations and all. */
function printedColumnOf(text: string): FundColumn | null {
	if (!ANY_COLUMN.test(text)) return null;
	for (const [pattern, column] of FUND_COLUMNS) if (pattern.test(text)) return column;
	return null;
}

function columnOf(printed: string): FundColumn | null {
	const text = labelText(ANY_COLUMN, printed);
	if (text === null) return null;
	for (const [pattern, column] of FUND_COLUMNS) if (pattern.test(text)) return column;
	return null;
}

const LABEL_THEN_FIGURES = /^([^\d\-—/]+?)([\d\-—/].*)$/;

/** Splits a cell into a row label and glued values (`年度资金总额145000000.00…`). */
const rowLabelOf = memoize(function rowLabelOf(
	text: string
): { source: FundSource; rest: string } | null {
	const t = compact(text);
	// (the label before the first figure, split once for every pattern)
	let m: RegExpExecArray | null | undefined;
	for (const [pattern, source] of FUND_ROWS) {
		if (pattern.test(t)) return { source, rest: '' };
		m ??= LABEL_THEN_FIGURES.exec(t);
		if (m && pattern.test(m[1] ?? '')) return { source, rest: m[2] ?? '' };
	}
	return null;
});

/** The largest amount of a row (its amount columns), the most any row below it may print. */
function largestAmount(values: readonly string[], columns: readonly FundColumn[]): Decimal | null {
	let largest: Decimal | null = null;
	const amounts = columns.findIndex((c) => !['initial', 'adjusted', 'executed'].includes(c));
	const figures = values
		.slice(0, amounts < 0 ? values.length : amounts)
		.map((v) => (v.endsWith('%') ? null : readDecimal(v)));
	// (compared as scaled figures when each is one; decimal.js reads only the largest)
	let most = -1;
	let text = '';
	for (const n of figures) {
		const units = n === null ? -1 : scaledFigure(n);
		if (units === null) {
			most = Number.NaN;
			break;
		}
		if (units > most) [most, text] = [units, n!];
	}
	if (!Number.isNaN(most)) return most > 0 ? new Decimal(text) : null;
	for (const n of figures)
		if (n !== null && (!largest || largest.lessThan(n))) largest = new Decimal(n);
	// a total left at zero (domain.md §4.6) bounds nothing
	return largest?.isZero() ? null : largest;
}

/** Figures OCR printed with letters for digits (`O76%107.6`): read as digits when all else is. */
function digitsFixed(text: string): string {
	if (!/[OIl]/.test(text)) return text;
	const fixed = text.replace(/[OIl]/g, (c) => OCR_DIGIT_FIXES[c] ?? c);
	return /^[\d.,%]+$/.test(fixed) ? fixed : text;
}

/** True for a value cell; `text` is a cell's text without whitespace (cellText). */
function isValue(text: string): boolean {
	// (a cell opening with a Chinese character is a label: no value opens so)
	const first = text.charCodeAt(0);
	if (first >= 0x3400 && first <= 0x9fff) return false;
	if (isRunOn(text)) return false;
	return (
		isNumeric(text) || isPlaceholder(text) || /^[\d.,%\-—/]+$/.test(text) || WITH_UNIT.test(text)
	);
}

/**
 * An amount printed with its unit in the cell (`4753.66万元`, domain.md §4.4); its last digit
 * written apart from the digits before it, so that a long digit run without a unit fails at once
 * (`[\d,]*\.?\d+` tried every place between them: 6 s on a 100 kB line).
 */
const WITH_UNIT = /^([+-]?[\d,]*(?:\.\d+|\d))(万元|元)$/;

/**
 * Values with their unit printed in the cell, as amounts in the block's unit; the block takes the
 * cells' unit when it prints none.
 */
function withoutUnits(
	raw: ReadonlyArray<{ values: string[] }>,
	unit: '元' | '万元' | null
): '元' | '万元' | null {
	for (const row of raw)
		row.values = row.values.map((value) => {
			const m = WITH_UNIT.exec(compact(value));
			if (!m) return value;
			const amount = m[1]!.replace(/,/g, '');
			const printed = m[2] as '元' | '万元';
			unit ??= printed;
			if (printed === unit) return amount;
			const yuan = new Decimal(amount).times(printed === '万元' ? 10000 : 1);
			return (unit === '万元' ? yuan.dividedBy(10000) : yuan).toFixed();
		});
	return unit;
}

/** columnOf cells[k], asked once (`seen`: the answers from cells[start] on). */
function columnAt(
	cells: readonly Cell[],
	k: number,
	seen: Array<FundColumn | null | undefined>,
	start: number
): FundColumn | null {
	return (seen[k - start] ??= columnOf(cellText(cells, k)));
}

/**
 * Reads the column order printed after the funds anchor (a label may be split over two cells:
 * `年初` `预算数`), and the cells that hold them; the MOF order when none is printed.
 */
function readColumns(
	cells: readonly Cell[],
	start: number,
	end: number
): { columns: FundColumn[]; labels: Set<number> } {
	const columns: FundColumn[] = [];
	const labels = new Set<number>();
	// each cell's column looked up once (the break below asks for the next one's)
	const single: Array<FundColumn | null | undefined> = [];
	for (let i = start; i < end; i++) {
		const text = cellText(cells, i);
		const one = columnAt(cells, i, single, start);
		const two = !one && i + 1 < end ? columnOf(text + cellText(cells, i + 1)) : null;
		// glued text may print the first row label right before the column header
		if (!two && rowLabelOf(text) && (columns.length || !columnAt(cells, i + 1, single, start)))
			break;
		const column = two ?? one;
		const glued = column ? [] : gluedColumns(text);
		if (glued.length >= 3) {
			labels.add(i);
			for (const c of glued) if (!columns.includes(c)) columns.push(c);
			continue;
		}
		if (column) labels.add(i);
		if (two) labels.add(++i);
		if (column && !columns.includes(column)) columns.push(column);
	}
	return columns.length >= 3
		? { columns, labels }
		: { columns: DEFAULT_COLUMNS, labels: new Set() };
}

/**
 * The column labels of a header glued into one cell (`项目资金(万元)年初预算数全年预算数…得分`),
 * read after the block's unit (the first `元)` or the last, whichever leaves more labels): at each place the shortest text that is a label, else the next
 * character (`(A)`, `(20分)` between labels).
 */
function gluedColumns(text: string): FundColumn[] {
	if (text.length < 9) return [];
	const steps = new GluedSteps(text);
	const last = Math.max(text.lastIndexOf('元)'), text.lastIndexOf('元）'));
	const afterLast = steps.columnsFrom(last < 0 ? 0 : last + 2);
	// a unit printed in every column label (`年初预算(元)全年预算(元)…`): read after the first,
	// or from the start (the block's unit on a line of its own)
	const first = text.search(/元[)）]/);
	const readings = [afterLast];
	if (first >= 0 && first !== last) readings.push(steps.columnsFrom(first + 2));
	if (last >= 0) readings.push(steps.columnsFrom(0));
	// (a reading that names a column twice read a group label as a column: 四川's 年度预算数(万元))
	return readings.reduce((a, b) => (b.length > a.length && new Set(b).size === b.length ? b : a));
}

/**
 * The label at each place of a glued header, looked for once: readings from different places
 * meet and go on alike.
 */
class GluedSteps {
	private readonly columns: Array<FundColumn | null> = [];
	private readonly next: number[] = [];
	constructor(private readonly text: string) {}

	/** At each place the shortest text that is a label, else the next character. */
	columnsFrom(from: number): FundColumn[] {
		const out: FundColumn[] = [];
		for (let at = from; at < this.text.length; at = this.next[at]!) {
			if (this.next[at] === undefined) this.step(at);
			const column = this.columns[at];
			if (column) out.push(column);
		}
		return out;
	}

	private step(at: number): void {
		const { text } = this;
		this.next[at] = at + 1;
		this.columns[at] = null;
		for (let end = at + 2; end <= Math.min(text.length, at + 10); end++) {
			// (a slice carries no decoration: those are stepped over a character at a time)
			const column = printedColumnOf(text.slice(at, end));
			if (!column) continue;
			this.columns[at] = column;
			this.next[at] = end;
			return;
		}
	}
}

function readUnit(cells: readonly Cell[], start: number, end: number): '元' | '万元' | null {
	for (let i = start; i < end; i++) {
		const text = cellText(cells, i);
		if (/万元/.test(text)) return '万元';
		if (/\(元\)|^元$|单位:元/.test(text)) return '元';
		if (rowLabelOf(text)) break;
	}
	return null;
}

/**
 * Reads the funds rows in cells[start, end). Values are placed by the printed column order; where
 * cells are missing, percentages anchor the rate column (align-columns).
 */
export function readFunds(
	cells: readonly Cell[],
	start: number,
	end: number,
	printedUnit: '元' | '万元' | null
): Funds {
	const warnings: FormWarning[] = [];
	// A department form (部门整体) follows its total with the money by revenue and expenditure
	// type, one figure each and no column of their own: not funds rows, but kept as text.
	let breakdown = -1;
	for (let i = start; i < end && breakdown < 0; i++)
		if (BREAKDOWN.test(cellText(cells, i))) breakdown = i;
	if (breakdown >= 0) {
		warnings.push({
			code: 'unplaced_text',
			message: '按收入/支出性质分的资金明细（未作为资金行读入）',
			text: cells
				.slice(breakdown, end)
				.map((c) => c.text)
				.join(' ')
		});
		end = breakdown;
	}
	const { columns, labels } = readColumns(cells, start, end);
	let unit = readUnit(cells, start, end) ?? printedUnit;
	const raw: FundRowRead[] = [];
	// the cells read as a row's label or values: a figure in no row is warned, never dropped
	const used = new Set<number>();
	let limit: Decimal | null = null;
	let gluedTotal: string[] | undefined;
	// an amount in 元 prints at most 2 decimals (a fen), in 万元 up to 4
	const places = unit === '元' ? 2 : 4;
	for (let i = start; i < end; i++) {
		// a column label (`预算数`) is no row label
		let label = labels.has(i) ? null : rowLabelOf(cells[i]?.text ?? '');
		// a label PDF text wrapped in its column (`其中:中央、省、市补助县级资` `金`)
		const wrapped =
			!label && !labels.has(i) && i + 1 < end && !isValue(cellText(cells, i + 1))
				? rowLabelOf(cellText(cells, i) + cellText(cells, i + 1))
				: null;
		if (wrapped && !wrapped.rest) label = wrapped;
		// …or its tail printed on the line below its values (side-by-side lines interleaved)
		const tail = label || labels.has(i) ? -1 : tailBelow(cells, i, end);
		if (tail >= 0) label = rowLabelOf(cellText(cells, i) + cellText(cells, tail));
		if (!label || raw.some((r) => r.source === label?.source)) continue;
		used.add(i);
		if (wrapped === label) used.add(i + 1);
		if (tail >= 0) used.add(tail);
		const values: string[] = [];
		if (label.rest) values.push(...cutInRowLabels(label.rest));
		let j = wrapped === label ? i + 2 : i + 1;
		for (; j < end; j++) {
			if (j === tail) continue;
			const text = digitsFixed(cellText(cells, j));
			// (a run of digits no column holds, between a row's figures: left for the warning)
			if (isRunOn(text)) continue;
			used.add(j);
			// figures glued to the labels between them (a cell that opens with a label is a row's)
			const inRow = isValue(text) || !/^\d/.test(text) ? [] : cutInRowLabels(text);
			if (isValue(text)) values.push(text);
			else if (inRow.length > 1) values.push(...inRow);
			else if (!isLabel(FUND_INROW_LABELS, text)) break;
			else if (rowLabelOf(text) && rowLabelOf(text)?.source !== label.source) break;
		}
		// empty cells of a row's padding (a web table with a row per cell line) hold no column
		while (values.length > columns.length && values[values.length - 1] === '') values.pop();
		// a row glued into one run is read column by column; its breakdown rows by its reading
		const walked = splitGluedRow(
			values,
			columns,
			label.source === 'total' ? undefined : gluedTotal,
			places
		);
		if (walked && label.source === 'total') gluedTotal = walked.row;
		raw.push({
			source: label.source,
			values: walked?.row ?? splitGlued(values, columns, warnings, limit, label.source),
			...(walked ? { glued: { run: values[0] ?? '', candidates: walked.candidates } } : {})
		});
		if (label.source === 'total') limit = largestAmount(raw[raw.length - 1]?.values ?? [], columns);
		i = j - 1;
	}
	// glued rows that read several ways: the breakdowns add up to the total
	settleGluedRows(raw, columns, warnings, places);
	unit = withoutUnits(raw, unit);
	// a block that prints no row label at all (部门整体: one line of figures) holds the total
	if (!raw.length && labels.size) raw.push({ source: 'total', values: [] });
	const total = raw.find((r) => r.source === 'total');
	if (total && !total.values.length)
		total.values = splitGlued(runAfterColumns(cells, start, end, columns, used), columns, warnings);
	if (total && !total.values.length) total.values = pairedValues(cells, start, end, columns, used);
	// (a block read as no row at all is left to another reader: 湖北's, read-form.ts)
	const stray = raw.length ? strayFigures(cells, start, end, used, labels) : '';
	if (stray)
		warnings.push({ code: 'unplaced_text', message: '资金栏中不属于任何一行的数字', text: stray });
	// a 万元 label over amounts of ten million and more: the values are 元 (domain.md §4.4)
	const amounts = raw.flatMap((r) =>
		r.values.filter((v) => /^\d{8,}(\.\d+)?$/.test(v.replace(/,/g, '')))
	);
	if (unit === '万元' && amounts.length) {
		unit = '元';
		warnings.push({ code: 'unit_mismatch', message: '资金栏标注万元，但金额按元填写' });
	}
	// sub-rows leave blank the amount column their total row left blank
	// (the total row aligned once, for its sub-rows' blank and for itself)
	const totalAligned = total ? alignValues(total.values, columns, true) : undefined;
	const blank = total ? blankAmount(total.values, columns, totalAligned) : undefined;
	const rows = raw.map(({ source, values }) =>
		toRow(source, values, columns, unit ?? '元', warnings, blank, totalAligned)
	);
	// a funds weight printed in the block's title: 预算执行情况(万元)(20分)
	const points = /\((\d+)分\)/.exec(cellText(cells, start));
	const totalRow = rows.find((r) => r.source === 'total');
	if (points?.[1] && totalRow && !totalRow.weight) totalRow.weight = points[1];
	return { unit, rows, warnings };
}

/**
 * The figures in cells[start, end) read into no row nor column header (`used`, `labels`), joined;
 * '' when there are none. A placeholder or blank cell is furniture, not a figure.
 */
function strayFigures(
	cells: readonly Cell[],
	start: number,
	end: number,
	used: ReadonlySet<number>,
	labels: ReadonlySet<number>
): string {
	const stray: string[] = [];
	for (let k = start; k < end; k++) {
		if (used.has(k) || labels.has(k)) continue;
		const text = cellText(cells, k);
		if (isRunOn(text) || (isValue(text) && !isPlaceholder(text))) stray.push(cells[k]!.text);
	}
	return stray.join(' ');
}

/**
 * The cell after cells[i]'s values, on a later line, that completes cells[i] as a row label
 * (`其中:中央、省、市补助县级资 … 100.00%` / `金`); -1 when there is none.
 */
function tailBelow(cells: readonly Cell[], i: number, end: number): number {
	let k = i + 1;
	while (k < end && isValue(cellText(cells, k))) k++;
	if (k === i + 1 || k >= end || cells[k]?.line === cells[i]?.line) return -1;
	const label = rowLabelOf(cellText(cells, i) + cellText(cells, k));
	return label && !label.rest ? k : -1;
}

/**
 * The total row's values when its label is printed away from them (spreadsheet exports put the
 * row labels after the values): the first run of values after the column header, up to the
 * value after the first percentage (the rate, then the score).
 */
function runAfterColumns(
	cells: readonly Cell[],
	start: number,
	end: number,
	columns: readonly FundColumn[],
	used: Set<number>
): string[] {
	let i = start;
	let lastColumn = -1;
	for (; i < end; i++) if (columnOf(cellText(cells, i))) lastColumn = i;
	const run: string[] = [];
	for (let k = lastColumn + 1; lastColumn >= 0 && k < end; k++) {
		const text = digitsFixed(cellText(cells, k));
		if (!isValue(text)) break;
		used.add(k);
		run.push(text);
		if (run.length >= columns.length) break;
		if (columns.includes('rate') && run.length >= 2 && readPercent(run[run.length - 2] ?? ''))
			return run;
	}
	return run;
}

/**
 * The total row of a block printed as label and value pairs (`全年预算数(A) 300 全年执行数(B)
 * 执行率(B/A)`, OCR of a Word form [F022]): each column label followed at once by a value gives
 * that column's value, up to the first breakdown row's label; columns without one stay blank.
 */
function pairedValues(
	cells: readonly Cell[],
	start: number,
	end: number,
	columns: readonly FundColumn[],
	used: Set<number>
): string[] {
	const values = columns.map(() => '');
	let found = false;
	for (let i = start; i + 1 < end; i++) {
		const label = rowLabelOf(cellText(cells, i));
		if (label && label.source !== 'total') break;
		const column = columnOf(cellText(cells, i));
		const value = digitsFixed(cellText(cells, i + 1));
		const k = column ? columns.indexOf(column) : -1;
		if (k < 0 || !isNumeric(value)) continue;
		values[k] = value;
		used.add(i + 1);
		found = true;
	}
	return found ? values : [];
}

function toRow(
	source: FundSource,
	values: string[],
	columns: readonly FundColumn[],
	unit: '元' | '万元',
	warnings: FormWarning[],
	blank: FundColumn | undefined,
	totalAligned: readonly number[] | undefined
): FundRow {
	const row: FundRow = { source, initial: null, adjusted: null, executed: null };
	const isTotal = source === 'total';
	const placed =
		isTotal && totalAligned
			? totalAligned
			: alignValues(values, columns, isTotal, isTotal ? undefined : blank);
	values.forEach((value, k) => {
		const column = columns[placed[k] ?? -1];
		if (!column) {
			if (!isPlaceholder(value)) {
				warnings.push({
					code: 'unplaced_text',
					message: `${FUND_SOURCE_LABELS[source]}：有数值未能归位`,
					text: value
				});
			}
			return;
		}
		if (column === 'note') return;
		if (isPlaceholder(value)) {
			row[column] = null;
			return;
		}
		if (column === 'rate') {
			row.rate = readPercent(value) ?? readDecimal(value);
			return;
		}
		const number = readDecimal(value);
		if (number === null) {
			warnings.push({
				code: 'unplaced_text',
				message: `${FUND_SOURCE_LABELS[source]}：${FUND_COLUMN_LABELS[column]}不是数字`,
				text: value
			});
			return;
		}
		row[column] = column === 'weight' || column === 'score' ? number : toYuan(number, unit);
	});
	for (const c of ['weight', 'rate', 'score'] as const)
		if (columns.includes(c) && !(c in row)) row[c] = null;
	return row;
}
