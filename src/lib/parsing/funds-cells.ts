/** What one cell of the funds block is: a row label (with figures glued to it), a value. */
import Decimal from 'decimal.js';
import { cellText, type Cell } from './cells.ts';
import { memoize } from './memo.ts';
import { isNumeric, isPlaceholder, isRunOn } from './numbers.ts';
import { OCR_DIGIT_FIXES } from './templates/glued-labels.ts';
import type { FundSource } from '../model/form.ts';
import { FUND_ROWS } from './templates/labels.ts';
import { compact } from './text.ts';

const LABEL_THEN_FIGURES = /^([^\d\-—/]+?)([\d\-—/].*)$/;

/**
 * Splits a cell into a row label and glued values (`年度资金总额145000000.00…`); null for a cell
 * opening with a figure, told at once (most cells of the block: no row label opens so).
 */
export function rowLabelOf(text: string): { source: FundSource; rest: string } | null {
	const first = text.charCodeAt(0);
	if (!text || (first >= 48 && first <= 57) || first === 45 || first === 0x2014 || first === 47)
		return null;
	return labelRead(text);
}

const labelRead = memoize(function rowLabelOf(
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

/** Figures OCR printed with letters for digits (`O76%107.6`): read as digits when all else is. */
export function digitsFixed(text: string): string {
	if (!/[OIl]/.test(text)) return text;
	const fixed = text.replace(/[OIl]/g, (c) => OCR_DIGIT_FIXES[c] ?? c);
	return /^[\d.,%]+$/.test(fixed) ? fixed : text;
}

/** True for a value cell; `text` is a cell's text without whitespace (cellText). */
export function isValue(text: string): boolean {
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
export function withoutUnits(
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

/**
 * The cell after cells[i]'s values, on a later line, that completes cells[i] as a row label
 * (`其中:中央、省、市补助县级资 … 100.00%` / `金`); -1 when there is none.
 */
export function tailBelow(cells: readonly Cell[], i: number, end: number): number {
	let k = i + 1;
	while (k < end && isValue(cellText(cells, k))) k++;
	if (k === i + 1 || k >= end || cells[k]?.line === cells[i]?.line) return -1;
	const label = rowLabelOf(cellText(cells, i) + cellText(cells, k));
	return label && !label.rest ? k : -1;
}
