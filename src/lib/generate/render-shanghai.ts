/**
 * The Shanghai layout (财政项目支出绩效自评表, amounts in 元) as PDF text extraction prints it,
 * after the seed form /work/shared/seed/000_b0f035bffe8d720e.txt: labels on their own lines,
 * cells wrapped at their column width (wrapped lines of some cells separated by blank lines),
 * the vertical 年度/总体/目标 and 绩/效/指/标 labels, `—` placeholders, a thousands separator in
 * the total's executed amount, and forms of one file following each other directly.
 */
import type { FormRecord, FundRow, Indicator } from '../model/form.ts';
import { Dec, withThousands } from './money.ts';
import { textWidth, wrap } from './text-wrap.ts';

const NBSP = '\u00a0';
const FUNDS_HEADER = `${NBSP.repeat(4)} 年初预算数 全年预算数 全年执行数 ${NBSP}分值${NBSP} 执行率 得分`;
const INDICATOR_HEADER =
	'一级指标 二级指标 三级指标\n年度\n\n指标值\n实际\n\n完成值\n分值 得分\n\n偏差原因分析及\n改进措施';
/** column widths in display units (a CJK character is 2), measured on the seed */
const WIDTH = {
	department: 24,
	unit: 16,
	goalTarget: 50,
	goalActual: 38,
	name: 20,
	value: 12,
	note: 16
};
const LABELS: Record<string, string> = {
	appropriation: `${NBSP.repeat(4)}其中：当年财政拨款`,
	carryover: `${NBSP.repeat(16)}上年结转资金`,
	other: `${NBSP.repeat(16)}其他资金`
};

const dash = (value: string | null | undefined) => value ?? '—';

/** `21800000.00 8285000.00 1,080,740 10 13.05% 1.3` */
function totalRow(row: FundRow): string {
	const executed = row.executed === null ? '—' : withThousands(new Dec(row.executed).toFixed());
	const rate = row.rate === null || row.rate === undefined ? '—' : `${row.rate}%`;
	return `年度资金总额 ${dash(row.initial)} ${dash(row.adjusted)} ${executed} ${dash(row.weight)} ${rate} ${dash(row.score)}`;
}

/** `21800000 8285000 1080740 —` or, without an executed amount, `0 0 —` */
function breakdownRow(row: FundRow, last: boolean): string {
	const cells = [dash(row.initial), dash(row.adjusted), dash(row.executed)];
	if (row.executed !== null) cells.push('—');
	return `${LABELS[row.source] ?? row.source} ${cells.join(' ')}${last ? '' : ` ${NBSP}${NBSP}`}`;
}

function valueCells(indicator: Indicator): string {
	const target = indicator.target ?? '';
	const actual = indicator.actual ?? '';
	const scores = `${dash(indicator.weight)} ${dash(indicator.score)}`;
	if (textWidth(target) <= WIDTH.value && textWidth(actual) <= WIDTH.value)
		return `${target} ${actual} ${scores}`;
	return `${wrap(target, WIDTH.value).join('\n')}\n\n${wrap(actual, WIDTH.value).join('\n')}\n\n${scores}`;
}

function indicatorBlock(indicators: Indicator[]): string {
	const parts: string[] = [];
	indicators.forEach((indicator, i) => {
		const previous = indicators[i - 1];
		let labels = '';
		if (!previous) labels = `${indicator.level1}\n\n${indicator.level2}\n`;
		else if (previous.level1 !== indicator.level1)
			labels = `${indicator.level1} ${indicator.level2}\n`;
		else if (previous.level2 !== indicator.level2) labels = `${indicator.level2}\n`;
		const name = wrap(indicator.name, WIDTH.name);
		const values = valueCells(indicator);
		// as in the seed, a blank line parts a wrapped name or wrapped values from what follows
		const gap = name.length > 1 || values.includes('\n') ? '\n\n' : '\n';
		let text = `${labels}${name.join('\n\n')}${gap}${values}`;
		if (indicator.note) text += `\n${wrap(indicator.note, WIDTH.note).join('\n\n')}`;
		parts.push(text);
	});
	return parts.join('\n\n');
}

/** One form, from its title line to its `总分` line. */
export function renderShanghaiForm(record: FormRecord): string {
	const rows = record.funds;
	const total = rows.find((r) => r.source === 'total');
	const rest = rows.filter((r) => r.source !== 'total');
	const funds = [
		...(total ? [totalRow(total)] : []),
		...rest.map((row, i) => breakdownRow(row, i === rest.length - 1))
	];
	return [
		'财政项目支出绩效自评表',
		`(${record.year} 年度)`,
		'',
		`项目名称 ${record.project ?? ''}`,
		'',
		'主管部门',
		wrap(record.department ?? '', WIDTH.department).join('\n\n'),
		'实施单位',
		'',
		wrap(record.unit ?? '', WIDTH.unit).join('\n'),
		'',
		'项目资金',
		'（元）',
		'',
		FUNDS_HEADER,
		'',
		funds.join('\n\n'),
		'',
		'年度\n总体\n目标',
		'',
		'预算目标 实际完成情况',
		'',
		wrap(record.goals?.target ?? '', WIDTH.goalTarget).join('\n'),
		'',
		wrap(record.goals?.actual ?? '', WIDTH.goalActual).join('\n'),
		'',
		'绩\n效\n指\n标',
		'',
		INDICATOR_HEADER,
		'',
		indicatorBlock(record.indicators),
		'',
		`总分 ${dash(record.total_weight)} ${dash(record.total_score)} ${NBSP}`,
		''
	].join('\n');
}

/**
 * A file of forms in the Shanghai layout. As in the seed, the file opens with an empty line
 * and each further form starts right after the previous `总分` line, behind one space.
 */
export function renderShanghai(records: FormRecord[]): string {
	return '\n' + records.map(renderShanghaiForm).join(' ') + ' ';
}
