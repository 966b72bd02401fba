/**
 * The web-table layout: a form published as an HTML table and saved as text, one table row
 * per line, cells separated by ` | `, as in the Anhui and Yunnan pages of the corpus
 * (011_anhui_2023, 014_yunnan_2022). Rows carry empty padding cells; cells spanning several
 * rows (一级/二级指标) appear only on the first of their rows; the 一级指标 label carries its
 * points (`产出指标(50分)`); comparators print as `≥`/`≤`; the 总分 row carries the grade.
 */
import type { FormRecord, FundRow, Indicator } from '../model/form.ts';
import { Dec } from './money.ts';
import { FUNDS_HEAD6, INDICATOR_HEAD } from './templates/tables-national.ts';

const LABELS: Record<string, string> = {
	total: '年度资金总额',
	appropriation: '其中:当年财政拨款',
	carryover: '上年结转资金',
	other: '其他资金'
};

/** A table row: cells joined by ` | `, then padding up to the table's 11 columns. */
function row(cells: string[], columns = 11): string {
	const pad = Math.max(columns - cells.length, 1);
	return `${cells.join(' | ')} | ${'|'.repeat(pad - 1)}`.trimEnd();
}

const dash = (value: string | null | undefined) => value ?? '—';
const symbols = (text: string | null) => (text ?? '').replace(/>=/g, '≥').replace(/<=/g, '≤');

function fundRow(fund: FundRow): string {
	const amount = (value: string | null) => (value === null ? '—' : new Dec(value).toFixed(2));
	const rate = fund.rate === null || fund.rate === undefined ? '—' : `${fund.rate}%`;
	return row([
		LABELS[fund.source] ?? fund.source,
		amount(fund.initial),
		amount(fund.adjusted),
		amount(fund.executed),
		dash(fund.weight),
		rate,
		dash(fund.score)
	]);
}

function points(indicators: Indicator[], level1: string | null): string {
	const sum = indicators
		.filter((i) => i.level1 === level1)
		.reduce((s, i) => s.plus(i.weight ?? 0), new Dec(0));
	return `(${sum.toFixed()}分)`;
}

function indicatorRows(indicators: Indicator[]): string[] {
	return indicators.map((indicator, i) => {
		const previous = indicators[i - 1];
		const cells: string[] = [];
		if (previous?.level1 !== indicator.level1)
			cells.push(`${indicator.level1}${points(indicators, indicator.level1)}`);
		if (previous?.level1 !== indicator.level1 || previous?.level2 !== indicator.level2)
			cells.push(indicator.level2 ?? '');
		cells.push(
			indicator.name,
			symbols(indicator.target),
			dash(indicator.actual),
			dash(indicator.weight),
			dash(indicator.score),
			indicator.note ?? ''
		);
		return cells.join(' | ') + ' |';
	});
}

/** One form as table rows, from the title row to the 总分 row. */
function renderWebTableForm(record: FormRecord): string {
	return [
		row(['项目支出绩效自评表']),
		row([`(${record.year}年度)`]),
		row(['项目名称', record.project ?? '']),
		row(['主管部门', record.department ?? '', '实施单位', record.unit ?? '']),
		row(['项目资金 (元)', ...FUNDS_HEAD6]),
		...record.funds.map(fundRow),
		row(['年度总体目标', '预期目标', '实际完成情况']),
		row([record.goals?.target ?? '', record.goals?.actual ?? '']),
		row(['绩效指标', ...INDICATOR_HEAD]),
		...indicatorRows(record.indicators),
		row([
			'总分',
			dash(record.total_weight),
			dash(record.total_score),
			...(record.grade ? [record.grade] : [])
		])
	].join('\n');
}

/** A file of forms in the web-table layout, one blank line between tables. */
export function renderWebTable(records: FormRecord[]): string {
	return records.map(renderWebTableForm).join('\n\n') + '\n';
}
