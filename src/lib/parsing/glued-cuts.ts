/**
 * The ways one glued indicator row's text (`参训教师人数>=1800人1835人`) cuts into name | target |
 * actual, and its figures into weight | score. Every cutter returns every reading the text allows
 * (the likeliest first); a row with one reading is read for sure, one with more is a guess the
 * row's `split_guess` warning names with all of them.
 */
import { ACHIEVED_WORDS, NAME_ENDINGS, TARGET_MODIFIERS } from './templates/glued-labels.ts';

/** name, target, actual */
export type Head = [string, string, string];

const QUANT_UNIT =
	/^(.*?[^\d.])((?:>=|<=|=|>|<)?\d+(?:\.\d+)?)([^\d.%<>=][^\d]{0,5}?)(\d+(?:\.\d+)?)\3$/;
/** A date target and a date actual: `2021年10月31日前完成2021年7月完成` (groups as QUANT_UNIT). */
const DATES = /^(.*?[^\d])(\d{4}年[^\d]*\d.*?)()(\d{4}年.*)$/;
/** One value of a figure pair: a comparator, a number without a leading zero, its `%`. */
const FIGURE = /^(?:>=|<=|=|>|<)?(?:0|[1-9]\d*)(?:\.\d+)?%?$/;
const MODIFIERS = ['', '较', '基本', '比较', '部分', '未', '不'];
/**
 * The longest weight and score glued (two figures of at most 3 whole digits and 6 decimals): a
 * longer run is no pair, and is not cut at each of its places (cubic with the bare actual before
 * it: minutes on a 2,000-digit line).
 */
const PAIR_CHARS = 20;
/**
 * The longest run of figures a glued row ends in (a bare actual, the weight and the score): a
 * longer run prints no row's figures (a score of more digits than any figure holds would be
 * dropped with its text when read).
 */
export const FIGURES_RUN = 2 * PAIR_CHARS;
/**
 * The longest name, target and actual (together) a glued row is cut into; real rows print a
 * tenth of it. A longer head is not cut, its row's text is kept in an `unplaced_text` warning:
 * each cutter tries places of the head with patterns scanning it (a 100 kB row took 30 s).
 */
export const MAX_HEAD = 500;

/**
 * Splits glued weight+score digits (`1515` → 15, 15): score ≤ weight ≤ 100, no leading zero;
 * every split so (`options`), halves first.
 */
export function splitWeightScore(digits: string): {
	weight: string;
	score: string;
	sure: boolean;
	options: Array<{ weight: string; score: string }>;
} | null {
	if (digits.length > PAIR_CHARS) return null;
	const options: Array<{ weight: string; score: string; cost: number }> = [];
	for (let k = 1; k < digits.length; k++) {
		const [w, s] = [digits.slice(0, k), digits.slice(k)];
		if (/^0\d/.test(w) || /^0\d/.test(s) || w.endsWith('.') || s.startsWith('.')) continue;
		if (Number(s) > Number(w) || Number(w) > 100) continue;
		options.push({
			weight: w,
			score: s,
			cost: Math.abs(w.length - s.length) + (w === s ? 0 : 0.5)
		});
	}
	options.sort((a, b) => a.cost - b.cost);
	const best = options[0];
	if (!best) return null;
	return {
		weight: best.weight,
		score: best.score,
		sure: options.length === 1,
		options: options.map(({ weight, score }) => ({ weight, score }))
	};
}

/**
 * Glued weight+score digits whose score is over its weight (`56`: weight 5, score 6; a total
 * `100100.88`): a form's error that validation flags, read only where no split with the score
 * within its weight exists. The weight 1–100, the score above it and at most twice it, no
 * leading zero; every split so, halves first.
 */
