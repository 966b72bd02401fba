/**
 * Indicator rows whose cells extraction glued into one run per line (HTML/DOCX text):
 * `质量指标项目一次验收合格率100%80%1111管理不够到位`. Labels are peeled off the front, the
 * weight/score digits and the note off the back, and name/target/actual cut by their shapes.
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, readLevelLabel, type LevelLabel } from './levels.ts';
import type { IndicatorColumn } from './templates/columns.ts';
import { compact } from './text.ts';

const ROW = /[\u4e00-\u9fff%]\d+(?:\.\d+)?[\u4e00-\u9fff]*$/;
const TAIL = /^(.*[^\d.])(\d+(?:\.\d+)?)([^\d.%]*)$/;
const QUANT = /^(.*?)((?:>=|<=|=|>|<)?\d+(?:\.\d+)?%?)((?:>=|<=|=|>|<)?\d+(?:\.\d+)?%?)$/;
const QUANT_UNIT =
	/^(.*?[^\d.])((?:>=|<=|=|>|<)?\d+(?:\.\d+)?)([^\d.%<>=][^\d]{0,5}?)(\d+(?:\.\d+)?)\3$/;
/** A date target and a date actual: `2021年10月31日前完成2021年7月完成` (groups as QUANT_UNIT). */
const DATES = /^(.*?[^\d])(\d{4}年[^\d]*\d.*?)()(\d{4}年.*)$/;
const HEADER_WORDS = /指标值|完成值|分值|得分|偏差原因|改进措施/;
const MODIFIERS = ['', '较', '基本', '比较', '部分', '未', '不'];

/** Each line's text (whitespace removed) and how many tokens it was printed as. */
function lineTexts(cells: readonly Cell[]): Array<{ text: string; tokens: number; long: number }> {
	const byLine = new Map<number, { text: string; tokens: number; long: number }>();
	for (const c of cells) {
		const line = byLine.get(c.line) ?? { text: '', tokens: 0, long: 0 };
		line.text += compact(c.text);
		line.tokens++;
		// (a letter-spaced label, `产 出 指 标`, prints tokens of a character or two)
		if (c.text.length > 2) line.long++;
		byLine.set(c.line, line);
	}
	return [...byLine.values()];
}

/**
 * True when most rows of the block are glued runs (a line ending in digits printed as a token
 * or a few: a row printed with its cells apart, as PDF text does, is no glued run).
 */
export function isGluedTable(cells: readonly Cell[]): boolean {
	const lines = lineTexts(cells);
	const glued = lines.filter((l) => l.tokens <= 3 && ROW.test(l.text) && l.text.length > 8);
	return glued.length >= 3 && glued.length * 2 >= lines.length;
}

/**
 * True when most rows of the block are printed each as one run glued from name to value (rows
 * of a table with no figure columns end in a value or a word, not in digits).
 */
export function isGluedLines(cells: readonly Cell[]): boolean {
	const lines = lineTexts(cells);
	const glued = lines.filter(
		(l) => l.long === 1 && l.text.length > 8 && /[\u4e00-\u9fff][<>=\d]/.test(l.text)
	);
	return glued.length >= 3 && glued.length * 2 >= lines.length;
}

/** Splits glued weight+score digits (`1515` → 15, 15): score ≤ weight ≤ 100, halves preferred. */
export function splitWeightScore(
	digits: string
): { weight: string; score: string; sure: boolean } | null {
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
	return best ? { weight: best.weight, score: best.score, sure: options.length === 1 } : null;
}

/**
 * Cuts `name target actual` for a qualitative pair: `项目完成及时性及时较及时`, or words ending
 * alike (`显著提升有所提升`: a guess, the lengths as even as can be).
 */
