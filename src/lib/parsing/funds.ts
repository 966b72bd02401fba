/** The funds block: column order from its header, one FundRow per printed row, amounts in 元. */
import type { FormWarning, FundRow } from '../model/form.ts';
import { alignValues, blankAmount } from './align-columns.ts';
import { cellText, type Cell } from './cells.ts';
import { readColumns, readUnit } from './funds-columns.ts';
import { digitsFixed, isValue, rowLabelOf, tailBelow, withoutUnits } from './funds-cells.ts';
import { largestAmount, toRow } from './funds-row.ts';
import { pairedValues, runAfterColumns, strayFigures } from './funds-unlabelled.ts';
import { splitGlued } from './glued.ts';
import { splitGluedRow } from './glued-row.ts';
import { cutInRowLabels, settleGluedRows, type FundRowRead } from './glued-funds.ts';
import { isRunOn } from './numbers.ts';
import { FUND_INROW_LABELS } from './templates/labels.ts';
import { isLabel } from './label-core.ts';

/** What the funds block gives. */
export interface Funds {
	unit: '元' | '万元' | null;
	rows: FundRow[];
	warnings: FormWarning[];
}

const BREAKDOWN = /^按(收入|支出)性质分/;

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
	let limit: string | null = null;
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
	const inYuan = (v: string) => v.length >= 8 && /^\d{8,}(\.\d+)?$/.test(v.replace(/,/g, ''));
	if (unit === '万元' && raw.some((r) => r.values.some(inYuan))) {
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
