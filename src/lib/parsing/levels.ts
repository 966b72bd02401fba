/** Recognising 一级/二级指标 labels in the text, and assigning them to indicator rows. */
import {
	BARE_LEVEL1,
	BARE_LEVEL2,
	inferLevel1,
	LEVEL1_LABELS,
	LEVEL2_LABELS
} from '../model/taxonomy.ts';
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
	const label = !LABEL_ENDS.has(last) && !WHITESPACE.has(last) ? null : readLabel(cell);
	return label ?? (bareNames ? readBareLabel(cell) : null);
}

/** Level names without 指标 (产出, 社会效益) → their level; 成本 is a 二级 (as 成本指标 is). */
const BARE = new Map<string, 1 | 2>([
	...BARE_LEVEL1.map((t) => [t, 1] as const),
	...BARE_LEVEL2.map((t) => [t, 2] as const)
]);

/** Whether the form being read prints its level names without 指标 (see `withBareLevels`). */
let bareNames = false;

function readBareLabel(cell: string): LevelLabel | null {
	const text = compact(cell).replace(POINTS, '');
	const level = BARE.get(text);
	return level ? { level, text } : null;
}

const spacedOut = (word: string) => [...word].join('\\s*');
// a 一级 label of any wording (项目产出(35分) before 数量 too), a 二级 name without 指标
const LEVEL1_WORDS = [...LEVEL1_LABELS, ...BARE_LEVEL1].map(spacedOut).join('|');
const LEVEL2_WORDS = BARE_LEVEL2.map(spacedOut).join('|');
/**
 * A form printing its level names without 指标: a 二级 name right after a 一级 label (with its
 * points or not), each a whole cell (`产出 | 数量`, `1、产 出 (60分) 数量`) or glued at a row's
 * start (`产出数量…`, `产出(66分)数量指标1:…`). A name wrapped before a wrapped explanation
 * (`效益 社会效益情况`) is not one.
 */
const BARE_PAIR = new RegExp(
	`(?<![\\u4e00-\\u9fff])(?:${LEVEL1_WORDS})(?:\\s*\\(\\d+分\\))?[\\s|]+(?:${LEVEL2_WORDS})(?=[\\s|]|$)` +
		`|^(?:${LEVEL1_WORDS})(?:\\s*\\(\\d+分\\))?(?:${LEVEL2_WORDS})(?!指标(?!\\d))`,
	'm'
);

/**
 * Runs `read` with level names without 指标 read as labels when `text` (a form) prints them so:
 * elsewhere such words end indicator names (人均服务成本, 学生满意度) wrapped onto a line of their own.
 */
export function withBareLevels<T>(text: string, read: () => T): T {
	if (!BARE_PAIR.test(text)) return read();
	bareNames = true;
	try {
		return read();
	} finally {
		bareNames = false;
	}
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
			const inferred = inferLevel1(printed2);
			// (a 一级 printed without 指标, 产出, stays as printed for its own 二级)
			const same: boolean = level1 !== null && `${level1}指标` === inferred;
			level1 = printed1 ?? (scheme || same ? level1 : (inferred ?? level1));
		} else if (printed1) {
			level1 = printed1;
			if (level2 && inferLevel1(level2) !== printed1 && inferLevel1(level2) !== null) level2 = null;
		}
		out.push({ level1, level2 });
	}
	return out;
}
