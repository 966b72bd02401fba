/** Recognising 一级/二级指标 labels in the text, and assigning them to indicator rows. */
import { inferLevel1, LEVEL1_LABELS, LEVEL2_LABELS } from '../model/taxonomy.ts';
import { memoize } from './memo.ts';
import { compact } from './text.ts';

/** A label seen while reading indicator rows. */
export interface LevelLabel {
	level: 1 | 2;
	text: string;
}

/** the 一级 labels of the national framework; others belong to older or local schemes */
const STANDARD_LEVEL1 = new Set([
	...['产出指标', '效益指标', '满意度指标', '成本指标'],
	...['产出', '效益', '满意度', '成本']
]);

/** a label's points, `(50分)` or, in 湖北's table, `40分` */
const POINTS = /\(\d+(?:\.\d+)?分\)$|(?<=指标|项目\S{2})\d+(?:\.\d+)?分$/;

/**
 * The characters a cell read as a level label can end with: a label's last character, `等`
 * (`…指标等`), its points' `)` or `分`, or whitespace that compact() drops.
 */
const LABEL_ENDS = new Set(
	[...LEVEL1_LABELS, ...LEVEL2_LABELS, '指标等', ')', '分'].map((label) => label.at(-1))
);
/** What `\s` matches: a cell ending in it may be a label compact() trims. */
const WHITESPACE = new Set(
	'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
);

/**
 * Reads a cell as a level label (`产出指标(50分)` → level 1 `产出指标`), or null. A cell ending
 * in any other character is none, answered before the cache (profile: 120 look-ups a form, most
 * of them figures and names, whose hashing cost more than the readings the cache saved).
 */
export function readLevelLabel(cell: string): LevelLabel | null {
	const last = cell.charAt(cell.length - 1);
	if (!LABEL_ENDS.has(last) && !WHITESPACE.has(last)) return null;
	return readLabel(cell);
}

const readLabel = memoize(function readLevelLabel(cell: string): LevelLabel | null {
	const text = compact(cell).replace(POINTS, '');
	if (!text || text.length > 14) return null;
	if (LEVEL1_LABELS.includes(text) && !LEVEL2_LABELS.includes(text)) return { level: 1, text };
	if (LEVEL2_LABELS.includes(text)) return { level: 2, text };
	if (/指标等?$/.test(text) && inferLevel1(text) !== null && text.length <= 12)
		return { level: 2, text };
	return null;
});

/**
 * Gives each row its 一级/二级 labels: a label applies from the row it was seen in onwards. A
 * 二级 label without a 一级 label beside it takes its 一级 from the taxonomy.
 */
export function assignLevels(
	count: number,
	events: ReadonlyMap<number, LevelLabel[]>
): Array<{ level1: string | null; level2: string | null }> {
	const out: Array<{ level1: string | null; level2: string | null }> = [];
	let level1: string | null = null;
	let level2: string | null = null;
	for (let row = 0; row < count; row++) {
		const labels = events.get(row) ?? [];
		// the innermost 一级 label of a row: a section label (湖北's 项目绩效) prints before it
		const printed1 = [...labels].reverse().find((l) => l.level === 1)?.text ?? null;
		const printed2 = [...labels].reverse().find((l) => l.level === 2)?.text ?? null;
		if (printed2) {
			level2 = printed2;
			// under an older scheme's 一级 (项目产出, 效果指标) a 二级 printed alone stays in it
			const scheme: boolean =
				level1 !== null && !STANDARD_LEVEL1.has(level1) && labels.length === 1;
			level1 = printed1 ?? (scheme ? level1 : (inferLevel1(printed2) ?? level1));
		} else if (printed1) {
			level1 = printed1;
			if (level2 && inferLevel1(level2) !== printed1 && inferLevel1(level2) !== null) level2 = null;
		}
		out.push({ level1, level2 });
	}
	return out;
}
