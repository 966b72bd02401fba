/** The 数据 page's questions: what the validator and the parser found in the forms. */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';

export interface WarningCountRow extends Row {
	code: string;
	forms: number;
	warnings: number;
}

/** How many warnings of each code, and on how many forms, most frequent first. */
export function warningCountsQuery(filters: Filters): Query<WarningCountRow> {
	const where = filterCondition(filters);
	return {
		sql: `SELECT w.code, count(DISTINCT w.form_id)::INTEGER AS forms, count(*)::INTEGER AS warnings
		FROM warnings w JOIN form_facts f USING (form_id)
		WHERE ${where.sql} GROUP BY w.code ORDER BY warnings DESC, w.code`,
		params: where.params
	};
}

export interface FormWarningRow extends Row {
	form_id: number;
	project: string | null;
	department: string | null;
	year: number | null;
	origin: string;
	file: string;
	code: string;
	message: string;
	text: string | null;
}

/** Every warning with its form, newest year first; `code` narrows it to one kind. */
export function formWarningsQuery(
	filters: Filters,
	code: string | null,
	limit = 2000
): Query<FormWarningRow> {
	const where = filterCondition(filters);
	return {
		sql: `SELECT f.form_id, f.project, f.department, f.year, f.origin, f.file,
			w.code, w.message, w.text
		FROM warnings w JOIN form_facts f USING (form_id)
		WHERE ${where.sql} AND (? IS NULL OR w.code = ?)
		ORDER BY f.year DESC NULLS LAST, f.department, f.project, f.form_id LIMIT ?`,
		params: [...where.params, code, code, limit]
	};
}
