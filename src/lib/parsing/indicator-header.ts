/** The indicator table's column header: where it ends and which columns it names. */
import { cellText, type Cell } from './cells.ts';
import { labelCore } from './label-core.ts';
import { unionOf } from './memo.ts';
import {
	canonicalColumns,
	INDICATOR_HEADER,
	TEMPLATE_COLUMNS,
	type IndicatorColumn
} from './templates/columns.ts';

const OTHER_HEADER =
	/^(绩效指标|年度绩效指标|绩效指标完成情况|项目权重|一级指标|一级|二级指标|指标(名称)?|二级指标名称|符号|单位|年度|实际|绩效指标\(\d+分\)|四、年度绩效指标完成情况)$|^(单项指标|权重占比|指标解释|预期指标值)/;

/** Any column's label: most cells tried name none, answered by one test instead of ten. */
const ANY_COLUMN = unionOf(INDICATOR_HEADER.map(([pattern]) => pattern));

/** The column a label names, as printed or (`core`, its labelCore) without its decorations. */
function headerColumn(text: string, core: string | null): IndicatorColumn | null {
	const label = ANY_COLUMN.test(text) ? text : core !== null && ANY_COLUMN.test(core) ? core : null;
	if (label === null) return null;
	for (const [pattern, column] of INDICATOR_HEADER) if (pattern.test(label)) return column;
	return null;
}

/**
 * Reads the header in cells[start, …): returns the index after its last label and the columns,
 * in the template's printed order when the template has one, else in canonical order.
 */
export function readIndicatorHeader(
	cells: readonly Cell[],
	start: number,
	template: string
): { end: number; columns: IndicatorColumn[] } {
	const found: IndicatorColumn[] = [];
	let end = start;
	for (let i = start; i < Math.min(cells.length, start + 24); i++) {
		const text = cellText(cells, i);
		const core = labelCore(text);
		const column = headerColumn(text, core);
		if (column) found.push(column);
		const other = OTHER_HEADER.test(text) || (core !== null && OTHER_HEADER.test(core));
		if (column || other || text === '') {
			if (column || other) end = i + 1;
			continue;
		}
		if (i - end > 2) break;
	}
	const printed = TEMPLATE_COLUMNS[template];
	return { end, columns: printed ? [...printed] : canonicalColumns(found) };
}
