/**
 * One form as it was printed: its header and totals, its funds block, its indicators, its
 * validation warnings, and the same project in other years. The form id is a bound parameter.
 */
import type { Query } from '../db/database.ts';
import { divRound } from './sql.ts';

/** A form id from the URL (`?id=12`), or null when it is not a positive whole number. */
export function parseFormId(value: string | null): number | null {
	return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export interface ProjectFormRow {
	[key: string]: string | number | boolean | null;
	form_id: number;
	file: string;
	form_index: number;
	template: string;
	origin: string;
	kind: string;
	year: number | null;
	project: string | null;
	code: string | null;
	department: string | null;
	unit: string | null;
	amount_unit: string | null;
	initial: string | null;
	adjusted: string | null;
	executed: string | null;
	funds_weight: string | null;
	/** the printed rate, a percentage (13.05 for 13.05 %) */
	rate_printed: string | null;
	funds_score: string | null;
	total_weight: string | null;
	total_score: string | null;
	grade_printed: string | null;
	goal_target: string | null;
	goal_actual: string | null;
	indicator_count: number;
	warning_count: number;
	/** executed / adjusted, fraction with 4 decimals */
	rate: string | null;
	unspent: string | null;
	/** grade computed from the total score */
	grade: string | null;
	rate_band: string | null;
	points_lost: string | null;
	weak_count: number;
}

/** The form's row of `form_facts` (none when the id is unknown). */
export function projectFormQuery(formId: number): Query {
	return { sql: `SELECT f.* FROM form_facts f WHERE f.form_id = ?`, params: [formId] };
}

export interface FundRowView {
	[key: string]: string | number | boolean | null;
	position: number;
	source: string;
	initial: string | null;
	adjusted: string | null;
	executed: string | null;
	weight: string | null;
	/** printed percentage */
	rate_printed: string | null;
	/** executed / adjusted, fraction with 4 decimals */
	rate: string | null;
	score: string | null;
	/** the printed rate is more than 0.01 percentage point from executed / adjusted */
	rate_differs: boolean | null;
	/** weight − score when the line scored below its weight, else null */
	points_lost: string | null;
}

/** How far a printed rate may sit from the computed one: forms round up or down (record.md). */
const RATE_TOLERANCE = '0.01';

/** The funds block as printed, each line with its computed rate, in printed order. */
export function projectFundsQuery(formId: number): Query {
	return {
		sql: `SELECT position, source, initial, adjusted, executed, weight, rate_printed,
			${divRound('executed', 'adjusted', 4)} AS rate, score,
			abs(${divRound('executed * 100', 'adjusted', 6)} - rate_printed) > ${RATE_TOLERANCE} AS rate_differs,
			CASE WHEN score < weight THEN weight - score END AS points_lost
		FROM funds WHERE form_id = ? ORDER BY position`,
		params: [formId]
	};
}

export interface IndicatorRowView {
	[key: string]: string | number | boolean | null;
	position: number;
	level1: string | null;
	level2: string | null;
	name: string;
	core: boolean;
	target: string | null;
	actual: string | null;
	weight: string | null;
	score: string | null;
	note: string | null;
	/** weight − score when positive, else 0 */
	points_lost: string;
	lost_points: boolean | null;
	no_reason: boolean;
}

/** The indicator table in printed order, with the points each indicator lost. */
export function projectIndicatorsQuery(formId: number): Query {
	return {
		sql: `SELECT position, level1, level2, name, core, target, actual, weight, score, note,
			points_lost, lost_points, no_reason
		FROM indicator_facts WHERE form_id = ? ORDER BY position`,
		params: [formId]
	};
}

export interface WarningRowView {
	[key: string]: string | number | null;
	code: string;
	message: string;
	text: string | null;
}

/** The form's validation warnings, in the order the parser raised them. */
export function projectWarningsQuery(formId: number): Query {
	return {
		sql: `SELECT code, message, text FROM warnings WHERE form_id = ? ORDER BY rowid`,
		params: [formId]
	};
}

export interface ProjectYearRow {
	[key: string]: string | number | boolean | null;
	form_id: number;
	year: number | null;
	project: string | null;
	origin: string;
	adjusted: string | null;
	executed: string | null;
	rate: string | null;
	rate_band: string | null;
	total_score: string | null;
	grade: string | null;
	/** the form the page shows */
	current: boolean;
	/** how this form joins the one before it in the series (null: the first) */
	key_rule: string | null;
	key_confidence: string | null;
	key_evidence: string | null;
}

/**
 * The same project in every year, also through renames: the forms sharing this form's project
 * key (dataset/project-keys.ts), oldest first, the form itself included and marked, each with
 * the rule, confidence and evidence that join it to the form before.
 */
export function projectYearsQuery(formId: number): Query {
	return {
		sql: `SELECT f.form_id, f.year, f.project, f.origin, f.adjusted, f.executed, f.rate,
			f.rate_band, f.total_score, f.grade, f.form_id = ? AS current,
			f.key_rule, f.key_confidence, f.key_evidence
		FROM form_facts f
		WHERE f.project_key = (SELECT project_key FROM form_facts WHERE form_id = ?)
		ORDER BY f.year NULLS LAST, f.form_id`,
		params: [formId, formId]
	};
}
