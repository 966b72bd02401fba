/** What the filter bar offers: the departments and years present in the dataset. */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';

export interface DepartmentOptionRow extends Row {
	department: string;
	forms: number;
	/** some of its forms are generated 示例数据 */
	demo: boolean;
}

export function departmentOptionsQuery(): Query<DepartmentOptionRow> {
	return {
		sql: `SELECT department, count(*)::INTEGER AS forms, bool_or(origin = 'demo') AS demo
		FROM form_facts WHERE department IS NOT NULL GROUP BY department ORDER BY department`
	};
}

export interface YearOptionRow extends Row {
	year: number;
}

export function yearOptionsQuery(): Query<YearOptionRow> {
	return {
		sql: `SELECT DISTINCT year FROM form_facts WHERE year IS NOT NULL ORDER BY year`
	};
}
