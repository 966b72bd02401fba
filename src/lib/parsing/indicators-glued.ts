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
import {
	cutBareActual,
	cutHead,
	cutNameTarget,
	cutQualitativeGuess,
	cutQualitativeSure,
	cutValues,
	cutShortfall,
	FIGURES_RUN,
	MAX_HEAD,
	splitOverWeight,
	splitWeightScore,
	type Head
} from './glued-cuts.ts';
import { ACHIEVED_WORDS } from './templates/glued-labels.ts';
import { splitGuess } from './split-guess.ts';
import { cutExplainedRow } from './glued-explained.ts';
import { settleBySums, type RowOptions } from './glued-sums.ts';
import type { FormSums } from './readings.ts';

export { splitWeightScore } from './glued-cuts.ts';

/** A row's figures at the end of its line, or before its note (words, sentence marks: no figure) */
const ROW = /[\u4e00-\u9fff%]\d+(?:\.\d+)?(?:[\u4e00-\u9fff][^\d]*)?$/;
const TAIL = /^(.*[^\d.])(\d+(?:\.\d+)?)([^\d.%]*)$/;
const HEADER_WORDS = /指标值|完成值|分值|得分|偏差原因|改进措施/;

/** A line's text (whitespace removed), how many tokens it was printed as, how many are long. */
interface LineText {
	text: string;
	tokens: number;
	long: number;
}

/** The lines of a form's indicator block: the glued-table tests and the reader share them. */
const linesOfBlock = new WeakMap<readonly Cell[], LineText[]>();

/** Each line's text (whitespace removed) and how many tokens it was printed as. */
function lineTexts(cells: readonly Cell[]): LineText[] {
	let lines = linesOfBlock.get(cells);
	if (!lines) linesOfBlock.set(cells, (lines = readLineTexts(cells)));
	return lines;
}

