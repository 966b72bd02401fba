/**
 * Glued indicator rows of the department templates that end each row with a score coefficient,
 * the weight and score, and a 是/否 core flag (重庆 部门整体: 指标名称 | 计量单位 | 指标性质 |
 * 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重 | 指标得分 | 是否核心指标), OCR'd into
 * one run: `财政供养人员控制率%定量指标100%92%100%22否`. Rows are found from their ends, which
 * the coefficient and the flag make sure; weight and score are split by score = weight ×
 * coefficient; the rest is cut from its end: actual, target, the 指标性质 words, the unit.
 */
import Decimal from 'decimal.js';
import type { FormWarning } from '../model/form.ts';
import type { Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { GLUED_CUT_LABELS, OCR_DIGIT_FIXES, VALUE_UNITS } from './templates/glued-labels.ts';
import { compact } from './text.ts';

const ROW_END = /((?:[1-9]\d*|0)(?:\.\d+)?)%(\d{2,6}(?:\.\d+)?)(是|否)/g;
const UNIT = `(?:%|${VALUE_UNITS.join('|')})`;
/** OCR'd comparators before a target (`到0次`, `第O份` for ≥): domain.md §4.10. */
const VALUE = `(?:[<>]=?|=|[到第工^W])?[\\dOIl]+(?:\\.\\d+)?${UNIT}?`;
const ACTUAL = new RegExp(`(${VALUE})$`);
const PAIR = /([\u4e00-\u9fff]{1,3})\1$/;
/** 指标性质 as printed, or its four characters scrambled by OCR (`性标定指`). */
const NATURE = /(定量指标|定性指标|(?=[定性量指标]{4}$)(?=.*定)(?=.*指)[定性量指标]{4})$/;

/** True when at least three rows of the block end in coefficient, weight+score and 是/否. */
export function hasFlaggedRows(cells: readonly Cell[]): boolean {
	// (a block without a 是 or 否 has no row ending in one: nothing to join)
	if (!cells.some((c) => c.text.includes('是') || c.text.includes('否'))) return false;
	const text = cells.map((c) => compact(c.text)).join('');
	return (text.match(ROW_END)?.length ?? 0) >= 3;
}

/** Weight and score glued (`1010`): the split whose score = weight × coefficient, else halves. */
function splitWeightScore(digits: string, coefficient: string): [string, string] {
	let best: [string, string] | null = null;
	for (let k = 1; k < digits.length; k++) {
		const [w, s] = [digits.slice(0, k), digits.slice(k)];
		if (/^0\d|\.$/.test(w) || /^0\d|^\./.test(s)) continue;
		const expected = new Decimal(w).times(coefficient).dividedBy(100);
		if (expected.minus(s).abs().lessThanOrEqualTo(0.05)) {
			// of the splits that fit, the one with the most even lengths
			if (!best || Math.abs(w.length - s.length) < Math.abs(best[0].length - best[1].length))
				best = [w, s];
		}
	}
	const half = Math.ceil(digits.length / 2);
	return best ?? [digits.slice(0, half), digits.slice(half)];
}

const digitsOf = (text: string) =>
	text.replace(/[OIl](?=[\dOIl.]*(?:%|[\u4e00-\u9fff]|$))/g, (c) => OCR_DIGIT_FIXES[c] ?? c);

/** Cuts what precedes the coefficient: name, unit, 指标性质, target, actual. */
function cutHead(head: string): { name: string; target: string | null; actual: string | null } {
	let rest = head;
	let target: string | null = null;
	let actual: string | null = null;
	const pair = PAIR.exec(rest);
	if (pair?.[1] && rest.length > pair[0].length + 1) {
		target = actual = pair[1];
		rest = rest.slice(0, -pair[0].length);
	} else {
		const a = ACTUAL.exec(rest);
		if (a?.[1] && /\d/.test(digitsOf(a[1]))) {
			actual = a[1];
			rest = rest.slice(0, -a[1].length);
			const t = ACTUAL.exec(rest);
			if (t?.[1] && /\d/.test(digitsOf(t[1]))) {
				target = t[1];
				rest = rest.slice(0, -t[1].length);
			}
		}
	}
	rest = rest.replace(NATURE, '');
	// the unit column: its own unit, or glyphs OCR made of it (`tot扁` for 篇)
	const unit = actual ? (new RegExp(`${UNIT}$`).exec(actual)?.[0] ?? '') : '';
	if (unit && rest.endsWith(unit)) rest = rest.slice(0, -unit.length);
	else rest = rest.replace(/%$|[A-Za-z]+[\u4e00-\u9fff]?$/, '');
	const clean = (v: string | null) => (v === null ? null : digitsOf(v));
	return { name: rest, target: clean(target), actual: clean(actual) };
}

/** Reads the rows; text that ends in no row is kept as a warning. */
export function readFlaggedRows(cells: readonly Cell[], warnings: FormWarning[]): IndicatorDraft[] {
	const text = cells.map((c) => compact(c.text)).join('');
	const drafts: IndicatorDraft[] = [];
	let from = 0;
	for (const m of text.matchAll(ROW_END)) {
		const [whole, coefficient = '100', digits = '', flag] = m;
		// a header label reprinted after a page break (绩效指标) ends up before a row's name
		const head = text.slice(from, m.index);
		let start = 0;
		for (const label of head.matchAll(GLUED_CUT_LABELS)) start = label.index + label[0].length;
		const { name, target, actual } = cutHead(head.slice(start));
		const [weight, score] = splitWeightScore(digits, coefficient);
		from = m.index + whole.length;
		warnings.push({
			code: 'split_guess',
			message: `粘连指标行拆分为 ${[name, target, actual, coefficient + '%', weight, score, flag].join(' | ')}`,
			text: whole
		});
		// a core indicator (是) is marked as the record marks it: by a ★ on its name
		drafts.push({
			level1: null,
			level2: null,
			name: (flag === '是' ? '★' : '') + name,
			target,
			actual,
			weight,
			score,
			note: null
		});
	}
	const rest = text.slice(from);
	if (rest) warnings.push({ code: 'unplaced_text', message: '粘连的指标文字未能读出', text: rest });
	return drafts;
}
