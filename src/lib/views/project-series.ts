/**
 * The project's series through the years (and renames), as plain rows for ProjectYears: the
 * name as printed each year, marked when it differs from the year before, and how each form was
 * joined to the one before (rule, confidence, evidence). Pure; tested in Node.
 */
import { KEY_RULE_LABELS, type KeyRule } from '$lib/model/project-key-rules.ts';
import type { ProjectYearRow } from '$lib/model/form-rows.ts';
import { formatRate } from '$lib/format/number.ts';

export interface SeriesRow extends ProjectYearRow {
	/** the printed name differs from the previous year's */
	renamed: boolean;
	/** 名称相同 / 名称归一后相同（置信度 95%）…, or '' for the first form */
	basis: string;
}

export function seriesRows(years: readonly ProjectYearRow[]): SeriesRow[] {
	return years.map((y, i) => {
		const rule = y.key_rule as KeyRule | null;
		const sure = rule === 'name' || rule === 'code';
		return {
			...y,
			renamed: i > 0 && years[i - 1]!.project !== y.project,
			basis: rule
				? KEY_RULE_LABELS[rule] + (sure ? '' : `（置信度 ${formatRate(y.key_confidence, 0)}）`)
				: ''
		};
	});
}
