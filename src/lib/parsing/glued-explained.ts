/**
 * 河北's indicator rows glued one per line: name, 指标解释 (`反映…`), target (符号 值 单位), actual,
 * 完成情况, 单项指标得分, 权重占比(%), 单项指标折算得分 —
 * `教师培训覆盖学校数反映教师培训覆盖学校数情况≥12所15所完成15.0015.002.25`. The three figures are
 * cut where 折算得分 = 得分 × 权重占比 / 100 at its printed precision and 得分 ≤ 权重 ≤ 100; the
 * explanation opens with 反映 (the national framework's wording), and its end, the target and the
 * actual are cut as any glued row's. Every reading the text allows is returned.
 */
import Decimal from 'decimal.js';
import { halfUnit } from './arithmetic.ts';
import { cutBareActual, cutHead, cutValues, MAX_HEAD, type Head } from './glued-cuts.ts';
import { EXPLANATION_START } from './templates/columns.ts';

/** The row's values, its 完成情况 word and its three figures at the end. */
const DONE = /^(.*?)((?:未|基本|部分|超额)?完成)([\d.]+)$/;
const FIGURE = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
/**
 * The longest 得分 | 权重 | 折算得分 glued (three figures of at most 3 whole digits and 6 decimals):
 * a longer run is no such three, and is not cut at each pair of places (cubic: 37 s on 2,000
 * digits).
 */
const FIGURES_CHARS = 30;

/** 得分 | 权重 | 折算得分 cuts of glued figures (`15.0015.002.25`) that the arithmetic allows. */
export function splitExplainedFigures(digits: string): Array<{ score: string; weight: string }> {
	if (digits.length > FIGURES_CHARS) return [];
	const within = explainedFigures(digits, false);
	// a score over its weight (a form's error validation flags) only where none keeps within
	return within.length ? within : explainedFigures(digits, true);
}

/** The cuts whose score is within its weight, or (`over`) above it and at most twice it. */
function explainedFigures(digits: string, over: boolean) {
	const out: Array<{ score: string; weight: string }> = [];
	for (let i = 1; i < digits.length - 1; i++) {
		const score = digits.slice(0, i);
		if (!FIGURE.test(score)) continue;
		for (let j = i + 1; j < digits.length; j++) {
			const [weight, scaled] = [digits.slice(i, j), digits.slice(j)];
			if (!FIGURE.test(weight) || !FIGURE.test(scaled)) continue;
			if (fitsByFloat(score, weight, scaled, over) ?? fits(score, weight, scaled, over))
				out.push({ score, weight });
		}
	}
	return out;
}

/** 折算得分 = 得分 × 权重 / 100 at its printed precision, the score within its weight (or over). */
function fits(score: string, weight: string, scaled: string, over: boolean): boolean {
	const [s, w] = [new Decimal(score), new Decimal(weight)];
	if (w.gt(100) || (over ? s.lte(w) || s.gt(w.times(2)) : s.gt(w))) return false;
	const expected = s.times(w).dividedBy(100);
	return expected
		.minus(scaled)
		.abs()
		.lte(Decimal.max(halfUnit(scaled), '0.005'));
}

/** Figures of up to this many characters read as floats keep their order exactly. */
const FLOAT_CHARS = 15;

/**
 * `fits` by floats where they decide it: the comparisons exact for figures this short, the
 * product's distance from the printed figure far from the tolerance (most cuts are off by far);
 * undefined near the edge, for decimal.js.
 */
function fitsByFloat(
	score: string,
	weight: string,
	scaled: string,
	over: boolean
): boolean | undefined {
	if (Math.max(score.length, weight.length, scaled.length) > FLOAT_CHARS) return undefined;
	const [s, w, c] = [Number(score), Number(weight), Number(scaled)];
	if (w > 100 || (over ? s <= w || s > 2 * w : s > w)) return false;
	const expected = (s * w) / 100;
	const dot = scaled.indexOf('.');
	const tolerance = Math.max(0.5 * 10 ** -(dot < 0 ? 0 : scaled.length - dot - 1), 0.005);
	const margin = 1e-9 * (Math.abs(expected) + Math.abs(c) + 1);
	const distance = Math.abs(expected - c);
	if (distance > tolerance + margin) return false;
	if (distance < tolerance - margin) return true;
	return undefined;
}

/**
 * Every reading of a 河北 row: name | target | actual, weight and score; none when it is not one,
 * null when it is longer than any row prints (MAX_HEAD, FIGURES_CHARS: not cut).
 */
export function cutExplainedRow(
	rest: string
): Array<{ parts: Head; weight: string; score: string; note: string }> | null {
	const m = DONE.exec(rest);
	if (!m) return [];
	const [, head = '', , digits = ''] = m;
	if (head.length > MAX_HEAD || digits.length > FIGURES_CHARS) return null;
	const figures = splitExplainedFigures(digits);
	const at = head.search(/反映/);
	if (at < 2 || !figures.length) return [];
	const name = head.slice(0, at);
	const text = head.slice(at);
	// a bare actual after a target with its unit (`≥2800个` `0`: none were built)
	const bare = cutHead(text) ? null : cutBareActual(text);
	const values = (bare ? [bare] : (cutValues(text) ?? [])).filter((h) =>
		EXPLANATION_START.test(h[0])
	);
	return values.flatMap(([, target, actual]) =>
		figures.map((f) => ({ parts: [name, target, actual] as Head, ...f, note: '' }))
	);
}
