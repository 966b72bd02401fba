/** The total row: `总分 100 91.3`, `总分:83`, `总分 | 100 | 96 | 优`, Sichuan `合计 | 100 |`. */
import { cellText, type Cell } from './cells.ts';
import { splitOverWeight, splitWeightScore } from './glued-cuts.ts';
import { isPlaceholder, readDecimal } from './numbers.ts';
import { AFTER_TOTAL_TEMPLATE_TEXT } from './templates/labels.ts';

/** The printed total weight, total score and grade. */
export interface Totals {
	weight: string | null;
	score: string | null;
	grade: string | null;
}

const GRADE = /^(优|良|中|差|优秀|良好|合格|不合格)$/;

/**
 * Reads the total row starting at cells[start]: two values are weight then score, one value is
 * the score, a grade word may follow.
 */
export function readTotals(
	cells: readonly Cell[],
	start: number,
	end: number
): Totals & { /** the cell after the row */ end: number } {
	const first = cellText(cells, start);
	const values: string[] = [];
	const glued = /^(?:总分|合计|总计|总得分):?(.+)$/.exec(first);
	// glued text: the grade after the figures (`10099.99优`)
	const graded = glued?.[1] ? /^([\d.]+)(优|良|中|差|优秀|良好|合格|不合格)$/.exec(glued[1]) : null;
	if (glued?.[1]) values.push(graded?.[1] ?? glued[1]);
	let grade: string | null = graded?.[2] ?? null;
	let i = start + 1;
	for (; i < Math.min(end, start + 6); i++) {
		const text = cellText(cells, i);
		if (GRADE.test(text)) {
			grade = text;
			i++;
			break;
		}
		// glued text: the figures, then the notes that follow the table (`100100注:1.…`)
		const lead = /^(\d+(?:\.\d+)?)(?=[^\d.%])/.exec(text);
		if (lead?.[1] && readDecimal(text) === null) {
			values.push(lead[1]);
			i++;
			break;
		}
		if (readDecimal(text) === null && !isPlaceholder(text)) break;
		values.push(text);
	}
	// weight and score glued (`100100`, `9085.5`): no total weight exceeds 100. Below 200 a split
	// would need a total weight under 20 (`100.1` as 10 and 0.1): that is a total over 100, read
	// as printed so that validation flags it. A score over its weight (`100100.88`) is read only
	// where no split keeps it within (validation flags it)
	const only = values.length === 1 ? readDecimal(values[0] ?? '') : null;
	const split =
		only && Number(only) >= 200 ? (splitWeightScore(only) ?? splitOverWeight(only)) : null;
	if (split) return { weight: split.weight, score: split.score, grade, end: i };
	const nums = values.map((v) => (isPlaceholder(v) ? null : readDecimal(v)));
	if (nums.length >= 2) return { weight: nums[0] ?? null, score: nums[1] ?? null, grade, end: i };
	return { weight: null, score: nums[0] ?? null, grade, end: i };
}

/**
 * What the form prints after its total row (Sichuan's 评价结论, 存在问题, 改进措施), without the
 * section labels and the template's own instructions: text no field holds, kept as a warning.
 */
export function textAfterTotals(cells: readonly Cell[], from: number): string | null {
	const kept = cells
		.slice(from)
		.map((c) => c.text.trim())
		.filter((t) => t && !/^[|\s]+$/.test(t) && !AFTER_TOTAL_TEMPLATE_TEXT.some((p) => p.test(t)));
	return kept.length ? kept.join(' ') : null;
}

/** 自评总分 and its synonyms; after a title on the same line too (`…自评表(2022年度)项目总得分99分`). */
const SELF_SCORE = /(?:^自评(?:总)?得?分|项目总得分)(?:\(分\))?[:]?(\d+(?:\.\d+)?)?/;
/** The score glued to the header cell before it (`项目名称教师培训项目自评总分:99.9`). */
const GLUED_SELF_SCORE = /自评总?得?分[:：]?(\d+(?:\.\d+)?)$/;

/**
 * The self-evaluation score printed in the header (`自评总分: 95`, `自评得分98…`), for forms
 * whose total row is not printed or not reached.
 */
export function readHeaderScore(cells: readonly Cell[], end: number): string | null {
	for (let i = 0; i < Math.min(end, cells.length); i++) {
		const m = SELF_SCORE.exec(cellText(cells, i)) ?? GLUED_SELF_SCORE.exec(cellText(cells, i));
		if (!m) continue;
		if (m[1]) return m[1];
		const next = /^(\d+(?:\.\d+)?)(?![\d.])/.exec(cellText(cells, i + 1));
		return next?.[1] ?? null;
	}
	return null;
}