function readLineTexts(cells: readonly Cell[]): LineText[] {
	const byLine = new Map<number, LineText>();
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

/** One reading of a glued row: name | target | actual, the figures after them, the note. */
interface RowReading {
	parts: Head;
	weight: string | null;
	score: string | null;
	note: string;
}

/**
 * A row's readings, and the less likely ones, taken only where the form's sums call for them
 * (glued-sums.ts): made only then (the rows as first read nearly always add up).
 */
interface RowCut {
	readings: RowReading[];
	alternates: () => RowReading[];
}

const NO_ALTERNATES = (): RowReading[] => [];
/** A row's readings with no less likely ones. */
const only = (readings: RowReading[]): RowCut => ({ readings, alternates: NO_ALTERNATES });

/** At most this many readings of a row are named (a row that reads more ways is named so). */
const MAX_READINGS = 6;

/** The readings without repeats (two weights read the same way, `5` by both patterns). */
function distinct(readings: RowReading[]): RowReading[] {
	if (readings.length < 2) return readings;
	const seen = new Set<string>();
	return readings.filter((r) => {
		const key = [...r.parts, r.weight, r.score, r.note].join('\u0000');
		return !seen.has(key) && !!seen.add(key);
	});
}

/** Every pairing of the values' readings with the figures' splits, the likeliest first. */
function pairings(
	heads: readonly Head[],
	splits: ReadonlyArray<{ weight: string | null; score: string | null }>,
	note: string
): RowReading[] {
	const out: RowReading[] = [];
	for (const parts of heads) for (const split of splits) out.push({ parts, ...split, note });
	return out.slice(0, MAX_READINGS);
}

/** `…≥2800个` + `000`: actual 0, weight 0, score 0; every way the digits split so. */
function cutBareFigures(head: string, digits: string, note: string): RowReading[] {
	const m = cutNameTarget(head);
	if (!m) return [];
	const out: RowReading[] = [];
	for (let k = 1; k < digits.length - 1; k++) {
		const actual = digits.slice(0, k);
		if (/^0\d/.test(actual)) continue;
		const split = splitWeightScore(digits.slice(k));
		for (const o of split?.options ?? []) out.push({ parts: [m[0], m[1], actual], ...o, note });
	}
	return out;
}

/** The figures a row prints after its actual value: weight and score, the score, or none. */
function tailColumns(columns: readonly IndicatorColumn[]): number {
	const after = columns.slice(columns.indexOf('actual') + 1);
	return after.filter((c) => c === 'weight' || c === 'score').length;
}

/** A value holds no sentence punctuation: that is a note's. */
const plain = (h: Head) =>
	!/[，。；：,;]/.test(`${h[1]}${h[2]}`) && /[\u4e00-\u9fff]{2}/.test(h[0]);

/**
 * A row that prints no figure after its actual (转移支付 forms: no weight, no score): the note,
 * if any, is the text after the longest head the text decides as name, target and actual (a
 * figure pair, a bare actual after a target with its unit, a qualitative pair); failing that,
 * after the longest head a guess reads.
 */
function cutWithoutFigures(rest: string): RowReading[] | null {
	// a note starts with a word, not inside a figure or its unit
	// (no head longer than MAX_HEAD: a long row's note is what follows one)
	const ends: number[] = [];
	for (let end = Math.min(rest.length, MAX_HEAD); end > 2; end--)
		if (end === rest.length || /[\u4e00-\u9fff]/.test(rest[end] ?? '')) ends.push(end);
	const read = (end: number, heads: Head[] | null) =>
		(heads ?? []).filter(plain).map((parts) => ({
			parts,
			weight: null,
			score: null,
			note: rest.slice(end)
		}));
	for (const end of ends) {
		const head = rest.slice(0, end);
		const bare = cutBareActual(head);
		const sure = cutQualitativeSure(head);
		// a shortfall's name is a name: no sentence of a note in it
		const short = cutShortfall(head)?.filter((h) => !/[，。；：,;]/.test(h[0]));
		const decided = read(
			end,
			cutHead(head) ?? (bare ? [bare] : sure ? [sure] : short?.length ? short : null)
		);
		if (decided.length) return decided.slice(0, MAX_READINGS);
	}
	for (const end of ends) {
		const guessed = read(end, cutQualitativeGuess(rest.slice(0, end), false));
		if (guessed.length) return guessed.slice(0, MAX_READINGS);
	}
	// words only, nothing that reads: the words before the first sentence mark (a note's) cut
	// as a guess (the row's warning names it)
	const words = /^[\u4e00-\u9fff]+/.exec(rest)?.[0] ?? '';
	if (rest.length > MAX_HEAD) return null;
	return read(words.length, cutQualitativeGuess(words));
}

/** The warning's message for text after the last glued row (`说明无`): no row was lost. */
export const AFTER_TABLE = '指标表之后的文字';
/**
 * The warning's message for a line longer than any row prints (MAX_HEAD): text no reader can
 * place as a row, not a row this reader failed to split (the other rows still read so).
 */
export const TOO_LONG = '粘连的指标行过长，未拆分';

/** `指标1:` numbering before a name (部门整体 and 宁夏 forms). */
const NUMBERING = /^指标\d+[:：]?/;

/**
 * Reads glued rows, one per line, in the template's column order (`columns`: weight and score
 * after the actual, the score alone, or no figure at all); the column header lines are skipped.
 */
export function readGluedRows(
	cells: readonly Cell[],
	warnings: FormWarning[],
	columns: readonly IndicatorColumn[] = CANONICAL_ROW,
	sums: FormSums | null = null
): IndicatorDraft[] {
	const drafts: IndicatorDraft[] = [];
	const rows: GluedRow[] = [];
	const events = new Map<number, LevelLabel[]>();
	const figures = tailColumns(columns);
	// 安徽/宁夏 print the weight between name and target
	const weightFirst =
		columns.indexOf('weight') >= 0 && columns.indexOf('weight') < columns.indexOf('actual');
	// 河北 prints a 指标解释 after the name, and three figures after the 完成情况
	const explained = columns[0] === 'name' && columns[1] === 'skip';
	const unread: FormWarning[] = [];
	let scheme = false;
	for (const { text: line } of lineTexts(cells)) {
		// the column header, its words in any wording (`三级指标名称指标值实际值…`: not labels)
		if (line.includes('三级指标')) continue;
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
			const wanted: boolean = scheme || (!m && (!drafts.length || hasPoints(rest)));
			const other: PrefixLabel | null = wanted ? levelPrefix(rest) : null;
			if (!m && other?.points) scheme = true;
			// names printed without 指标 (`产出数量…`): the first row opens with a 一级 and a 二级
			if (!m && other?.level === 1 && !drafts.length)
				scheme ||= levelPrefix(rest.slice(other.printed))?.level === 2;
			// (a bare 一级 before a 二级 with its 指标, `满意度服务对象满意度指标`, is two labels)
			const bare = !scheme
				? null
				: (bareLevel1(rest) ?? (other && (!m || other.printed < m[1]!.length) ? other : null));
			const label = bare ?? known ?? (m?.[1] ? { level: 2 as const, text: m[1] } : null);
			// `财务管理财务管理制度有效性`: a label printed twice in a row starts a name
			if (!label || label.text === previous) break;
			events.set(drafts.length, [...(events.get(drafts.length) ?? []), label]);
			rest = rest.slice(bare ? bare.printed : m ? m[0].length : 0);
			previous = label.text;
		}
		rest = rest.replace(NUMBERING, '');
		// the column header, possibly wrapped over lines
		// (`年度绩效目标(80分)一级指标二级指标三级指标…`: no row names a 三级指标)
		if (isHeaderLine(rest)) continue;
		const cut = cutRow(rest, explained, weightFirst, figures);
		if (!cut) {
			warnings.push({ code: 'unplaced_text', message: TOO_LONG, text: line });
			continue;
		}
		const readings = distinct(cut.readings);
		const [read] = readings;
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
		rows.push(new GluedRow(readings, cut.alternates, line));
		drafts.push(draftOf(read));
	}
	for (const w of unread) w.message = AFTER_TABLE;
	// rows whose figures split several ways: the ways the form's printed totals allow
	const settled = settleBySums(rows, sums);
	rows.forEach((row, k) => {
		const readings = settled?.[k] ?? row.readings;
		if (settled?.[k]?.[0]) drafts[k] = draftOf(settled[k][0]);
		// a row the text reads one way only is read; one it reads several ways is named with them all
		if (readings.length > 1)
			warnings.push(
				splitGuess(
					`indicators[${k}]`,
					`第 ${k + 1} 个指标行`,
					readings.map((r) => ({
						name: r.parts[0],
						target: r.parts[1],
						actual: r.parts[2],
						...(figures || weightFirst || explained ? { weight: r.weight, score: r.score } : {}),
						note: r.note || null
					})),
					row.line
				)
			);
	});
	const levels = assignLevels(drafts.length, events);
	return drafts.map((d, k) => ({ ...d, ...levels[k] }));
}