export function splitOverWeight(digits: string): ReturnType<typeof splitWeightScore> {
	if (digits.length > PAIR_CHARS) return null;
	const options: Array<{ weight: string; score: string }> = [];
	for (let k = 1; k < digits.length; k++) {
		const [w, s] = [digits.slice(0, k), digits.slice(k)];
		if (/^0/.test(w) || /^0\d/.test(s) || w.endsWith('.') || s.startsWith('.')) continue;
		const [weight, score] = [Number(w), Number(s)];
		if (weight > 100 || score <= weight || score > 2 * weight) continue;
		options.push({ weight: w, score: s });
	}
	options.sort((a, b) => unevenness(a) - unevenness(b));
	const [best] = options;
	return best ? { ...best, sure: options.length === 1, options } : null;
}

/** How far a split is from halves. */
function unevenness(o: { weight: string; score: string }): number {
	return Math.abs(o.weight.length - o.score.length);
}

/**
 * A name ending in a word, then a figure target and a figure actual (`=100%95%`, `>=9095`): every
 * cut of the trailing figures into two, a percentage target's actual in `%` or bare (`=100%0`),
 * never a bare target before a percentage (`=10` | `0%`); the most even first.
 */
function figurePairs(head: string): Head[] {
	// the run of figure characters (comparators, digits, `.`, `%`) the head ends in, found from
	// its end (a pattern anchored at the end is tried from every place of the head)
	let at = head.length;
	while (at > 0 && isFigureChar(head.charCodeAt(at - 1))) at--;
	if (at === head.length) return [];
	const [name, text] = [head.slice(0, at), head.slice(at)];
	const out: Array<{ head: Head; cost: number }> = [];
	for (let k = 1; k < text.length; k++) {
		const [target, actual] = [text.slice(0, k), text.slice(k)];
		if (!FIGURE.test(target) || !FIGURE.test(actual)) continue;
		if (actual.endsWith('%') && !target.endsWith('%')) continue;
		out.push({
			head: [name, target, actual],
			cost: Math.abs(digitCount(target) - digitCount(actual))
		});
	}
	return out.sort((a, b) => a.cost - b.cost).map((o) => o.head);
}

/** `>`, `<`, `=`, a digit, `.` or `%`. */
function isFigureChar(code: number): boolean {
	return (
		(code >= 0x30 && code <= 0x39) ||
		code === 0x2e ||
		code === 0x25 ||
		code === 0x3c ||
		code === 0x3d ||
		code === 0x3e
	);
}

/** How many digits a value prints. */
function digitCount(value: string): number {
	let n = 0;
	for (let i = 0; i < value.length; i++) if (isDigit(value, i)) n++;
	return n;
}

/** name | target | actual cut from a row's text before its figures: every reading, or null. */
export function cutHead(head: string): Head[] | null {
	const pairs = figurePairs(head);
	if (pairs.length) return pairs;
	// a target and an actual in the same unit: `>=12所15所`, `<=2400元/人1811元/人` (the unit
	// marks the cut)
	const unit = QUANT_UNIT.exec(head) ?? sameEnding(DATES.exec(head));
	if (unit) return [[unit[1] ?? '', `${unit[2]}${unit[3] ?? ''}`, `${unit[4]}${unit[3] ?? ''}`]];
	return null;
}

/**
 * A date target and a date actual end in the same words (`…31日前完成` / `2022年4月完成`, `…12月` /
 * `…10月`): what follows the actual's last figure is not a note glued to it.
 */
function sameEnding(m: RegExpExecArray | null): RegExpExecArray | null {
	if (!m) return null;
	const [target, actual] = [ending(m[2] ?? ''), ending(m[4] ?? '')];
	return target.slice(-1) === actual.slice(-1) && actual.length <= target.length + 2 ? m : null;
}

/** The words after a value's last digit. */
function ending(text: string): string {
	let at = text.length;
	while (at > 0 && !isDigit(text, at - 1)) at--;
	return text.slice(at);
}

/**
 * A name, a target with a unit or a date target, and a bare actual (`新增泊位>=2800个` + `0`: none
 * were built; `按期完成2023年12月31日前完成` + `0`).
 */
