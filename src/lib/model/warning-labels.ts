/** What each validation warning code means, in the words a finance officer would use. */
import type { WarningCode } from './form.ts';

export const WARNING_LABELS: Readonly<Record<string, string>> = {
	rate_mismatch: '执行率与金额不符',
	score_sum_mismatch: '总分与各项得分之和不符',
	weight_sum_mismatch: '分值合计不符',
	score_over_weight: '得分超过分值',
	missing_note: '失分未说明原因',
	executed_over_budget: '执行数超过预算',
	funds_sum_mismatch: '资金总额与其中各项之和不符',
	unit_mismatch: '金额单位与数值不符',
	truncated: '表单不完整',
	unplaced_text: '未能归位的文字',
	split_guess: '粘连单元格按算术拆分',
	encoding_guess: '文字编码为推测',
	value_out_of_range: '数值超出范围',
	unreadable_number: '数值无法读取',
	negative_amount: '金额为负数',
	duplicate_form: '同一项目重复提交',
	bidi_control: '名称含双向控制字符'
};

/** Warnings about the form's own arithmetic, as opposed to problems reading the file. */
const FORM_ERRORS = new Set([
	'rate_mismatch',
	'score_sum_mismatch',
	'weight_sum_mismatch',
	'score_over_weight',
	'missing_note',
	'executed_over_budget',
	'funds_sum_mismatch',
	'negative_amount'
]);

/**
 * The Chinese label of a warning code; an unknown code reads 其他问题（code）. Own properties
 * only: the code may come from the URL, and `constructor` must not reach Object.prototype.
 */
export function warningLabel(code: WarningCode): string {
	return Object.hasOwn(WARNING_LABELS, code) ? WARNING_LABELS[code]! : `其他问题（${code}）`;
}

/** 'form' when the form itself is wrong, 'reading' when the parser had to guess or lost text. */
export function warningSource(code: WarningCode): 'form' | 'reading' {
	return FORM_ERRORS.has(code) ? 'form' : 'reading';
}
