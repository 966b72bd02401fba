/**
 * The held forms a new form duplicates (same department, project and year), and their
 * indicators, with the compared fields as text (dataset/differences.ts compares them).
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import type { FormRecord } from '../model/form.ts';

/** The forms' and indicators' fields compared, with their labels. */
export const FORM_FIELDS: readonly [string, string][] = [
	['unit', '实施单位'],
	['initial', '年初预算数（元）'],
	['adjusted', '全年预算数（元）'],
	['executed', '全年执行数（元）'],
	['rate_printed', '执行率（%）'],
	['funds_score', '资金得分'],
	['total_weight', '总分值'],
	['total_score', '总得分'],
	['grade_printed', '等级'],
	['goal_target', '预期目标'],
	['goal_actual', '实际完成情况'],
	['indicator_count', '指标数']
];
export const INDICATOR_FIELDS: readonly [string, string][] = [
	['name', '名称'],
	['target', '指标值'],
	['actual', '实际完成值'],
	['weight', '分值'],
	['score', '得分'],
	['note', '偏差原因']
];

export type HeldRow = Row;
export interface HeldFormRow extends HeldRow {
	form_id: number;
	file: string;
	form_index: number;
	origin: string;
}

const asText = (fields: readonly [string, string][]) =>
	fields.map(([c]) => `CAST(${c} AS VARCHAR) AS ${c}`).join(', ');

/** Held forms of `record`'s department, project and year; null when it names none. */
export function heldFormsQuery(record: FormRecord): Query<HeldFormRow> | null {
	if (!record.department || record.year === null) return null;
	return {
		sql: `SELECT form_id, file, form_index, origin, ${asText(FORM_FIELDS)}
			FROM forms LEFT JOIN form_texts USING (form_id)
			WHERE department = ? AND year = ? AND project IS NOT DISTINCT FROM ?
			ORDER BY form_id`,
		params: [record.department, record.year, record.project]
	};
}

/** One held form's indicators in their printed order. */
export function heldIndicatorsQuery(formId: number): Query<HeldRow> {
	return {
		sql: `SELECT position, ${asText(INDICATOR_FIELDS)} FROM indicators WHERE form_id = ? ORDER BY position`,
		params: [formId]
	};
}
