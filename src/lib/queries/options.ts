/** What the filter bar offers: the departments and years present in the dataset. */
import type { Query } from '../db/database.ts';

export function departmentOptionsQuery(): Query {
	return {
		sql: `SELECT department, count(*)::INTEGER AS forms, bool_or(origin = 'demo') AS demo
		FROM form_facts WHERE department IS NOT NULL GROUP BY department ORDER BY department`
	};
}

export function yearOptionsQuery(): Query {
	return {
		sql: `SELECT DISTINCT year FROM form_facts WHERE year IS NOT NULL ORDER BY year`
	};
}