export function cutBareActual(head: string): Head | null {
	// a date target: the actual is the digits after the last non-digit (as
	// /^(.*?\D)(\d{4}年\D*\d.*\D)(0|[1-9]\d*(?:\.\d+)?)$/ matches, whose backtracking took 4.5 s
	// on 80 kB of dates)
	let end = head.length;
	while (end > 0 && isDigit(head, end - 1)) end--;
	const actual = head.slice(end);
	const date = BARE_FIGURE.test(actual) ? dateTarget(head.slice(0, end)) : null;
	if (date !== null) return [head.slice(0, date), head.slice(date, end), actual];
	const m =
		/^(.*?[^\d.])((?:>=|<=|=|>|<)?\d+(?:\.\d+)?[^\d.%<>=]{1,6})(0|[1-9]\d*(?:\.\d+)?)$/.exec(head);
	return m ? [m[1] ?? '', m[2] ?? '', m[3] ?? ''] : null;
}

/** A whole number without a leading zero. */
const BARE_FIGURE = /^(?:0|[1-9]\d*)$/;

/**
 * A qualitative pair the text decides: the target repeated (`及时较及时`, `稳步提升稳步提升`), or an
 * actual of ACHIEVED_WORDS after a target that opens with one of TARGET_MODIFIERS
 * (`劳动者就业创业能力稳步增长效果不明显`).
 */
export function cutQualitativeSure(head: string): Head | null {
	const n = head.length;
	const last = head.charCodeAt(n - 1);
	for (let len = Math.min(8, Math.floor(n / 3)); len >= 1; len--) {
		// head ends with target + modifier + target, something before it (compared in place, the
		// targets' last characters first: this runs for every place a row's values may end)
		for (const modifier of MODIFIERS) {
			const start = n - 2 * len - modifier.length;
			if (start <= 0 || head.charCodeAt(start + len - 1) !== last) continue;
			if (!head.startsWith(modifier, n - len - modifier.length)) continue;
			if (sameRun(head, start, n - len, len))
				return [head.slice(0, start), head.slice(n - len), head.slice(start + len)];
		}
	}
	if (!ACHIEVED_ENDS.has(last)) return null;
	const actual = ACHIEVED_WORDS.find((w) => head.endsWith(w));
	if (!actual) return null;
	const rest = head.slice(0, -actual.length);
	for (const modifier of TARGET_MODIFIERS) {
		const target = rest.slice(-(modifier.length + 2));
		if (target.startsWith(modifier) && /^[\u4e00-\u9fff]{2}$/.test(target.slice(modifier.length)))
			return [rest.slice(0, -target.length), target, actual];
	}
	return null;
}

/** The last characters of ACHIEVED_WORDS: a head ending otherwise ends in none of them. */
const ACHIEVED_ENDS = new Set(ACHIEVED_WORDS.map((w) => w.charCodeAt(w.length - 1)));

