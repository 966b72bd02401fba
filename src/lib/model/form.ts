/**
 * The form record: the contract between ingest and everything else
 * (../shared/spec/record.md). Add fields freely; rename none.
 *
 * Amounts are decimal strings in 元; rates are percentages as printed, without `%`;
 * weights and scores are decimal strings as printed. A printed placeholder is `null`.
 */

export type FormKind = 'project' | 'department';

export type FundSource =
	| 'total'
	| 'appropriation'
	| 'carryover'
	| 'special_account'
	| 'unit_funds'
	| 'other'
	/** transfer-payment forms: higher-level money (中央补助, 中央、省、市补助县级资金) */
	| 'central'
	/** transfer-payment forms: local money (地方资金, 市级/县级财政资金) */
	| 'local';

export type TemplateId = string;

export interface SourceRef {
	/** the path the file was given as */
	file: string;
	/** the form's position inside its file, from 0 */
	index: number;
	/** the template the parser recognised (e.g. "shanghai", "mof", "sichuan") */
	template: TemplateId;
}

export interface FundRow {
	source: FundSource;
	/** the printed label of a funding line that fits no source (then `source` is "other") */
	label?: string;
	initial: string | null;
	adjusted: string | null;
	executed: string | null;
	weight?: string | null;
	/** percentage as printed, without `%` */
	rate?: string | null;
	score?: string | null;
}

export type Comparator = '=' | '>=' | '<=' | '>' | '<';

/** A target read into parts, beside the printed string (never instead of it). */
export type ParsedTarget =
	| { kind: 'quantitative'; op: Comparator; value: string; unit: string }
	| { kind: 'qualitative'; text: string };

/** The cells printed on an indicator row, as text (weight and score as decimal strings). */
export interface IndicatorCells {
	level1: string | null;
	level2: string | null;
	name: string;
	target: string | null;
	actual: string | null;
	weight: string | null;
	score: string | null;
	note: string | null;
}

export interface Indicator extends IndicatorCells {
	/** printed with a ★ (core indicator) */
	core?: boolean;
	target_parsed?: ParsedTarget | null;
	/** the actual value as a decimal string, when it is a number */
	actual_value?: string | null;
	/** actual / target (target / actual for `<=` targets), when both are numeric */
	completion?: string | null;
}

export type WarningCode =
	| 'rate_mismatch'
	| 'score_sum_mismatch'
	| 'weight_sum_mismatch'
	| 'score_over_weight'
	| 'missing_note'
	| 'executed_over_budget'
	| 'funds_sum_mismatch'
	| 'unit_mismatch'
	| 'truncated'
	| 'unplaced_text'
	| 'split_guess'
	| 'encoding_guess'
	| (string & {});

export interface FormWarning {
	code: WarningCode;
	message: string;
	/** the raw text concerned, when text could not be placed */
	text?: string;
	/**
	 * split_guess: the record fields whose split was a guess, as a path (`goals`, `funds.total`,
	 * `indicators[3]`)
	 */
	field?: string;
	/** split_guess: every reading the printed text allows, field → value, the one kept first */
	candidates?: Array<Record<string, string | null>>;
}

export interface FormRecord {
	source: SourceRef;
	kind: FormKind;
	year: number | null;
	project: string | null;
	code: string | null;
	department: string | null;
	/** transfer-payment forms (TP): the central supervising department (中央主管部门) */
	central_department?: string | null;
	unit: string | null;
	amount_unit: '元' | '万元' | null;
	funds: FundRow[];
	goals: { target: string | null; actual: string | null } | null;
	indicators: Indicator[];
	total_weight: string | null;
	total_score: string | null;
	grade: string | null;
	warnings: FormWarning[];
}

/** What parsing one file gives: its forms, or an error naming the file and the place. */
export interface ParseResult {
	file: string;
	records: FormRecord[];
	errors: string[];
}
