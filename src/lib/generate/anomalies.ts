/**
 * Deliberate arithmetic errors, as real forms have them (domain.md §4.6), and the warnings a
 * validator should raise for them: a printed rate that contradicts the amounts, a total that is
 * not the sum of the scores, an indicator scored above its weight. Also the warnings for what
 * the data itself shows (lost points without a note, spending above the budget).
 */
import type { FormRecord, FormWarning } from '../model/form.ts';
import { Dec, plain } from './money.ts';
import type { Random } from './random.ts';

export type ArithmeticError = 'rate_mismatch' | 'score_sum_mismatch' | 'score_over_weight';

/** The printed total: funds score plus every indicator score. */
export function sumOfScores(record: FormRecord): Dec {
	const funds = new Dec(record.funds[0]?.score ?? 0);
	return record.indicators.reduce((sum, i) => sum.plus(i.score ?? 0), funds);
}

function misprintRate(random: Random, record: FormRecord): string {
	const total = record.funds[0]!;
	const rate = new Dec(total.rate ?? 0);
	const initial = new Dec(total.initial ?? 0);
	const executed = new Dec(total.executed ?? 0);
	// the classic slip: executed / 年初 instead of executed / 全年
	if (initial.gt(0) && random.chance(0.5)) {
		const wrong = executed.mul(100).div(initial).toDecimalPlaces(2);
		if (wrong.minus(rate).abs().gt(1)) return `${wrong.toFixed(2)}; executed / initial budget`;
	}
	const off = new Dec(random.int(2, 25)).mul(rate.gt(50) ? -1 : 1);
	return `${rate.plus(off).toFixed(2)}; off by ${plain(off.abs())} points`;
}

/** Puts one arithmetic error into a finished record and returns the warning it deserves. */
export function injectError(
	random: Random,
	record: FormRecord,
	kind: ArithmeticError
): FormWarning {
	const total = record.funds[0]!;
	if (kind === 'rate_mismatch') {
		const [printed = '', how] = misprintRate(random, record).split('; ');
		const message = `printed rate ${printed}% differs from executed / adjusted ${total.rate}% (${how})`;
		total.rate = printed;
		return { code: kind, message };
	}
	if (kind === 'score_over_weight') {
		const heavy = record.indicators.filter((i) => new Dec(i.weight ?? 0).gte(5));
		const target = heavy.length ? random.pick(heavy) : record.indicators[0]!;
		target.score = plain(new Dec(target.weight ?? 0).plus(random.int(1, 5)));
		// a form that prints no total (河北, the transfer forms) still prints none
		if (record.total_score !== null) record.total_score = plain(sumOfScores(record));
		return {
			code: kind,
			message: `${target.name}: score ${target.score} above weight ${target.weight}`
		};
	}
	const sum = sumOfScores(record);
	const funds = new Dec(total.score ?? 0);
	const wrong =
		funds.gt(0) && random.chance(0.4)
			? sum.minus(funds)
			: sum.plus(random.pick([-5, -2, -1, 1, 2, 3]));
	record.total_score = plain(wrong);
	return {
		code: kind,
		message: `printed total ${record.total_score} differs from funds score + indicator scores ${plain(sum)}`
	};
}

/** The warnings the data shows without any injected error. */
export function dataWarnings(record: FormRecord): FormWarning[] {
	const warnings: FormWarning[] = [];
	const total = record.funds[0];
	if (total && new Dec(total.executed ?? 0).gt(total.adjusted ?? 0))
		warnings.push({
			code: 'executed_over_budget',
			message: `executed ${total.executed} above the adjusted budget ${total.adjusted}`
		});
	for (const i of record.indicators)
		if (new Dec(i.score ?? 0).lt(i.weight ?? 0) && i.note === null)
			warnings.push({ code: 'missing_note', message: `${i.name}: lost points without a note` });
	return warnings;
}
