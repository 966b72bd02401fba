/**
 * One cell of a downloaded table, as the spreadsheet should hold it: numbers as numbers in the
 * unit of the screen (amounts in 万元, converted exactly from 元 with decimal.js; rates as
 * fractions shown as percentages) with a number format, and text made harmless to spreadsheets
 * that would otherwise run it as a formula.
 */
import Decimal from 'decimal.js';
import type { Value } from '../model/values.ts';
import type { CellKind } from '../format/cell.ts';

/** A column of a downloaded table: the same shape as a DataTable column. */
export interface ExportColumn {
	key: string;
	label: string;
	kind: CellKind;
}

/** A table to download: its title, columns, rows, the optional 合计 row and the filters. */
export interface ExportTable {
	title: string;
	columns: readonly ExportColumn[];
	rows: readonly Record<string, Value>[];
	total?: Partial<Record<string, Value>> | null;
	totalLabel?: string;
	/** the applied filters, in words (see filtersText) */
	filters: string;
}

/** Number formats for Excel and WPS: 万元 with two decimals, percentages with two decimals. */
const NUMBER_FORMATS: Record<Exclude<CellKind, 'text'>, string> = {
	amount: '#,##0.00',
	rate: '0.00%',
	points: '0.00',
	count: '#,##0',
	year: '0'
};

/** Characters that make Excel, WPS or LibreOffice read a text cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
	return FORMULA_START.test(text);
}

/** Text for a CSV cell: a leading `'` keeps `=HYPERLINK(…)` and the like as text. */
export function neutraliseText(text: string): string {
	return looksLikeFormula(text) ? `'${text}` : text;
}

const TEN_THOUSAND = new Decimal(10_000);

/** An amount in 元 (decimal string) in 万元, exactly: "26845000.5" → 2684.50005. */
export function yuanToWan(yuan: string | number): Decimal {
	return new Decimal(yuan).div(TEN_THOUSAND);
}

export type ExportCell =
	| { type: 'empty' }
	| { type: 'text'; value: string }
	/** `value` is what the spreadsheet stores; `text` the exact decimal written to CSV */
	| { type: 'number'; value: number; text: string; numFmt: string };

/** Fixed notation with at least `min` decimals and no trailing digits lost. */
const exact = (d: Decimal, min: number) => d.toFixed(Math.max(min, d.decimalPlaces()));

/**
 * The cell of a value of `kind`: amounts 元 → 万元, rates kept as fractions (CSV writes the
 * percentage, "35.91%"), points, counts and years as numbers; text and booleans as text.
 */
export function exportCell(value: Value | undefined, kind: CellKind): ExportCell {
	if (value === null || value === undefined || value === '') return { type: 'empty' };
	if (kind === 'text' || typeof value === 'boolean') {
		const text = typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
		return { type: 'text', value: text };
	}
	const number = new Decimal(value);
	const numFmt = NUMBER_FORMATS[kind];
	switch (kind) {
		case 'amount': {
			const wan = yuanToWan(value);
			return { type: 'number', value: wan.toNumber(), text: exact(wan, 2), numFmt };
		}
		case 'rate':
			return {
				type: 'number',
				value: number.toNumber(),
				text: exact(number.times(100), 2) + '%',
				numFmt
			};
		case 'points':
			return { type: 'number', value: number.toNumber(), text: exact(number, 2), numFmt };
		default:
			return { type: 'number', value: number.toNumber(), text: number.toFixed(), numFmt };
	}
}

/** A file name from a title and a date: unsafe characters dropped, "标题_20240131". */
export function exportFileName(title: string, at: Date, extension: string): string {
	const safe = title.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || '导出';
	return `${safe.slice(0, 80)}_${formatStamp(at, '')}.${extension}`;
}

/** A date and time in China Standard Time: "2024-01-31 09:05" (or "20240131" with `sep` ''). */
export function formatStamp(at: Date, sep = '-', withTime = false): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Asia/Shanghai',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(at)
			.map((p) => [p.type, p.value])
	);
	const date = [parts.year, parts.month, parts.day].join(sep);
	return withTime ? `${date} ${parts.hour}:${parts.minute}` : date;
}