/** Every reading of a row's text (labels off) by the template's column order; null: too long. */
function cutRow(
	rest: string,
	explained: boolean,
	weightFirst: boolean,
	figures: number
): RowCut | null {
	const readings = explained
		? cutExplainedRow(rest)
		: weightFirst
			? cutWeightFirst(rest)
			: figures
				? undefined
				: cutWithoutFigures(rest);
	if (readings === undefined) return cutWithFigures(rest, figures);
	return readings && only(readings);
}

/** A row for the sums: its readings, its alternates (those not among them) made when asked. */
class GluedRow implements RowOptions<RowReading> {
	private made: RowReading[] | undefined;

	constructor(
		readonly readings: RowReading[],
		private readonly others: () => RowReading[],
		readonly line: string
	) {}

	get alternates(): RowReading[] {
		return (this.made ??= distinct([...this.readings, ...this.others()]).slice(
			this.readings.length
		));
	}
}

/** The indicator a reading gives (its levels assigned after). */
function draftOf({ parts, weight, score, note }: RowReading): IndicatorDraft {
	return {
		level1: null,
		level2: null,
		name: parts[0],
		target: parts[1] || null,
		actual: parts[2] || null,
		weight,
		score,
		note: note || null
	};
}

const CANONICAL_ROW: readonly IndicatorColumn[] = [
	'name',
	'target',
	'actual',
	'weight',
	'score',
	'note'
];

