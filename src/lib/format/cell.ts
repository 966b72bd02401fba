/** How a table cell of each kind reads on screen; exports use the same kinds (export/). */
import Decimal from 'decimal.js';
import type { Value } from '../model/values.ts';
import { formatAmount, formatCount, formatPoints, formatRate } from './number.ts';

export type CellKind = 'text' | 'amount' | 'rate' | 'points' | 'count' | 'year';

export function formatCell(value: Value, kind: CellKind): string {
	if (value === null || value === '') return kind === 'text' ? '' : '—';
	switch (kind) {
		case 'amount':
			return formatAmount(String(value));
		case 'rate':
			return formatRate(String(value));
		case 'points':
			return formatPoints(String(value));
		case 'count':
			return formatCount(value as number);
		default:
			return String(value);
	}
}

/** Orders two cells of one kind: numbers as decimals, text by zh-CN collation; nulls last. */
export function compareCells(a: Value, b: Value, kind: CellKind): number {
	if (a === null || a === '') return b === null || b === '' ? 0 : 1;
	if (b === null || b === '') return -1;
	if (kind === 'text') return String(a).localeCompare(String(b), 'zh-CN');
	return new Decimal(String(a)).comparedTo(new Decimal(String(b)));
}
