/**
 * Which way a form's indicator rows are read: text that may be laid out several ways (PDF text
 * of the Shanghai and MOF tables, numbered names, weight-first rows, rows glued one per line) is
 * read the likely way first, and other ways only when that reading does not settle it; the
 * reading that places most is kept (readings.ts). Web tables are read against the columns.
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell, Layout } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { readIndicatorHeader } from './indicator-header.ts';
import { TEMPLATE_COLUMNS, type IndicatorColumn } from './templates/columns.ts';
import { countLines } from './cell-kinds.ts';
import { readIndicatorLines, scanIndicatorLines, type LinesScan } from './indicators-lines.ts';
import { readIndicatorStream } from './indicators-stream.ts';
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
import {
	addsUp,
	figuresAddUp,
	reading,
	readingCost,
	type FormSums,
	type Reading
} from './readings.ts';
import { readHubeiRows } from './hubei.ts';
import type { Section } from './sections.ts';
import { mayBeGluedLines, mayBeGluedTable, printedApart } from './indicator-block.ts';
import { isRunOn } from './numbers.ts';

/**
 * The indicator rows of a form's indicator section, their warnings pushed to `warnings`; text
 * printed before the first row that reads as the goals goes to `lead`.
 */
export function readIndicators(
	cells: readonly Cell[],
	section: Section,
	template: string,
	layout: Layout,
	warnings: FormWarning[],
	lead: string[],
	sums: FormSums | null
): IndicatorDraft[] {
	const pipe = layout !== 'flow';
	if (!pipe && template === 'hubei')
		return readHubeiRows(cells.slice(section.start, section.end), warnings, sums === null);
	// the column header, and the rows after it, are the same for every reading
	const head = readIndicatorHeader(cells, section.start, template);
	const rows = cells.slice(head.end, section.end);
	// a web table's cells are cells: read against the columns, the only way that applies
	if (pipe)
		return readWebTable(
			cells.slice(section.start, section.end),
			rows,
			head.columns,
			layout,
			warnings
		);
	const block: Block = {
		body: cells.slice(section.start, section.end),
		rows,
		columns: head.columns,
		sums,
		gluedTable: undefined,
		glued: null
	};
	const { body, columns } = block;
	const lineCount = countLines(body);
	if (template === 'shanghai' && lineCount > 3) {
		if (isGlued(block)) return readGluedRows(body, warnings, undefined, sums);
		return kept(byLinesOrInRows(block), warnings);
	}
	// rows glued one per line, read in the template's column order when every line reads so
	const figures = columns.includes('weight') || columns.includes('score');
	// (a glued row it cannot read leaves the reading standing against the others: one bad row
	// must not hand the table to a reader that places none of its rows)
	if (
		lineCount > 3 &&
		((figures && isGlued(block)) || (mayBeGluedLines(body) && isGluedLines(body)))
	) {
		const glued = reading((own) => readGluedRows(body, own, columns, sums));
		if (!glued.warnings.some(isLost)) return kept(glued, warnings);
		block.glued = glued;
	}
	if (hasFlaggedRows(body)) return readFlaggedRows(rows, warnings);
	if (hasNumberedNames(body)) {
		// numbered names (指标1:…) in broken order, or PDF text printing each row in order
		const before: string[] = [];
		const numbered = reading((own) => readNumberedRows(body, own, before));
		const inOrder = lineCount > 3 && !addsUp(numbered, sums) ? stream(block) : null;
		const best = inOrder && readingCost(inOrder) < readingCost(numbered) ? inOrder : numbered;
		if (best === numbered) lead.push(...before);
		warnings.push(...best.warnings);
		return best.drafts;
	}
	if (TEMPLATE_COLUMNS[template]?.[1] === 'weight' && hasWeightFirstRows(body)) {
		// glued weight-first rows, or spaced text where a token or two happen to read so
		if (lineCount > 3 && printedApart(body)) return kept(orGlued(block, stream(block)), warnings);
		const weightFirst = reading((own) => readWeightFirstRows(body, own));
		const spaced = lineCount > 3 && !addsUp(weightFirst, sums) ? stream(block) : null;
		const best = spaced && readingCost(spaced) < readingCost(weightFirst) ? spaced : weightFirst;
		return kept(orGlued(block, best), warnings);
	}
	// Text of the MOF table may print a row over several lines (wrapped names, reasons below it),
	// each row on one line, or cells glued: read it every way that fits and keep the reading that
	// places the most.
	if ((template === 'mof' || template === 'department') && lineCount > 3) {
		const first = stream(block);
		if (addsUp(first, sums)) return kept(first, warnings);
		const readings = [first];
		// the reading by lines costs at least minus its rows: no less than the first, it loses
		const scan = scanIndicatorLines(body);
		if (-rowCount(scan) < readingCost(first))
			readings.push(reading((own) => readIndicatorLines(body, own, scan)));
		if (isGlued(block)) readings.push(reading((own) => readGluedRows(body, own, undefined, sums)));
		const best = readings.sort((a, b) => readingCost(a) - readingCost(b))[0]!;
		return kept(orGlued(block, best), warnings);
	}
	return kept(orGlued(block, stream(block)), warnings);
}

