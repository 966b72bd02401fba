/**
 * One form as the 项目 page shows it, row by row: its facts, its funds lines, its indicators,
 * its warnings and the same project in other years (queries/project.ts reads them; the form
 * components display them). Amounts in 元 and rates as fractions, as decimal strings.
 */
import type { RateBand } from './rules.ts';
import type { Row } from './values.ts';

export interface ProjectFormRow extends Row {
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
	rate_band: RateBand | null;
	points_lost: string | null;
	weak_count: number;
}

export interface FundRowView extends Row {
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

export interface IndicatorRowView extends Row {
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

export interface WarningRowView extends Row {
	code: string;
	message: string;
	text: string | null;
}

export interface ProjectYearRow extends Row {
	form_id: number;
	year: number | null;
	project: string | null;
	origin: string;
	adjusted: string | null;
	executed: string | null;
	rate: string | null;
	rate_band: RateBand | null;
	total_score: string | null;
	grade: string | null;
	/** the form the page shows */
	current: boolean;
	/** how this form joins the one before it in the series (null: the first) */
	key_rule: string | null;
	key_confidence: string | null;
	key_evidence: string | null;
}
