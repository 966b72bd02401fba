/**
 * Every template printed every way: `renderForm` turns a record into the text an extraction
 * gives of its template's table (Shanghai PDF text keeps the seed-like renderer).
 */
import type { FormRecord } from '../../model/form.ts';
import type { FormGrid } from '../layout-cell.ts';
import { Random } from '../random.ts';
import { renderShanghaiForm } from '../render-shanghai.ts';
import type { Table } from './cells.ts';
import { readLayout, type Extraction, type TemplateCode } from './codes.ts';
import { extract } from './extract.ts';
import { tableGrid } from './grid.ts';
import { hubeiTable } from './hubei.ts';
import { driftTable } from './label-drift.ts';
import {
	countyTransferTable,
	hebeiTable,
	ningxia0Table,
	ningxia4Table,
	transferTable,
	yunnan20Table
} from './tables-local.ts';
import {
	anhuiTable,
	departmentTable,
	mofPlusTable,
	mofTable,
	shanghaiTable,
	sichuanTable
} from './tables-national.ts';

export const TABLES: Readonly<Record<TemplateCode, (record: FormRecord) => Table>> = {
	SH: shanghaiTable,
	MOF: mofTable,
	'MOF+': mofPlusTable,
	SC: sichuanTable,
	AH: anhuiTable,
	Y20: yunnan20Table,
	HE: hebeiTable,
	NX4: ningxia4Table,
	NX0: ningxia0Table,
	HB: hubeiTable,
	DEPT: departmentTable,
	TP: transferTable,
	TPC: countyTransferTable
};

/** A template's table laid out as its office file draws it (merged cells), for the file renderers. */
export const templateGrid =
	(template: TemplateCode): FormGrid =>
	(record) =>
		tableGrid(TABLES[template](record));

/**
 * One form of `template` as `extraction` gives its text; with `drift`, its labels in the words
 * of another department (./label-drift.ts: same record, other printed labels).
 */
export function renderForm(
	record: FormRecord,
	template: TemplateCode,
	extraction: Extraction,
	drift = false
): string {
	const key = `${record.source.file}#${record.source.index}`;
	if (drift) {
		const table = driftTable(
			TABLES[template](record),
			record,
			new Random(`drift:${key}`),
			extraction
		);
		return extract(table, extraction, new Random(`extract:${key}`));
	}
	if (template === 'SH' && extraction === 'pdf') return renderShanghaiForm(record);
	return extract(TABLES[template](record), extraction, new Random(`extract:${key}`));
}

/** The forms of one file in a template layout (`sc-pipes`), a blank line between forms. */
export function renderTemplateFile(records: FormRecord[], layout: string): string {
	const style = readLayout(layout);
	if (!style) throw new Error(`unknown layout ${layout}`);
	return records.map((r) => renderForm(r, style.template, style.extraction)).join('\n\n') + '\n';
}

export { EXTRACTIONS, TEMPLATE_CODES, TEMPLATE_INFO, layoutOf, readLayout } from './codes.ts';
export type { Extraction, TemplateCode } from './codes.ts';
export { shapeRecord } from './shape.ts';