/** A row ending in its figures (weight and score, or the score) and a note: every reading. */
function cutWithFigures(rest: string, figures: number): RowCut | null {
	const tail = TAIL.exec(rest);
	if (!tail) return only([]);
	const [, head = '', digits = '', note = ''] = tail;
	if (head.length > MAX_HEAD || digits.length > FIGURES_RUN) return null;
	const heads = cutValues(head);
	if (figures === 1) {
		if (heads) return only(pairings(heads, [{ weight: null, score: digits }], note));
		// a bare actual glued to the score: `≥2800个` + `00.0` is 0 and 0.0
		const m = cutNameTarget(head);
		const cut = /^(0|[1-9]\d*)((?:0|[1-9]\d*)(?:\.\d+)?)$/.exec(digits);
		if (!m || !cut) return only([]);
		return only([{ parts: [m[0], m[1], cut[1] ?? ''], weight: null, score: cut[2] ?? '', note }]);
	}
	// the likeliest first: the values as the text cuts them with the score within its weight, a
	// bare actual glued to the figures, the score over its weight (a form's error validation
	// flags); the first of these that reads is kept, the later ones are alternates for the sums
	const split = splitWeightScore(digits);
	const bare = () => cutBareFigures(head, digits, note).slice(0, MAX_READINGS);
	const overWeight = () => {
		const over = heads ? splitOverWeight(digits) : null;
		return heads && over ? pairings(heads, over.options, note) : [];
	};
	const within = heads && split ? pairings(heads, split.options, note) : [];
	if (within.length) return { readings: within, alternates: () => [...bare(), ...overWeight()] };
	const bareFigures = bare();
	if (bareFigures.length) return { readings: bareFigures, alternates: overWeight };
	return only(overWeight());
}

/** A stand-in name before a target/actual pair, long enough for cutQualitative's word lengths. */
const NAME = '名'.repeat(8);

/** A weight (≤ 100, no leading zero) right after a name that ends in a word. */
function* weightsIn(head: string): Generator<{ index: number; weight: string }> {
	// (a figure after a date's 年 or 月 is the date's)
	for (const run of head.matchAll(/(?<=[^\d.%<>=])(?<!\d[年月])\d/g))
		for (const m of [/^(?:100|[1-9]\d?|0)(?:\.\d)?/, /^(?:[1-9]|0)/]) {
			const weight = m.exec(head.slice(run.index))?.[0];
			if (weight) yield { index: run.index, weight };
		}
}

/** The target | actual pairs after a weight: a placeholder target and a word, or `cutValues`'s. */
function pairsAfter(pair: string, strict: boolean): Head[] {
	const placeholder = /^([—\-/])([^\d].*)$/.exec(pair);
	if (placeholder) return [['', placeholder[1] ?? '', placeholder[2] ?? '']];
	const sure = cutQualitativeSure(`${NAME}${pair}`);
	// a worded shortfall after a worded target (`明显未达成`): the weight ended the name
	const achieved = ACHIEVED_WORDS.find(
		(w) => pair.endsWith(w) && /^[\u4e00-\u9fff]{2,6}$/.test(pair.slice(0, -w.length))
	);
	const short: Head | null = achieved ? [NAME, pair.slice(0, -achieved.length), achieved] : null;
	const heads =
		cutHead(`${NAME}${pair}`) ??
		(sure ? [sure] : short ? [short] : cutQualitativeGuess(`${NAME}${pair}`, !strict)) ??
		[];
	return heads.filter(
		(h) =>
			(strict ? h[0] === NAME : h[0].startsWith(NAME)) &&
			// no figure starts with a zero before a digit (`0100%` is the weight's 10 and 100%)
			!/^(?:[<>=]*)0\d/.test(h[1]) &&
			!/^0\d/.test(h[2])
	);
}