/** True when text[a…a+len) is text[b…b+len). */
function sameRun(text: string, a: number, b: number, len: number): boolean {
	for (let i = 0; i < len; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
	return true;
}

/**
 * A qualitative pair only guessed: words ending alike (`显著提升有所提升`), the lengths as even as
 * can be, every such cut; with `guess`, two words of four characters (the commonest length of a
 * qualitative value) and the other even lengths.
 */
export function cutQualitativeGuess(head: string, guess = true): Head[] | null {
	const out: Head[] = [];
	for (const spread of [0, 1, -1, 2, -2])
		for (let len = 2; len <= 6; len++) {
			const [a, t] = [len, len + spread];
			if (t < 2 || head.length < a + t + 2) continue;
			const actual = head.slice(-a);
			const target = head.slice(-(a + t), -a);
			// words: a figure is no qualitative value
			if (/[\d%<>=]/.test(target + actual)) continue;
			if (actual !== target && actual.slice(-2) === target.slice(-2))
				out.push([head.slice(0, -(a + t)), target, actual]);
		}
	if (out.length) return out;
	if (!guess || !/^[\u4e00-\u9fff]{10,}$/.test(head)) return null;
	return [4, 3, 2].map((len): Head => [
		head.slice(0, -2 * len),
		head.slice(-2 * len, -len),
		head.slice(-len)
	]);
}

/**
 * A worded actual of ACHIEVED_WORDS after a target no modifier opens (`长效管理机制健全部分达成`):
 * the name most likely ends at its head noun (NAME_ENDINGS); the other readings give the target
 * two to four characters.
 */
export function cutShortfall(head: string): Head[] | null {
	const actual = ACHIEVED_WORDS.find((w) => head.endsWith(w));
	if (!actual) return null;
	const rest = head.slice(0, -actual.length);
	const ends = new Set<number>();
	for (const word of NAME_ENDINGS) {
		const k = rest.lastIndexOf(word, rest.length - 2 - word.length);
		if (k >= 2) ends.add(k + word.length);
	}
	const noun = Math.max(-1, ...ends);
	const cuts = [noun, ...[4, 2, 3].map((n) => rest.length - n)].filter((k) => k >= 2);
	return [...new Set(cuts)].map((k): Head => [rest.slice(0, k), rest.slice(k), actual]);
}

/** A target with its unit (`>=2800个`) after a name (no name ends in a figure's sign: `=100%`). */
const UNIT_TARGET = /^(.*?[^\d.%<>=])((?:>=|<=|=|>|<)?\d+(?:\.\d+)?[^\d.]{1,6})$/;

/**
 * A name and a target before a bare actual glued to the figures after it (`新增泊位>=2800个` +
 * `000`, `按期完成2023年12月31日前完成` + `000`): the date target whole, else a figure and its unit.
 */
export function cutNameTarget(head: string): [name: string, target: string] | null {
	const at = dateTarget(head);
	if (at !== null) return [head.slice(0, at), head.slice(at)];
	const m = UNIT_TARGET.exec(head);
	return m ? [m[1] ?? '', m[2] ?? ''] : null;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const isDigit = (text: string, i: number) => {
	const code = text.charCodeAt(i);
	return code >= 0x30 && code <= 0x39;
};

/**
 * Where a date target starts after a name (`按期完成` | `2023年11月30日前完工`): the first place after
 * a non-digit where a year (`2023年`) starts, a figure follows it, and words and figures run on to
 * a non-digit at the end; null when there is none. As /^(.*?\D)(\d{4}年\D*\d.*\D)$/ matches, in
 * one pass (the regex took 1.4 s on 100 kB of dates ending in a figure).
 */
function dateTarget(head: string): number | null {
	const n = head.length;
	if (n < 2 || isDigit(head, n - 1)) return null;
	// `.` stops at a line break: the name has none before its last character, the target none
	// after the figure that follows its year
	const firstBreak = head.search(LINE_BREAK);
	let lastBreak = -1;
	for (let i = n - 2; i >= 0 && lastBreak < 0 && firstBreak >= 0; i--)
		if (LINE_BREAK.test(head[i]!)) lastBreak = i;
	// the figure after a year: the first digit from its 年 on (found once, places only grow)
	let figure = 0;
	for (let at = 1; at + 5 < n && (firstBreak < 0 || at - 1 <= firstBreak); at++) {
		if (head[at + 4] !== '年' || isDigit(head, at - 1)) continue;
		if (![0, 1, 2, 3].every((k) => isDigit(head, at + k))) continue;
		figure = Math.max(figure, at + 5);
		while (figure < n && !isDigit(head, figure)) figure++;
		if (figure < n - 1 && figure > lastBreak) return at;
	}
	return null;
}

/**
 * Every name | target | actual reading of a head: those the text decides, a shortfall worded
 * after a plain target, else the guesses.
 */
export function cutValues(head: string, guess = true): Head[] | null {
	const sure = cutQualitativeSure(head);
	return (
		cutHead(head) ?? (sure ? [sure] : (cutShortfall(head) ?? cutQualitativeGuess(head, guess)))
	);
}