function cutQualitative(head: string, guess = true): [string, string, string] | null {
	for (let len = Math.min(8, Math.floor(head.length / 3)); len >= 1; len--) {
		const target = head.slice(-len);
		for (const modifier of MODIFIERS) {
			const pair = target + modifier + target;
			if (head.length > pair.length && head.endsWith(pair)) {
				return [head.slice(0, -pair.length), target, modifier + target];
			}
		}
	}
	for (const spread of [0, 1, -1, 2, -2])
		for (let len = 2; len <= 6; len++) {
			const [a, t] = [len, len + spread];
			if (t < 2 || head.length < a + t + 2) continue;
			const actual = head.slice(-a);
			const target = head.slice(-(a + t), -a);
			if (actual !== target && actual.slice(-2) === target.slice(-2))
				return [head.slice(0, -(a + t)), target, actual];
		}
	// two words of four characters, the commonest length of a qualitative value (a pure guess)
	if (guess && /^[\u4e00-\u9fff]{10,}$/.test(head))
		return [head.slice(0, -8), head.slice(-8, -4), head.slice(-4)];
	return null;
}

/** A name and a target with its unit, the actual a bare figure glued to weight and score. */
const NAME_TARGET = /^(.*?[^\d.])((?:>=|<=|=|>|<)?\d+(?:\.\d+)?[^\d.]{1,6})$/;

/** `…≥2800个` + `000`: actual 0, weight 0, score 0 (the first way the digits split). */
function cutBareActual(
	head: string,
	digits: string
): { parts: string[]; weight: string; score: string } | null {
	const m = NAME_TARGET.exec(head);
	if (!m) return null;
	for (let k = 1; k < digits.length - 1; k++) {
		const actual = digits.slice(0, k);
		if (/^0\d/.test(actual)) continue;
		const split = splitWeightScore(digits.slice(k));
		if (split) return { parts: [m[1] ?? '', m[2] ?? '', actual], ...split };
	}
	return null;
}

/** The figures a row prints after its actual value: weight and score, the score, or none. */
function tailColumns(columns: readonly IndicatorColumn[]): number {
	const after = columns.slice(columns.indexOf('actual') + 1);
	return after.filter((c) => c === 'weight' || c === 'score').length;
}

/** name | target | actual cut from a row's text before its figures, or null. */
function cutHead(head: string): string[] | null {
	const cut = QUANT.exec(head);
	if (cut) return [cut[1] ?? '', cut[2] ?? '', cut[3] ?? ''];
	// a target and an actual in the same unit: `>=12所15所`, `<=2400元/人1811元/人`
	const unit = QUANT_UNIT.exec(head) ?? sameEnding(DATES.exec(head));
	if (unit) return [unit[1] ?? '', `${unit[2]}${unit[3] ?? ''}`, `${unit[4]}${unit[3] ?? ''}`];
	return null;
}

/**
 * A date target and a date actual end in the same words (`…31日前完成` / `2022年4月完成`, `…12月` /
 * `…10月`): what follows the actual's last figure is not a note glued to it.
 */
function sameEnding(m: RegExpExecArray | null): RegExpExecArray | null {
	if (!m) return null;
	const ending = (text: string) => /[^\d]*$/.exec(text)?.[0] ?? '';
	const [target, actual] = [ending(m[2] ?? ''), ending(m[4] ?? '')];
	return target.slice(-1) === actual.slice(-1) && actual.length <= target.length + 2 ? m : null;
}

/**
 * A row that prints no figure after its actual (转移支付 forms: no weight, no score): the note,
 * if any, is the text after the longest head that reads as name, target and actual.
 */
function cutWithoutFigures(rest: string): { parts: string[]; note: string } | null {
	for (let end = rest.length; end > 2; end--) {
		// a note starts with a word, not inside a figure or its unit
		if (end < rest.length && !/[\u4e00-\u9fff]/.test(rest[end] ?? '')) continue;
		const head = rest.slice(0, end);
		const parts = cutHead(head) ?? cutQualitative(head, false);
		// a value holds no sentence punctuation: that is a note's
		const plain = !/[，。；：,;]/.test(`${parts?.[1] ?? ''}${parts?.[2] ?? ''}`);
		if (parts && plain && /[\u4e00-\u9fff]{2}/.test(parts[0] ?? ''))
			return { parts, note: rest.slice(end) };
	}
	// words only, nothing that reads: the words before the first sentence mark (a note's) cut
	// as a guess (the row's warning names it)
	const words = /^[\u4e00-\u9fff]+/.exec(rest)?.[0] ?? '';
	const parts = cutQualitative(words);
	return parts ? { parts, note: rest.slice(words.length) } : null;
}

/** The warning's message for text after the last glued row (`说明无`): no row was lost. */
export const AFTER_TABLE = '指标表之后的文字';

