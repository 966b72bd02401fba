/**
 * Every reading of a glued indicator row printed weight first (安徽, 宁夏: name, 分值, target,
 * actual, 得分, note — `参训教师人数10>=1800人1835人10`).
 */
import {
	cutHead,
	cutQualitativeGuess,
	cutQualitativeSure,
	FIGURES_RUN,
	MAX_HEAD,
	type Head
} from './glued-cuts.ts';
import { MAX_READINGS, TAIL, type RowReading } from './glued-readings.ts';
import { ACHIEVED_WORDS } from './templates/glued-labels.ts';

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
export function cutWeightFirst(rest: string): RowReading[] | null {
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
