/**
 * Splits a run of glued indicator rows printed weight first (name, 分值, 年度指标值, 全年实际值,
 * 得分, 原因: 宁夏 [F021, F022]): `免费发放原原种8550万粒550万粒8` is 免费发放原原种 | 8 | 550万粒 |
 * 550万粒 | 8. Of every split, the one that fits best what a row must be: a weight of at most 100,
 * a score no more than the weight, an actual in the target's shape (the same text, the same unit,
 * or both answers such as 是 / 基本达到), full marks where the target was met, a note where points
 * were lost; a weight shared by the other rows of the table breaks ties.
 */
import { OCR_DIGIT_FIXES } from './templates/glued-labels.ts';

/** One row read from glued text. */
export interface WeightFirstRow {
	name: string;
	weight: string;
	target: string;
	actual: string;
	score: string;
	note: string;
}

interface Solved {
	rows: WeightFirstRow[];
	fit: number;
}

/** Answers printed as qualitative targets and actuals (data: the words forms use). */
const ANSWERS = new Set([
	'是',
	'否',
	'有',
	'无',
	'达到',
	'基本达到',
	'未达到',
	'完成',
	'基本完成',
	'已完成',
	'未完成',
	'及时',
	'较及时',
	'合格',
	'达标',
	'基本达标',
	'良好',
	'较好',
	'显著',
	'明显',
	'有效'
]);

const WEIGHT = /^(100|\d{1,2}(?:\.\d)?)/;
/** A score; OCR prints 1 and 0 as I, l, O, o (`IO` = 10). */
const SCORE = /^(100|\d{1,2}(?:\.\d+)?|[IlOo][IlOo0-9]?)(?![\d.%])/;
const DIGIT = /\d/;
/** A name: two ideographs at least, no percentage in it. */
const NAME = /^(?!.*%)(?=(?:.*[\u4e00-\u9fff]){2})/;
/** What a row must fit beyond this to count: more rows are not a better reading by number. */
const ROW_COST = 2;
/**
 * The longest name, and the longest target and actual together, a row is read with: bounds the
 * search to linear time in the run's length (a table level glued into one run of hundreds of
 * characters).
 */
const MAX_NAME = 60;
const MAX_VALUES = 80;
const PLACEHOLDER = /^[一\-—/]$/;

/** The unit a value ends with (`万粒`, `%`, `人`), or '' for a bare number or a text. */
function unitOf(value: string): string {
	const m = /\d([^\d]*)$/.exec(value);
	return m?.[1] ?? '';
}

/**
 * Reads a run of glued rows; null when no split reads as rows. `weight` is the weight most rows
 * of the table carry, when known.
 */
export function splitWeightFirstRun(text: string, weight?: string): WeightFirstRow[] | null {
	const memo = new Map<number, Solved | null>();
	return solveFrom(text, 0, weight, memo)?.rows ?? null;
}

function solveFrom(
	text: string,
	from: number,
	common: string | undefined,
	memo: Map<number, Solved | null>
): Solved | null {
	if (memo.has(from)) return memo.get(from) ?? null;
	let best: Solved | null = null;
	// the name ends where a number starts: a weight
	for (let p = from + 1; p < Math.min(text.length, from + MAX_NAME); p++) {
		if (!DIGIT.test(text[p] ?? '') || DIGIT.test(text[p - 1] ?? '')) continue;
		const name = text.slice(from, p);
		if (!NAME.test(name)) continue;
		for (const weight of weightsAt(text, p)) {
			const afterWeight = p + weight.length;
			for (let q = afterWeight + 1; q < Math.min(text.length, afterWeight + MAX_VALUES); q++) {
				const score = scoreAt(text, q);
				if (!score) continue;
				const end = q + score.length;
				const mid = text.slice(afterWeight, q);
				const split = bestSplit(name, weight, mid, score, common);
				if (!split) continue;
				const row = { row: split.row, fit: split.fit - ROW_COST };
				// what follows the score: the end, the next row, or this row's note
				const rest = end < text.length ? solveFrom(text, end, common, memo) : null;
				const asNote = { ...row.row, note: text.slice(end) };
				const candidates: Solved[] = [{ rows: [asNote], fit: row.fit + noteFit(asNote) }];
				if (rest) candidates.push({ rows: [row.row, ...rest.rows], fit: row.fit + rest.fit });
				for (const c of candidates) if (!best || c.fit > best.fit) best = c;
			}
		}
	}
	memo.set(from, best);
	return best;
}

function weightsAt(text: string, p: number): string[] {
	const out: string[] = [];
	for (let length = 1; length <= 4; length++) {
		const piece = text.slice(p, p + length);
		const m = WEIGHT.exec(piece);
		if (m && m[0] === piece && Number(piece) > 0) out.push(piece);
	}
	return out;
}

/** The score printed at q: not inside a number (`14.8`), followed by no digit, `.` or `%`. */
function scoreAt(text: string, q: number): string | null {
	if (DIGIT.test(text[q - 1] ?? '')) return null;
	if (text[q - 1] === '.' && DIGIT.test(text[q - 2] ?? '')) return null;
	const m = SCORE.exec(text.slice(q));
	return m ? (m[1] ?? null) : null;
}

/** The best cut of the values between weight and score into target and actual. */
function bestSplit(
	name: string,
	weight: string,
	mid: string,
	printedScore: string,
	common: string | undefined
): { row: WeightFirstRow; fit: number } | null {
	const score = printedScore.replace(/[IlOo]/g, (c) => OCR_DIGIT_FIXES[c] ?? c);
	if (!/^\d/.test(score) && !/^\d+(\.\d+)?$/.test(score)) return null;
	const [w, s] = [Number(weight), Number(score)];
	let best: { row: WeightFirstRow; fit: number } | null = null;
	for (let r = 0; r < mid.length; r++) {
		const [target, actual] = [mid.slice(0, r), mid.slice(r)];
		let fit = s <= w ? 2 : -5;
		if (common !== undefined && weight === common) fit += 1;
		if (PLACEHOLDER.test(target)) fit += 1;
		else if (!target) fit += 0.5;
		else if (target === actual) fit += 3;
		else if (unitOf(target) && unitOf(target) === unitOf(actual)) fit += 2;
		else if (ANSWERS.has(target) && ANSWERS.has(actual)) fit += 2;
		else fit -= 1;
		if (target === actual && s === w) fit += 1;
		const row = {
			name,
			weight,
			target: PLACEHOLDER.test(target) ? '' : target,
			actual,
			score,
			note: ''
		};
		if (!best || fit > best.fit) best = { row, fit };
	}
	return best;
}

/** A note belongs where points were lost; text after full marks is more likely a next row. */
function noteFit(row: WeightFirstRow): number {
	if (!row.note) return 0;
	if (DIGIT.test(row.note[0] ?? '')) return -5;
	return Number(row.score) < Number(row.weight) ? 0.5 : -1;
}