/**
 * A weight-first row, `name weight target actual score note` (`参训教师人数10>=1800人1835人10`):
 * the score and note off the end, then every place after the name where a weight is followed
 * by a target and an actual that read as a pair (a figure pair, a date pair, a placeholder target
 * and a word, or a qualitative pair), the first place first.
 */
function cutWeightFirst(rest: string): RowReading[] | null {
	const tail = TAIL.exec(rest);
	if (!tail) return [];
	const [, head = '', score = '', note = ''] = tail;
	if (head.length > MAX_HEAD || score.length > FIGURES_RUN) return null;
	for (const strict of [true, false]) {
		const out: RowReading[] = [];
		for (const m of weightsIn(head)) {
			const name = head.slice(0, m.index);
			if (!/[\u4e00-\u9fff]{2}/.test(name)) continue;
			for (const [, target, actual] of pairsAfter(head.slice(m.index + m.weight.length), strict))
				out.push({ parts: [name, target, actual], weight: m.weight, score, note });
		}
		if (out.length) return out.slice(0, MAX_READINGS);
	}
	// a bare actual glued to the score (`0>=2800个` + `00`: actual 0, score 0)
	const bare =
		/^(.*?[^\d.])(100|[1-9]\d?|0)(\d{4}年\D*\d.*\D|(?:>=|<=|=|>|<)?\d+(?:\.\d+)?[^\d.]{1,6})$/.exec(
			head
		);
	const cut = /^(0|[1-9]\d*)((?:0|[1-9]\d*)(?:\.\d+)?)$/.exec(score);
	if (!bare || !cut || !/[\u4e00-\u9fff]{2}/.test(bare[1] ?? '')) return [];
	return [
		{
			parts: [bare[1] ?? '', bare[3] ?? '', cut[1] ?? ''],
			weight: bare[2] ?? '',
			score: cut[2] ?? '',
			note
		}
	];
}

/**
 * A level label of the taxonomy's vocabulary at the start of a glued row (`项目管理(25分)`,
 * `投入管理`): the longest prefix that reads as one, with its printed length; null when none.
 */
/** A level label at the start of a glued row, with its printed length and whether with points. */
type PrefixLabel = LevelLabel & { printed: number; points: boolean };

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** A `)` where a level label with its points (`项目管理(25分)`) may end, at the row's start. */
const hasPoints = (text: string) => {
	const at = text.indexOf(')');
	return at >= 0 && at < 14;
};

/** The column header (`一级指标二级指标三级指标…`, its words in any wording, without figures). */
function isHeaderLine(rest: string): boolean {
	if (/^(?:一级|二级|三级|年度指标值)/.test(rest) || rest.includes('三级指标')) return true;
	return HEADER_WORDS.test(rest) && !/\d/.test(rest);
}
const CJK = /[\u4e00-\u9fff]/;

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

function levelPrefix(text: string): PrefixLabel | null {
	for (let end = Math.min(text.length - 2, 14); end >= 2; end--) {
		// (not up to the 指标 of a numbered name: `数量指标1:…` opens with 数量)
		if (isDigit(text.charCodeAt(end))) continue;
		const label = readLevelLabel(text.slice(0, end));
		if (label) return { ...label, printed: end, points: text[end - 1] === ')' };
	}
	return null;
}
