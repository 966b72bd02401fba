/**
 * A form in the official printed layout (财政项目支出绩效自评表, amounts in 元) as a grid of
 * merged cells: the title and year merged over the width, 项目资金 and 绩效指标 merged down their
 * rows, 一级/二级指标 merged over their indicators. The HTML, workbook and Word renderers of the
 * test fixtures all draw this one grid (scripts/make-fixtures.ts).
 */
import type { FormRecord, FundRow, Indicator } from '../model/form.ts';
import type { FormGrid, LayoutCell } from './layout-cell.ts';
import { Dec } from './money.ts';

export type { FormGrid, LayoutCell } from './layout-cell.ts';

/** Columns of the grid. */
export const GRID_COLUMNS = 10;

const FUND_LABELS: Record<string, string> = {
	total: '年度资金总额',
	appropriation: '其中：当年财政拨款',
	carryover: '上年结转资金',
	other: '其他资金'
};

const dash = (value: string | null | undefined) => value ?? '—';
const symbols = (text: string | null) => (text ?? '').replace(/>=/g, '≥').replace(/<=/g, '≤');
const amount = (value: string | null) => (value === null ? '—' : new Dec(value).toFixed(2));

/** Builds the cells row by row: `put(col, text, colSpan, rowSpan)` on the current row. */
function builder() {
	const cells: LayoutCell[] = [];
	let row = -1;
	return {
		cells,
		next: () => ++row,
		put(col: number, text: string, colSpan = 1, rowSpan = 1, value?: LayoutCell['value']) {
			cells.push({ row, col, rowSpan, colSpan, text, ...(value ? { value } : {}) });
		}
	};
}

function fundRow(b: ReturnType<typeof builder>, fund: FundRow) {
	b.next();
	b.put(1, FUND_LABELS[fund.source] ?? fund.source, 3);
	const money = (col: number, v: string | null) =>
		b.put(col, amount(v), 1, 1, v === null ? undefined : { number: v, format: 'amount' });
	money(4, fund.initial);
	money(5, fund.adjusted);
	money(6, fund.executed);
	const plain = (col: number, v: string | null | undefined) =>
		b.put(col, dash(v), 1, 1, v == null ? undefined : { number: v, format: 'plain' });
	plain(7, fund.weight);
	const rate = fund.rate;
	b.put(
		8,
		rate == null ? '—' : `${rate}%`,
		1,
		1,
		rate == null ? undefined : { number: rate, format: 'percent' }
	);
	plain(9, fund.score);
}

/** The number of indicators from `i` on that share `key` with indicator i. */
function run(indicators: Indicator[], i: number, key: (x: Indicator) => string): number {
	let n = 1;
	while (i + n < indicators.length && key(indicators[i + n]!) === key(indicators[i]!)) n++;
	return n;
}

/** The official layout as a FormGrid (the renderers' default). */
export const officialFormGrid: FormGrid = (record) => ({
	cells: officialGrid(record),
	columns: GRID_COLUMNS
});

/** One form as the official layout's grid. */
export function officialGrid(record: FormRecord): LayoutCell[] {
	const b = builder();
	b.next();
	b.put(0, '财政项目支出绩效自评表', GRID_COLUMNS);
	b.next();
	b.put(0, `（${record.year}年度）`, GRID_COLUMNS);
	b.next();
	b.put(0, '项目名称');
	b.put(1, record.project ?? '', 9);
	b.next();
	b.put(0, '主管部门');
	b.put(1, record.department ?? '', 4);
	b.put(5, '实施单位');
	b.put(6, record.unit ?? '', 4);
	b.next();
	b.put(0, '项目资金（元）', 1, record.funds.length + 1);
	b.put(1, '', 3);
	['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) =>
		b.put(4 + i, h)
	);
	for (const fund of record.funds) fundRow(b, fund);
	b.next();
	b.put(0, '年度总体目标', 1, 2);
	b.put(1, '预期目标', 4);
	b.put(5, '实际完成情况', 5);
	b.next();
	b.put(1, record.goals?.target ?? '', 4);
	b.put(5, record.goals?.actual ?? '', 5);
	b.next();
	const indicators = record.indicators;
	b.put(0, '绩效指标', 1, indicators.length + 1);
	['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].forEach((h, i) =>
		b.put(1 + i, h)
	);
	b.put(8, '偏差原因分析及改进措施', 2);
	indicators.forEach((ind, i) => {
		b.next();
		const previous = indicators[i - 1];
		if (previous?.level1 !== ind.level1)
			b.put(
				1,
				ind.level1 ?? '',
				1,
				run(indicators, i, (x) => x.level1 ?? '')
			);
		if (previous?.level1 !== ind.level1 || previous?.level2 !== ind.level2)
			b.put(
				2,
				ind.level2 ?? '',
				1,
				run(indicators, i, (x) => `${x.level1}\u0000${x.level2}`)
			);
		b.put(3, ind.name);
		b.put(4, symbols(ind.target));
		b.put(5, dash(ind.actual));
		const plain = (col: number, v: string | null) =>
			b.put(col, dash(v), 1, 1, v === null ? undefined : { number: v, format: 'plain' });
		plain(6, ind.weight);
		plain(7, ind.score);
		b.put(8, ind.note ?? '', 2);
	});
	b.next();
	b.put(0, '总分', 6);
	const plain = (col: number, v: string | null) =>
		b.put(col, dash(v), 1, 1, v === null ? undefined : { number: v, format: 'plain' });
	plain(6, record.total_weight);
	plain(7, record.total_score);
	b.put(8, record.grade ?? '', 2);
	return b.cells;
}
