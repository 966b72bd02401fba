/** A funds row's values placed in its columns, as a FundRow in 元; the bound a total row sets. */
import Decimal from 'decimal.js';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import type { FormWarning, FundRow, FundSource } from '../model/form.ts';
import { alignValues } from './align-columns.ts';
import { isPlaceholder, readDecimal, readPercent, scaledFigure, toYuan } from './numbers.ts';
import { FUND_COLUMN_LABELS, type FundColumn } from './templates/labels.ts';

/**
 * The largest amount of a row (its amount columns), the most any row below it may print, as
 * printed (decimal.js reads it only when a figure is beyond exact scaled integers).
 */
export function largestAmount(
	values: readonly string[],
	columns: readonly FundColumn[]
): string | null {
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
	if (!Number.isNaN(most)) return most > 0 ? text : null;
	for (const n of figures)
		if (n !== null && (!largest || largest.lessThan(n))) largest = new Decimal(n);
	// a total left at zero (domain.md §4.6) bounds nothing
	return !largest || largest.isZero() ? null : largest.toFixed();
}

export function toRow(
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
