/** What a selection is made of: how many real forms and how many generated 示例数据 forms. */
import type { Query } from '../db/database.ts';
import { filterCondition, type Filters } from '../state/filters.ts';

export interface OriginCountsRow {
	[key: string]: number;
	real: number;
	demo: number;
}

export function originCountsQuery(filters: Filters): Query {
	const where = filterCondition(filters);
	return {
		sql: `SELECT count(*) FILTER (WHERE f.origin = 'real')::INTEGER AS real,
			count(*) FILTER (WHERE f.origin = 'demo')::INTEGER AS demo
		FROM form_facts f WHERE ${where.sql}`,
		params: where.params
	};
}
