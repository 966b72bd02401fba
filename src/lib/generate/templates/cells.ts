/**
 * Building blocks of a printed table: a table is rows of cell texts (`''` a blank cell), and
 * cells print amounts, rates, targets and the merged 一级/二级 labels the way real forms do.
 */
import type { Indicator } from '../../model/form.ts';
import { Dec } from '../money.ts';

/** A table: rows of cells; a row may be shorter than another (merged cells print once). */
export type Table = string[][];

/** An amount in 元 as the form prints it: `12345.60` in 元, `1.23` or `1.2346` in 万元. */
export function money(value: string | null | undefined, unit: '元' | '万元' | null): string {
	if (value === null || value === undefined) return '';
	if (unit !== '万元') return new Dec(value).toFixed(2);
	const wan = new Dec(value).div(10000);
	return wan.decimalPlaces() <= 2 ? wan.toFixed(2) : wan.toFixed();
}

/** `13.05` → `13.05%`; none → ''. */
export const percent = (rate: string | null | undefined) => (rate == null ? '' : `${rate}%`);

/** A printed value or the blank cell. */
export const cell = (value: string | null | undefined) => value ?? '';

/** Comparators as printed in tables: ≥ and ≤. */
export const symbols = (text: string | null) =>
	(text ?? '').replace(/>=/g, '≥').replace(/<=/g, '≤');

/**
 * A target in the 指标性质 / 指标值 / 度量单位 columns: `>=95%` → `≥`, `95`, `%`; a qualitative or
 * date target keeps its words in the 指标值 column.
 */
export function splitTarget(target: string | null): [op: string, value: string, unit: string] {
	const m = /^(>=|<=|=|>|<)?(\d+(?:\.\d+)?)([^\d]{0,8})$/.exec(target ?? '');
	if (!m) return ['', target ?? '', ''];
	return [symbols(m[1] ?? ''), m[2] ?? '', m[3] ?? ''];
}

/** The weight points of each 一级 group: `产出指标(50分)`. */
export function withPoints(indicators: Indicator[], level1: string | null): string {
	const sum = indicators
		.filter((i) => i.level1 === level1)
		.reduce((s, i) => s.plus(i.weight ?? 0), new Dec(0));
	return `${level1 ?? ''}(${sum.toFixed()}分)`;
}

export interface LevelStyle {
	/** print 一级 with its points, `产出指标(50分)` */
	points?: boolean;
	/** print 二级 on every row, not only the first of its group */
	repeatLevel2?: boolean;
	/** the 一级 label as printed (e.g. letter-spaced `产 出 指 标`) */
	level1?: (label: string) => string;
	/** the 二级 label as printed (e.g. with its points) */
	level2?: (label: string, group: Indicator[]) => string;
}

/**
 * The 一级/二级 cells of indicator row `i`: merged cells print on the first row of their group
 * only, so later rows of a group are shorter.
 */
export function levelCells(indicators: Indicator[], i: number, style: LevelStyle = {}): string[] {
	const indicator = indicators[i]!;
	const previous = indicators[i - 1];
	const cells: string[] = [];
	const newLevel1 = previous?.level1 !== indicator.level1;
	if (newLevel1) {
		const label = style.points
			? withPoints(indicators, indicator.level1)
			: (indicator.level1 ?? '');
		cells.push(style.level1 ? style.level1(label) : label);
	}
	if (indicator.level2 === null) return cells;
	if (newLevel1 || previous?.level2 !== indicator.level2 || style.repeatLevel2) {
		const group = indicators.filter(
			(x) => x.level1 === indicator.level1 && x.level2 === indicator.level2
		);
		cells.push(style.level2 ? style.level2(indicator.level2, group) : indicator.level2);
	}
	return cells;
}

/** `指标1:` numbering inside each 二级 group, as some templates print before names. */
export function groupNumber(indicators: Indicator[], i: number): number {
	const indicator = indicators[i]!;
	let n = 1;
	for (let k = i - 1; k >= 0; k--) {
		const other = indicators[k]!;
		if (other.level1 !== indicator.level1 || other.level2 !== indicator.level2) break;
		n++;
	}
	return n;
}

/** The indicator name as printed: ★ for a core indicator. */
export const printedName = (indicator: Indicator) =>
	`${indicator.core ? '★' : ''}${indicator.name}`;
