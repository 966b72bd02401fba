/** Funds rows as templates print them: which columns, in which order, and the placeholder. */
import type { FormRecord, FundRow, FundSource } from '../../model/form.ts';
import { money, percent } from './cells.ts';

export type FundColumn = 'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score' | '';

/** One printed funds row: its label, then the columns (`''` a column left blank). */
export function fundCells(
	label: string,
	row: FundRow | undefined,
	columns: FundColumn[],
	unit: FormRecord['amount_unit'],
	placeholder = ''
): string[] {
	const cells = columns.map((column) => {
		if (!row || column === '') return placeholder;
		const value = row[column];
		if (value === null || value === undefined) return placeholder;
		if (column === 'rate') return percent(value);
		if (column === 'weight' || column === 'score') return value;
		return money(value, unit);
	});
	return [label, ...cells];
}

/** The funds rows of a record in the order of `labels`, skipping sources the record lacks. */
export function fundRows(
	record: FormRecord,
	labels: ReadonlyArray<readonly [FundSource, string]>,
	columns: FundColumn[],
	placeholder = ''
): string[][] {
	return labels
		.map(([source, label]) => [label, record.funds.find((f) => f.source === source)] as const)
		.filter(([, row]) => row !== undefined)
		.map(([label, row]) => fundCells(label, row, columns, record.amount_unit, placeholder));
}