/**
 * A web table's rows read against its columns. A run of digits longer than any figure is no cell
 * of a row (it shifted a row's values): set apart and warned, among the header's cells too (the
 * header reader steps over what it cannot read).
 */
function readWebTable(
	body: readonly Cell[],
	rows: readonly Cell[],
	columns: readonly IndicatorColumn[],
	layout: Layout,
	warnings: FormWarning[]
): IndicatorDraft[] {
	const runOn = body.filter((c) => isRunOn(c.text));
	if (!runOn.length) return readIndicatorStream(rows, columns, layout, warnings);
	const apart = rows.filter((c) => !runOn.includes(c));
	warnings.push({
		code: 'unplaced_text',
		message: '绩效指标表中的长串数字（未读入字段）',
		text: runOn.map((c) => c.text).join(' ')
	});
	return kept(
		reading((own) => readIndicatorStream(apart, columns, layout, own)),
		warnings
	);
}

/** Text a glued reading could not place (not what follows the table, nor a run too long to read). */
const isLost = (w: FormWarning) =>
	w.code === 'unplaced_text' && w.message !== AFTER_TABLE && w.message !== TOO_LONG;

/** One form's indicator block, as the readings below share it. */
interface Block {
	/** the section's cells, and those after the column header */
	body: readonly Cell[];
	rows: readonly Cell[];
	columns: IndicatorColumn[];
	sums: FormSums | null;
	/** isGluedTable of the body, once asked */
	gluedTable: boolean | undefined;
	/** the glued reading, when it was read and did not settle the table */
	glued: Reading | null;
}

function stream(block: Block): Reading {
	return reading((own) => readIndicatorStream(block.rows, block.columns, 'flow', own));
}

function isGlued(block: Block): boolean {
	return (block.gluedTable ??= mayBeGluedTable(block.body) && isGluedTable(block.body));
}

/** The glued reading when it costs less than `other`. */
function orGlued(block: Block, other: Reading): Reading {
	return block.glued && readingCost(block.glued) < readingCost(other) ? block.glued : other;
}

/** How many rows the reading by lines makes: one a values line. */
function rowCount(scan: LinesScan): number {
	let count = 0;
	for (const values of scan.values) if (values) count++;
	return count;
}

/**
 * Shanghai PDF text: the seed's layout (values on lines of their own), or each row's cells on one
 * line. The reading by lines wins when it adds up, and ties. Its rows are its values lines, each
 * with its weight and score, so it costs at least minus their count and adds up only if their
 * figures do: when they do not, the reading in rows is made first, and the reading by lines only
 * when it could still cost no more.
 */
function byLinesOrInRows(block: Block): Reading {
	const { body, sums } = block;
	const scan = scanIndicatorLines(body);
	const figures = scan.values.filter((v) => v !== null);
	const byLines = () => reading((own) => readIndicatorLines(body, own, scan));
	if (figuresAddUp(figures, sums)) {
		const lines = byLines();
		if (addsUp(lines, sums)) return lines;
		const inRows = stream(block);
		return readingCost(inRows) < readingCost(lines) ? inRows : lines;
	}
	const inRows = stream(block);
	if (readingCost(inRows) < -figures.length) return inRows;
	const lines = byLines();
	return readingCost(inRows) < readingCost(lines) ? inRows : lines;
}

/** The reading chosen: its warnings join the form's. */
function kept(chosen: Reading, warnings: FormWarning[]): IndicatorDraft[] {
	warnings.push(...chosen.warnings);
	return chosen.drafts;
}
