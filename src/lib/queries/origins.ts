/** What a selection is made of: how many real forms and how many generated 示例数据 forms. */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';

export interface OriginCountsRow extends Row {
	real: number;
	demo: number;
	uploaded: number;
}

export function originCountsQuery(filters: Filters): Query<OriginCountsRow> {
	const where = filterCondition(filters);
	return {
		sql: `SELECT count(*) FILTER (WHERE f.origin = 'real')::INTEGER AS real,
			count(*) FILTER (WHERE f.origin = 'demo')::INTEGER AS demo,
			count(*) FILTER (WHERE f.origin = 'uploaded')::INTEGER AS uploaded
		FROM form_facts f WHERE ${where.sql}`,
		params: where.params
	};
}
