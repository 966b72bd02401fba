/**
 * The 数据 page's list of proposed project matches (below the accept threshold) as table columns:
 * both forms linked, the rule, confidence and evidence for a person to judge. Pure.
 */
import { projectColumn, type Column, type Links } from '$lib/components/table.ts';
import { KEY_RULE_LABELS, PROJECT_KEY_RULES, type KeyRule } from '$lib/model/project-key-rules.ts';
import type { ProposedMatchRow } from '$lib/queries/project-matches.ts';

export interface ProposedMatchView extends ProposedMatchRow {
	rule_label: string;
}

export const proposedMatchRows = (rows: readonly ProposedMatchRow[]): ProposedMatchView[] =>
	rows.map((r) => ({ ...r, rule_label: KEY_RULE_LABELS[r.rule as KeyRule] ?? r.rule }));

export const PROPOSED_CAPTION = `待人工确认的跨年度项目匹配（置信度 ${PROJECT_KEY_RULES.propose}–${PROJECT_KEY_RULES.accept}，或被更可信的匹配取代；依据：${PROJECT_KEY_RULES.source}）`;

/** Each of the pair's forms linked to its page. */
export function proposedMatchColumns(links: Links): Column<ProposedMatchView>[] {
	return [
		{ key: 'department', label: '主管部门', kind: 'text' },
		{ key: 'year', label: '年度', kind: 'year' },
		projectColumn(links),
		{ key: 'other_year', label: '后一年度', kind: 'year' },
		{
			key: 'other_project',
			label: '疑似同一项目',
			kind: 'text',
			wide: true,
			href: (r) => links.project(r.other_form_id)
		},
		{ key: 'rule_label', label: '规则', kind: 'text' },
		{ key: 'confidence', label: '置信度', kind: 'rate' },
		{ key: 'evidence', label: '依据', kind: 'text', wide: true }
	];
}
