/**
 * Glued funds rows that read more than one way (`53.27353.27353.2686100.00%1010`: 53.273 |
 * 53.273 | 53.2686 or 53.27 | 353.27 | 353.2686, both at 100.00%), settled by what the block
 * prints besides: the breakdown rows (其中…) add up to the total row in every amount column all
 * of them print. The readings the sums leave are kept; a row that still reads more than one way
 * carries a `split_guess` warning naming its row and every reading.
 */
import Decimal from 'decimal.js';
import type { FormWarning, FundSource } from '../model/form.ts';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import { splitGluedRow } from './glued-row.ts';
import { canonicalDecimal, isNumeric, isPlaceholder, scaledFigure } from './numbers.ts';
import { splitGuess } from './split-guess.ts';
import { FUND_INROW_LABELS, type FundColumn } from './templates/labels.ts';

/** A funds row as read, and, when it was one glued run, the run and its readings. */
export interface FundRowRead {
	source: FundSource;
	values: string[];
	glued?: { run: string; candidates: string[][] };
}

const AMOUNTS: readonly FundColumn[] = ['initial', 'adjusted', 'executed'];
/** At most this many assignments of readings to rows are tried. */
const MAX_ASSIGNMENTS = 256;

/**
 * How well the breakdown rows add up to the total: the amount columns that the total and a
 * breakdown print and that add up (a placeholder or a blank is 0), less those that do not; null
 * when none can be checked.
 */
function addsUp(
	total: readonly string[],
	parts: ReadonlyArray<readonly string[]>,
	columns: readonly FundColumn[]
): number | null {
	let checked = false;
	let score = 0;
	for (const [k, column] of columns.entries()) {
		const t = total[k] ?? '';
		if (!AMOUNTS.includes(column) || !isNumeric(t) || isPlaceholder(t) || !parts.length) continue;
		const cells = parts.map((p) => p[k] ?? '');
		// a blank breakdown cell holds nothing, unless no breakdown prints the column at all
		if (cells.every((c) => c === '') || cells.some((c) => !isPlaceholder(c) && !isNumeric(c)))
			continue;
		score += sumsTo(cells, t.replace(/,/g, '')) ? 1 : -1;
		checked = true;
	}
	return checked ? score : null;
}

/**
 * True when the cells (a placeholder holding 0) add up to `total`: as exact counts of 10⁻⁴
 * (scaledFigure), by decimal.js for a figure beyond them.
 */
function sumsTo(cells: readonly string[], total: string): boolean {
	let units = 0;
	for (const c of cells) {
		if (isPlaceholder(c)) continue;
		const figure = scaledFigure(c);
		if (figure === null) return decimalSum(cells).eq(total);
		units += figure;
	}
	const expected = scaledFigure(total);
	return expected !== null ? units === expected : decimalSum(cells).eq(total);
}

function decimalSum(cells: readonly string[]): Decimal {
	return cells.reduce(
		(acc, c) => (isPlaceholder(c) ? acc : acc.plus(c.replace(/,/g, ''))),
		new Decimal(0)
	);
}

/** Every combination of one reading per row, at most MAX_ASSIGNMENTS of them. */
function combinations(options: ReadonlyArray<readonly string[][]>): string[][][] {
	let out: string[][][] = [[]];
	for (const list of options) {
		const next: string[][][] = [];
		for (const combo of out) {
			for (const o of list) {
				if (next.length === MAX_ASSIGNMENTS) break;
				next.push([...combo, o]);
			}
			if (next.length === MAX_ASSIGNMENTS) break;
		}
		out = next;
	}
	return out;
}

/**
 * Chooses the readings of glued rows (`rows`, in place) under which the breakdowns add up to the
 * total in the most columns (a breakdown may leave an amount blank that its total prints: the
 * reading where more columns add up is the likelier), and warns for each row still read more
 * than one way.
 */
export function settleGluedRows(
	rows: FundRowRead[],
	columns: readonly FundColumn[],
	warnings: FormWarning[],
	places = 4
): void {
	if (!rows.some((r) => (r.glued?.candidates.length ?? 0) > 1)) return;
	const total = rows.find((r) => r.source === 'total');
	const parts = rows.filter((r) => r !== total);
	let choices: string[][][] = [];
	let best = Number.NEGATIVE_INFINITY;
	for (const t of total?.glued?.candidates ?? [total?.values ?? []]) {
		// a breakdown row is read again under each reading of its total (its bounds)
		const options = parts.map((p) => {
			if (!p.glued) return [p.values];
			if (!total?.glued || t === total.glued.candidates[0]) return p.glued.candidates;
			return splitGluedRow([p.glued.run], columns, t, places)?.candidates ?? [];
		});
		for (const combo of combinations(options)) {
			const score = addsUp(t, combo, columns);
			if (score === null || score < best) continue;
			if (score > best) [choices, best] = [[], score];
			choices.push([t, ...combo]);
		}
	}
	const all = [total, ...parts];
	all.forEach((row, k) => {
		if (!row) return;
		const readings = choices.length
			? distinct(
					choices.map((c) => c[k] ?? []),
					columns
				)
			: distinct(row.glued?.candidates ?? [row.values], columns);
		if (choices.length && readings[0]) row.values = readings[0];
		if (row.glued && readings.length > 1)
			warnings.push(
				splitGuess(
					`funds.${row.source}`,
					`资金行「${FUND_SOURCE_LABELS[row.source]}」`,
					readings.map((r) =>
						Object.fromEntries(columns.flatMap((c, i) => (c === 'note' ? [] : [[c, r[i] || null]])))
					),
					row.glued.run
				)
			);
	});
}

/**
 * The readings that differ in what the record holds: a blank and a placeholder are both null, and
 * a row of zeros holds no money wherever its blank falls (`0.000.00`: 年初 and 全年, or 全年 and 执行).
 */
function distinct(readings: string[][], columns: readonly FundColumn[]): string[][] {
	const seen = new Set<string>();
	// (the assignments share their readings: each reading looked at once)
	return [...new Set(readings)].filter((r) => {
		const figures = r.map((p) =>
			isPlaceholder(p) || !isNumeric(p) ? null : canonicalDecimal(p.replace(/[,%]/g, ''))
		);
		const none = columns.every((c, k) => !AMOUNTS.includes(c) || !figures[k] || figures[k] === '0');
		const key = figures
			.map((f, k) => (none && AMOUNTS.includes(columns[k] ?? 'note') ? '' : f))
			.join('|');
		return !seen.has(key) && !!seen.add(key);
	});
}

/** FUND_INROW_LABELS anywhere in a text, for values glued to them. */
const INROW = new RegExp(FUND_INROW_LABELS.source.replace(/^\^\(/, '(?:').replace(/\$$/, ''), 'g');

/**
 * A row's values glued to the labels the row repeats between them (河北:
 * `14358.288到位数14358.288执行数14358.288100.00`): the values apart, or the text whole when no
 * such label stands between figures.
 */
export function cutInRowLabels(text: string): string[] {
	const pieces = text.split(INROW).filter((p) => p !== '');
	const figures = pieces.every((p) => /^[\d.,%—\-/]+$/.test(p));
	return pieces.length > 1 && figures ? pieces : [text];
}