/** `指标1:` numbering before a name (部门整体 and 宁夏 forms). */
const NUMBERING = /^指标\d+[:：]?/;

/**
 * Reads glued rows, one per line, in the template's column order (`columns`: weight and score
 * after the actual, the score alone, or no figure at all); the column header lines are skipped.
 */
export function readGluedRows(
	cells: readonly Cell[],
	warnings: FormWarning[],
	columns: readonly IndicatorColumn[] = CANONICAL_ROW
): IndicatorDraft[] {
	const drafts: IndicatorDraft[] = [];
	const events = new Map<number, LevelLabel[]>();
	const figures = tailColumns(columns);
	// 安徽/宁夏 print the weight between name and target
	const weightFirst =
		columns.indexOf('weight') >= 0 && columns.indexOf('weight') < columns.indexOf('actual');
	const unread: FormWarning[] = [];
	let scheme = false;
	for (const { text: line } of lineTexts(cells)) {
		let rest = line;
		let previous = '';
		for (;;) {
			const m = /^([\u4e00-\u9fff]{2,8}?指标)((?:\(\d+分\))?)(?=.)/.exec(rest);
			// other schemes' labels (项目管理(25分), 投入管理) once a row printed one with its points:
			// a name may start with such words (项目管理覆盖面)
			const other = m?.[1] ? null : levelPrefix(rest);
			if (other?.points) scheme = true;
			const label = m?.[1]
				? (readLevelLabel(m[1]) ?? { level: 2 as const, text: m[1] })
				: scheme
					? other
					: null;
			// `财务管理财务管理制度有效性`: a label printed twice in a row starts a name
			if (!label || label.text === previous) break;
			events.set(drafts.length, [...(events.get(drafts.length) ?? []), label]);
			rest = rest.slice(m?.[1] ? m[0].length : (other?.printed ?? 0));
			previous = label.text;
		}
		rest = rest.replace(NUMBERING, '');
		// the column header, possibly wrapped over lines
		// (`年度绩效目标(80分)一级指标二级指标三级指标…`: no row names a 三级指标)
		if (
			/^(一级|二级|三级|年度指标值)|三级指标/.test(rest) ||
			(HEADER_WORDS.test(rest) && !/\d/.test(rest))
		)
			continue;
		const read = weightFirst
			? cutWeightFirst(rest)
			: figures
				? cutWithFigures(rest, figures)
				: cutWithoutFigures(rest);
		if (!read) {
			// a line that is not a glued row: its text is kept as a warning
			if (rest) {
				unread.push({ code: 'unplaced_text', message: '粘连的指标行未能拆分', text: line });
				warnings.push(unread[unread.length - 1]!);
			}
			continue;
		}
		// lines before a row that reads are rows lost; those after the last one, text after the table
		unread.length = 0;
		const { parts, weight, score, note } = { weight: null, score: null, ...read };
		warnings.push({
			code: 'split_guess',
			message: `粘连指标行拆分为 ${[...parts, weight, score].filter((p) => p !== null).join(' | ')}`,
			text: line
		});
		drafts.push({
			level1: null,
			level2: null,
			name: parts[0] ?? '',
			target: parts[1] ?? null,
			actual: parts[2] ?? null,
			weight,
			score,
			note: note || null
		});
	}
	for (const w of unread) w.message = AFTER_TABLE;
	const levels = assignLevels(drafts.length, events);
	return drafts.map((d, k) => ({ ...d, ...levels[k] }));
}

const CANONICAL_ROW: readonly IndicatorColumn[] = [
	'name',
	'target',
	'actual',
	'weight',
	'score',
	'note'
];

