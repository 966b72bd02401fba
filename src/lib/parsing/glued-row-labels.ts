/**
 * The level labels printed at the front of a glued indicator row (`产出指标数量指标…`,
 * `项目管理(25分)投入管理…`, `满意度服务对象满意度指标…`), peeled off before its values are cut.
 */
import { readLevelLabel, type LevelLabel } from './levels.ts';

/** What the rows read so far tell about the next: whether the form prints another scheme's labels. */
export interface LabelScheme {
	/** a row printed a label with its points (项目管理(25分)), or names open without 指标 (`产出数量…`) */
	other: boolean;
}

/**
 * Peels the level labels off the front of a row's text: those ending in 指标, and, once `scheme`
 * says the form prints them, other schemes' labels (项目管理(25分), 投入管理) and bare 一级 names;
 * `firstRow` when no row was read before. Returns the labels in order and the text after them.
 */
export function peelLabels(
	line: string,
	firstRow: boolean,
	scheme: LabelScheme
): { labels: LevelLabel[]; rest: string } {
	const labels: LevelLabel[] = [];
	let rest = line;
	let previous = '';
	for (;;) {
		// (not the 指标 of a numbered name, `产出数量指标1:…`)
		const m = /^([\u4e00-\u9fff]{2,8}?指标)((?:\(\d+分\))?)(?!\d)(?=.)/.exec(rest);
		const known = m?.[1] ? readLevelLabel(m[1]) : null;
		// other schemes' labels (项目管理(25分), 投入管理) once a row printed one with its points:
		// a name may start with such words (项目管理覆盖面)
		// (looked for only where it counts: a scheme's row, or one opening with no 指标 label
		// that prints its points or is the first row)
		const wanted = scheme.other || (!m && (firstRow || hasPoints(rest)));
		const other = wanted ? levelPrefix(rest) : null;
		if (!m && other?.points) scheme.other = true;
		// names printed without 指标 (`产出数量…`): the first row opens with a 一级 and a 二级
		if (!m && other?.level === 1 && firstRow)
			scheme.other ||= levelPrefix(rest.slice(other.printed))?.level === 2;
		// (a bare 一级 before a 二级 with its 指标, `满意度服务对象满意度指标`, is two labels)
		const bare = !scheme.other
			? null
			: (bareLevel1(rest) ?? (other && (!m || other.printed < m[1]!.length) ? other : null));
		const label = bare ?? known ?? (m?.[1] ? { level: 2 as const, text: m[1] } : null);
		// `财务管理财务管理制度有效性`: a label printed twice in a row starts a name
		if (!label || label.text === previous) break;
		labels.push(label);
		rest = rest.slice(bare ? bare.printed : m ? m[0].length : 0);
		previous = label.text;
	}
	return { labels, rest };
}

/** A level label at the start of a glued row, with its printed length and whether with points. */
type PrefixLabel = LevelLabel & { printed: number; points: boolean };

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const CJK = /[\u4e00-\u9fff]/;

/** A `)` where a level label with its points (`项目管理(25分)`) may end, at the row's start. */
function hasPoints(text: string): boolean {
	const at = text.indexOf(')');
	return at >= 0 && at < 14;
}

/**
 * A 一级 name printed without 指标 before a 二级 label (`满意度服务对象满意度指标`, which the
 * taxonomy would read whole as one 二级 label), with its printed length; null when none.
 */
function bareLevel1(text: string): PrefixLabel | null {
	for (let end = 2; end <= 5; end++) {
		const label = readLevelLabel(text.slice(0, end));
		// (a label with its points, `项目产出(35分)`, is levelPrefix's)
		if (label?.level !== 1 || label.text.endsWith('指标') || !CJK.test(text.charAt(end))) continue;
		if (text.startsWith('指标', end)) continue;
		if (levelPrefix(text.slice(end))?.level === 2) return { ...label, printed: end, points: false };
	}
	return null;
}

/**
 * A level label of the taxonomy's vocabulary at the start of a glued row (`项目管理(25分)`,
 * `投入管理`): the longest prefix that reads as one, with its printed length; null when none.
 */
function levelPrefix(text: string): PrefixLabel | null {
	for (let end = Math.min(text.length - 2, 14); end >= 2; end--) {
		// (not up to the 指标 of a numbered name: `数量指标1:…` opens with 数量)
		if (isDigit(text.charCodeAt(end))) continue;
		const label = readLevelLabel(text.slice(0, end));
		if (label) return { ...label, printed: end, points: text[end - 1] === ')' };
	}
	return null;
}
