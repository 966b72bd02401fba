/**
 * What differs between a held form and a new one, field by field: the new form laid out as
 * table rows (rows.ts) beside the held form's rows, numbers compared as numbers
 * (21800000.00 = 21800000), the rest as text.
 */
import Decimal from 'decimal.js';
import type { FieldDifference } from '../model/upload.ts';
import type { TableRow } from './schema.ts';

type Value = TableRow[string];
const show = (v: Value | undefined) =>
	v === null || v === undefined || v === '' ? '—' : String(v);

function same(a: Value | undefined, b: Value | undefined): boolean {
	const x = show(a);
	const y = show(b);
	if (x === y) return true;
	try {
		return new Decimal(x).equals(new Decimal(y));
	} catch {
		return false;
	}
}

/** The fields (column, label) on which `held` and `incoming` differ, labels after `prefix`. */
export function differences(
	fields: readonly [string, string][],
	held: TableRow,
	incoming: TableRow,
	prefix = ''
): FieldDifference[] {
	const out: FieldDifference[] = [];
	for (const [key, label] of fields)
		if (!same(held[key], incoming[key]))
			out.push({ field: prefix + label, held: show(held[key]), incoming: show(incoming[key]) });
	return out;
}
