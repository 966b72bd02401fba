/**
 * Links between projects of different years that the key matcher (dataset/project-keys.ts)
 * found plausible but not sure enough to join: listed on 数据 for a person to judge.
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';

export interface ProposedMatchRow extends Row {
	department: string | null;
	form_id: number;
	year: number | null;
	project: string | null;
	other_form_id: number;
	other_year: number | null;
	other_project: string | null;
	rule: string;
	/** Dice similarity of the normalised names, 0–1 */
	similarity: string;
	/** larger ÷ smaller budget, or null */
	budget_ratio: string | null;
	/** 0–1, below the accept threshold */
	confidence: string;
	evidence: string;
}

/**
 * Proposed links not accepted (below the threshold, or a better link won), whose later form
 * passes the filters; most confident first.
 */
export function proposedMatchesQuery(filters: Filters, limit = 500): Query<ProposedMatchRow> {
	const where = filterCondition(filters, 'b');
	return {
		sql: `SELECT b.department, m.form_id, a.year, a.project, m.other_form_id,
			b.year AS other_year, b.project AS other_project, m.rule, m.similarity, m.budget_ratio,
			m.confidence, m.evidence
		FROM project_matches m
		JOIN form_facts a ON a.form_id = m.form_id
		JOIN form_facts b ON b.form_id = m.other_form_id
		WHERE NOT m.accepted AND ${where.sql}
		ORDER BY m.confidence DESC, b.department, m.form_id, m.other_form_id LIMIT ?`,
		params: [...where.params, limit]
	};
}
