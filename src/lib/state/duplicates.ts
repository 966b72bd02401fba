/** The held forms a new form duplicates, each with what differs (queries/duplicates.ts). */
import type { Database } from '../db/database.ts';
import { differences } from '../dataset/differences.ts';
import { toTableRows } from '../dataset/rows.ts';
import type { FormRecord } from '../model/form.ts';
import type { Duplicate, FormKey } from '../model/upload.ts';
import {
	FORM_FIELDS,
	heldFormsQuery,
	heldIndicatorsQuery,
	INDICATOR_FIELDS
} from '../queries/duplicates.ts';

/** The dataset's forms matching `record`'s department, project and year, with their differences. */
export async function findDuplicates(db: Database, record: FormRecord): Promise<Duplicate[]> {
	const query = heldFormsQuery(record);
	if (!query) return [];
	const held = await db.query(query);
	if (!held.length) return [];
	const incoming = toTableRows([{ record, origin: 'uploaded' }]);
	const duplicates: Duplicate[] = [];
	for (const form of held) {
		const found = differences(FORM_FIELDS, form, incoming.forms[0] ?? {});
		const indicators = await db.query(heldIndicatorsQuery(form.form_id));
		incoming.indicators.forEach((row, i) => {
			const other = indicators[i];
			if (other)
				found.push(
					...differences(INDICATOR_FIELDS, other, row, `指标 ${i + 1} ${row.name ?? ''} `)
				);
		});
		duplicates.push({
			file: form.file,
			index: form.form_index,
			origin: form.origin as FormKey['origin'],
			differences: found
		});
	}
	return duplicates;
}
