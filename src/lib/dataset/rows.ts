/**
 * Form records → rows of the dataset's tables (schema.ts). Pure: decimal strings stay
 * strings here; the writer casts them to DECIMAL in DuckDB, so no amount passes through a float.
 */
import type { FormRecord } from '../model/form.ts';
import { FUND_SOURCE_LABELS } from '../model/fund-sources.ts';
import { ValueChecker } from './bounds.ts';
import { stripBidiControls } from '../format/bidi.ts';
import { matchProjects, type KeyInput } from './project-keys.ts';
import type { TableName, TableRow } from './schema.ts';

/** real forms, generated 示例数据, or forms a user brought in on the 导入 page (browser only) */
export type Origin = 'real' | 'demo' | 'uploaded';

export interface InputForm {
	record: FormRecord;
	origin: Origin;
}

export type TableRows = Record<TableName, TableRow[]>;

const FUNDS_FIELDS = {
	initial: '年初预算数',
	adjusted: '全年预算数',
	executed: '全年执行数',
	weight: '分值',
	rate: '执行率',
	score: '得分'
} as const;

/** Table rows with no row in any table. */
export const emptyTableRows = (): TableRows => ({
	forms: [],
	funds: [],
	indicators: [],
	warnings: [],
	project_matches: []
});

/**
 * Lays records out as table rows; `form_id` is the position in `forms`, from 1. Every number is
 * checked against its column (bounds.ts): what does not fit is null, with a warning on its form.
 */
export function toTableRows(forms: readonly InputForm[]): TableRows {
	const rows = emptyTableRows();
	const keyInputs: KeyInput[] = [];
	forms.forEach(({ record: r, origin }, i) => {
		const formId = i + 1;
		const check = new ValueChecker();
		const funds = r.funds.map((f, position) => {
			const label = FUND_SOURCE_LABELS[f.source] ?? f.source;
			const field = (key: keyof typeof FUNDS_FIELDS) => `${label}${FUNDS_FIELDS[key]}`;
			const row = {
				form_id: formId,
				position,
				source: f.source,
				initial: check.decimal(f.initial, 'money', field('initial')),
				adjusted: check.decimal(f.adjusted, 'money', field('adjusted')),
				executed: check.decimal(f.executed, 'money', field('executed')),
				weight: check.decimal(f.weight, 'points', field('weight')),
				rate_printed: check.decimal(f.rate, 'percent', field('rate')),
				score: check.decimal(f.score, 'points', field('score'))
			};
			check.negative(row.initial, field('initial'));
			check.negative(row.adjusted, field('adjusted'));
			check.negative(row.executed, field('executed'));
			return row;
		});
		const indicators = r.indicators.map((ind, position) => {
			const t = ind.target_parsed;
			const field = (what: string) => `第 ${position + 1} 项指标“${ind.name}”的${what}`;
			return {
				form_id: formId,
				position,
				level1: check.text(ind.level1, field('一级指标')),
				level2: check.text(ind.level2, field('二级指标')),
				name: check.text(ind.name, field('名称')),
				core: ind.core ?? false,
				target: check.text(ind.target, field('指标值')),
				actual: check.text(ind.actual, field('实际完成值')),
				weight: check.decimal(ind.weight, 'points', field('分值')),
				score: check.decimal(ind.score, 'points', field('得分')),
				note: check.text(ind.note, field('偏差原因')),
				target_op: t?.kind === 'quantitative' ? t.op : null,
				target_value: t?.kind === 'quantitative' ? t.value : null,
				target_unit: t?.kind === 'quantitative' ? check.text(t.unit, field('计量单位')) : null,
				actual_value: ind.actual_value ?? null,
				// a ratio of two printed numbers can be anything: checked like the rest, not trusted
				completion: check.decimal(ind.completion, 'ratio', field('完成率'))
			};
		});
		const total = funds.find((f) => f.source === 'total') ?? null;
		const form = {
			form_id: formId,
			file: r.source.file,
			form_index: r.source.index,
			template: r.source.template,
			origin,
			kind: r.kind,
			year: check.integer(r.year, '年度'),
			project: check.text(r.project, '项目名称'),
			code: check.text(r.code, '项目编码'),
			department: check.text(r.department, '主管部门'),
			unit: check.text(r.unit, '实施单位'),
			amount_unit: r.amount_unit,
			initial: total?.initial ?? null,
			adjusted: total?.adjusted ?? null,
			executed: total?.executed ?? null,
			funds_weight: total?.weight ?? null,
			rate_printed: total?.rate_printed ?? null,
			funds_score: total?.score ?? null,
			total_weight: check.decimal(r.total_weight, 'points', '总分值'),
			total_score: check.decimal(r.total_score, 'points', '总得分'),
			grade_printed: check.text(r.grade, '评价等级'),
			goal_target: check.text(r.goals?.target, '年度总体目标'),
			goal_actual: check.text(r.goals?.actual, '总体目标实际完成情况'),
			indicator_count: r.indicators.length,
			warning_count: 0
		};
		const warnings = [...r.warnings, ...check.warnings];
		form.warning_count = warnings.length;
		rows.forms.push(form);
		keyInputs.push(form);
		rows.funds.push(...funds);
		rows.indicators.push(...indicators);
		for (const w of warnings) {
			rows.warnings.push({
				form_id: formId,
				code: w.code,
				message: stripBidiControls(w.message),
				text: w.text == null ? null : stripBidiControls(w.text)
			});
		}
	});
	// one key per project across years, also through renames (project-keys.ts)
	const { keys, links } = matchProjects(keyInputs);
	rows.forms.forEach((form, i) => Object.assign(form, keys.get(i + 1)));
	rows.project_matches = links.map((link) => ({ ...link }));
	return rows;
}
