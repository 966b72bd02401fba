/**
 * Form records → rows of the dataset's tables (schema.ts). Pure: decimal strings stay
 * strings here; the writer casts them to DECIMAL in DuckDB, so no amount passes through a float.
 */
import type { FormRecord } from '../model/form.ts';
import type { TableName, TableRow } from './schema.ts';

export type Origin = 'real' | 'demo';

export interface InputForm {
	record: FormRecord;
	origin: Origin;
}

export type TableRows = Record<TableName, TableRow[]>;

/** Numbers as printed, with thousands separators and a trailing % removed; anything else null. */
function decimalOrNull(value: string | null | undefined): string | null {
	if (value == null) return null;
	const cleaned = value.replace(/[,\s]/g, '').replace(/%$/, '');
	return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? cleaned : null;
}

/** Lays records out as table rows; `form_id` is the position in `forms`, from 1. */
export function toTableRows(forms: readonly InputForm[]): TableRows {
	const rows: TableRows = { forms: [], funds: [], indicators: [], warnings: [] };
	forms.forEach(({ record: r, origin }, i) => {
		const formId = i + 1;
		const total = r.funds.find((f) => f.source === 'total') ?? null;
		rows.forms.push({
			form_id: formId,
			file: r.source.file,
			form_index: r.source.index,
			template: r.source.template,
			origin,
			kind: r.kind,
			year: r.year,
			project: r.project,
			code: r.code,
			department: r.department,
			unit: r.unit,
			amount_unit: r.amount_unit,
			initial: decimalOrNull(total?.initial),
			adjusted: decimalOrNull(total?.adjusted),
			executed: decimalOrNull(total?.executed),
			funds_weight: decimalOrNull(total?.weight),
			rate_printed: decimalOrNull(total?.rate),
			funds_score: decimalOrNull(total?.score),
			total_weight: decimalOrNull(r.total_weight),
			total_score: decimalOrNull(r.total_score),
			grade_printed: r.grade,
			goal_target: r.goals?.target ?? null,
			goal_actual: r.goals?.actual ?? null,
			indicator_count: r.indicators.length,
			warning_count: r.warnings.length
		});
		r.funds.forEach((f, position) => {
			rows.funds.push({
				form_id: formId,
				position,
				source: f.source,
				initial: decimalOrNull(f.initial),
				adjusted: decimalOrNull(f.adjusted),
				executed: decimalOrNull(f.executed),
				weight: decimalOrNull(f.weight),
				rate_printed: decimalOrNull(f.rate),
				score: decimalOrNull(f.score)
			});
		});
		r.indicators.forEach((ind, position) => {
			const t = ind.target_parsed;
			rows.indicators.push({
				form_id: formId,
				position,
				level1: ind.level1,
				level2: ind.level2,
				name: ind.name,
				core: ind.core ?? false,
				target: ind.target,
				actual: ind.actual,
				weight: decimalOrNull(ind.weight),
				score: decimalOrNull(ind.score),
				note: ind.note,
				target_op: t?.kind === 'quantitative' ? t.op : null,
				target_value: t?.kind === 'quantitative' ? t.value : null,
				target_unit: t?.kind === 'quantitative' ? t.unit : null,
				actual_value: ind.actual_value ?? null,
				completion: decimalOrNull(ind.completion)
			});
		});
		for (const w of r.warnings) {
			rows.warnings.push({
				form_id: formId,
				code: w.code,
				message: w.message,
				text: w.text ?? null
			});
		}
	});
	return rows;
}
