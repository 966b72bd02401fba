/**
 * The part of a form its template is told from (templates/index.ts detectTemplate): the title,
 * the header and the column headers of the funds and indicator tables, without the free text in
 * between: goals and indicator rows may quote any template's words (按到位数拨付, 预算执行进度),
 * and must not change how the form is read.
 */
import { cellKey, type Cell } from './cells.ts';
import { withoutNumbering } from './label-core.ts';
import type { Sections } from './sections.ts';
import { GOALS_HEADERS } from './templates/labels.ts';
import { LEVEL1_LABELS, LEVEL2_LABELS } from '../model/taxonomy.ts';

/**
 * How an indicator row opens: with its 一级 or 二级 label and the label's points (`产出指标`,
 * `1、数量指标…`, `项目决策(10分)`).
 */
const ROW_LABEL = new RegExp(
	`^(?:${[...LEVEL1_LABELS, ...LEVEL2_LABELS].join('|')})(?:\\(?\\d+(?:\\.\\d+)?分\\)?)?`
);

/** The cell opening the first indicator row in cells[from, to), or `to`. */
function firstRow(cells: readonly Cell[], from: number, to: number): number {
	for (let i = from; i < to; i++) if (ROW_LABEL.test(withoutNumbering(cellKey(cells[i])))) return i;
	return to;
}

/**
 * The compacted text of cells before the first indicator row, the goal texts (from `goalsFrom`:
 * PDF text may print the first lines above the goals label) left out but the goals block's
 * column headers, then the first row's 一级/二级 label: `|` between cells of a web table, as its
 * text prints them.
 */
export function templateArea(
	cells: readonly Cell[],
	sections: Sections,
	goalsFrom: number | undefined,
	pipe: boolean
): string {
	const { goals, indicators } = sections;
	const goalsStart = Math.min(goalsFrom ?? Infinity, goals?.anchorEnd ?? Infinity);
	const end = indicators ? firstRow(cells, indicators.anchorEnd, indicators.end) : cells.length;
	const kept: string[] = [];
	for (let i = 0; i < end; i++) {
		const key = cellKey(cells[i]);
		const inGoals =
			goals !== null &&
			i >= goalsStart &&
			i < goals.end &&
			(i < goals.start || i >= goals.anchorEnd);
		if (inGoals && !GOALS_HEADERS.some((p) => p.test(key))) continue;
		kept.push(key);
	}
	// the first row's label opens the table as its column headers do (宁夏's 项目决策(10分)); later
	// rows' labels are not told from the free text around them (a glued line cut at a label word)
	const first = indicators && end < indicators.end ? cells[end] : undefined;
	const label = first && ROW_LABEL.exec(withoutNumbering(cellKey(first)));
	if (label) kept.push(label[0]);
	return kept.join(pipe ? '|' : '');
}