/** A row ending in its figures (weight and score, or the score) and a note. */
function cutWithFigures(
	rest: string,
	figures: number
): { parts: string[]; weight: string | null; score: string | null; note: string } | null {
	const tail = TAIL.exec(rest);
	if (!tail) return null;
	const [, head = '', digits = '', note = ''] = tail;
	if (figures === 1) {
		const parts = cutHead(head) ?? cutQualitative(head);
		if (parts) return { parts, weight: null, score: digits, note };
		// a bare actual glued to the score: `≥2800个` + `00.0` is 0 and 0.0
		const m = NAME_TARGET.exec(head);
		const cut = /^(0|[1-9]\d*)((?:0|[1-9]\d*)(?:\.\d+)?)$/.exec(digits);
		if (!m || !cut) return null;
		return {
			parts: [m[1] ?? '', m[2] ?? '', cut[1] ?? ''],
			weight: null,
			score: cut[2] ?? '',
			note
		};
	}
	let split = splitWeightScore(digits);
	let parts = cutHead(head) ?? cutQualitative(head);
	const bare = parts && split ? null : cutBareActual(head, digits);
	if (bare) [parts, split] = [bare.parts, { ...bare, sure: false }];
	if (!parts || !split) return null;
	return { parts, weight: split.weight, score: split.score, note };
}

/** A weight (≤ 100, no leading zero) right after a name that ends in a word. */
/** A stand-in name before a target/actual pair, long enough for cutQualitative's word lengths. */
const NAME = '名'.repeat(8);

function* weightsIn(head: string): Generator<{ index: number; weight: string }> {
	for (const run of head.matchAll(/(?<=[^\d.])\d/g))
		for (const m of [/^(?:100|[1-9]\d?|0)(?:\.\d)?/, /^(?:[1-9]|0)/]) {
			const weight = m.exec(head.slice(run.index))?.[0];
			if (weight) yield { index: run.index, weight };
		}
}

/**
 * A weight-first row, `name weight target actual score note` (`参训教师人数10>=1800人1835人10`):
 * the score and note off the end, then the first place after the name where a weight is followed
 * by a target and an actual that read as a pair (a figure pair, a date pair, a placeholder target
 * and a word, or a qualitative pair).
 */
function cutWeightFirst(
	rest: string
): { parts: string[]; weight: string; score: string; note: string } | null {
	const tail = TAIL.exec(rest);
	if (!tail) return null;
	const [, head = '', score = '', note = ''] = tail;
	for (const strict of [true, false])
		for (const m of weightsIn(head)) {
			const name = head.slice(0, m.index);
			if (!/[\u4e00-\u9fff]{2}/.test(name)) continue;
			const pair = head.slice(m.index + m.weight.length);
			const placeholder = /^([—\-/])([^\d].*)$/.exec(pair);
			const parts = placeholder
				? ['', placeholder[1] ?? '', placeholder[2] ?? '']
				: (cutHead(`${NAME}${pair}`) ?? cutQualitative(`${NAME}${pair}`, !strict));
			if (!parts || (!placeholder && !strict && !parts[0]?.startsWith(NAME))) continue;
			if (!placeholder && strict && parts[0] !== NAME) continue;
			// no figure starts with a zero before a digit (`0100%` is the weight's 10 and 100%)
			if (/^(?:[<>=]*)0\d/.test(parts[1] ?? '') || /^0\d/.test(parts[2] ?? '')) continue;
			return { parts: [name, parts[1] ?? '', parts[2] ?? ''], weight: m.weight, score, note };
		}
	// a bare actual glued to the score (`0>=2800个` + `00`: actual 0, score 0)
	const bare = /^(.*?[^\d.])(100|[1-9]\d?|0)((?:>=|<=|=|>|<)?\d+(?:\.\d+)?[^\d.]{1,6})$/.exec(head);
	const cut = /^(0|[1-9]\d*)((?:0|[1-9]\d*)(?:\.\d+)?)$/.exec(score);
	if (!bare || !cut || !/[\u4e00-\u9fff]{2}/.test(bare[1] ?? '')) return null;
	return {
		parts: [bare[1] ?? '', bare[3] ?? '', cut[1] ?? ''],
		weight: bare[2] ?? '',
		score: cut[2] ?? '',
		note
	};
}

/**
 * A level label of the taxonomy's vocabulary at the start of a glued row (`项目管理(25分)`,
 * `投入管理`): the longest prefix that reads as one, with its printed length; null when none.
 */
function levelPrefix(text: string): (LevelLabel & { printed: number; points: boolean }) | null {
	for (let end = Math.min(text.length - 2, 14); end >= 2; end--) {
		const label = readLevelLabel(text.slice(0, end));
		if (label) return { ...label, printed: end, points: text[end - 1] === ')' };
	}
	return null;
}
