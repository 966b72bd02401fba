/**
 * Aggregates computed at build time and shipped beside the tables, so the pages that need
 * only them (the overview, 执行与结余) never fetch the indicators: a province's 930,000
 * indicator rows stay on the server until a page asks for them. Each is SQL over the tables
 * of schema.ts, run by DuckDB-WASM (the browser's engine) when the dataset is written.
 */
export interface DerivedTable {
	name: string;
	sql: string;
}

export const DERIVED_TABLES: readonly DerivedTable[] = [
	{
		// Per form: points lost (Σ weight − score over indicators scored below their weight)
		// and how many indicators lost points. Forms without indicators have no row.
		name: 'form_points',
		sql: `SELECT form_id,
			sum(CASE WHEN score < weight THEN weight - score ELSE 0 END) AS points_lost,
			count(*) FILTER (WHERE score < weight)::INTEGER AS weak_count
		FROM indicators GROUP BY form_id ORDER BY form_id`
	}
];
