/**
 * The funds block's column header: the column order its labels print (a label split over two
 * cells, a header glued into one cell), the MOF order when none is printed, and its unit.
 */
import { cellText, type Cell } from './cells.ts';
import { rowLabelOf } from './funds-cells.ts';
import { labelText } from './label-core.ts';
import { unionOf } from './memo.ts';
import { isNumeric } from './numbers.ts';
import { FUND_COLUMNS, type FundColumn } from './templates/labels.ts';

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

export function columnOf(printed: string): FundColumn | null {
	const text = labelText(ANY_COLUMN, printed);
	if (text === null) return null;
	for (const [pattern, column] of FUND_COLUMNS) if (pattern.test(text)) return column;
	return null;
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
export function readColumns(
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
		// (a figure is no label, nor a header glued into one cell: 湖北's block, read here to its
		// end, is mostly figures)
		const figure = isNumeric(text);
		const one = figure ? null : columnAt(cells, i, single, start);
		const two = !one && i + 1 < end ? columnOf(text + cellText(cells, i + 1)) : null;
		// glued text may print the first row label right before the column header
		if (!two && rowLabelOf(text) && (columns.length || !columnAt(cells, i + 1, single, start)))
			break;
		const column = two ?? one;
		const glued = column || figure ? [] : gluedColumns(text);
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

export function readUnit(cells: readonly Cell[], start: number, end: number): '元' | '万元' | null {
	for (let i = start; i < end; i++) {
		const text = cellText(cells, i);
		if (/万元/.test(text)) return '万元';
		if (/\(元\)|^元$|单位:元/.test(text)) return '元';
		if (rowLabelOf(text)) break;
	}
	return null;
}
