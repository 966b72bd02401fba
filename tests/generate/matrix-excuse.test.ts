/** The matrix excuses a missed value only by a split_guess on its own row naming it exactly. */
import { describe, expect, it } from 'vitest';
import type { FormRecord, FormWarning } from '../../src/lib/model/form.ts';
import { splitGuess } from '../../src/lib/parsing/split-guess.ts';
import { excused } from './matrix.ts';

const record = { amount_unit: '万元', warnings: [] } as unknown as FormRecord;
const parsed = (...warnings: FormWarning[]) => ({ ...record, warnings }) as FormRecord;
const fundsGuess = splitGuess('funds.total', '资金行', [
	{ initial: '53.27', adjusted: '353.27', executed: '353.2686', rate: '100.00%' },
	{ initial: '53.273', adjusted: '53.273', executed: '53.2686', rate: '100.00%' }
]);
const goalsGuess = splitGuess('goals', '目标', [
	{ target: '完成培训。', actual: '2021年，完成培训1000人。' },
	{ target: '完成培训。2021年，', actual: '完成培训1000人。' }
]);

describe('excused', () => {
	it('excuses an amount a candidate of its own funds row names (in the printed unit)', () =>
		expect(
			excused(
				{ field: 'funds.total.adjusted', expected: '532730', actual: '3532700' },
				record,
				parsed(fundsGuess)
			)
		).toBe(true));

	it('does not excuse the same amount missed on another funds row', () =>
		expect(
			excused(
				{ field: 'funds.appropriation.adjusted', expected: '532730', actual: '3532700' },
				record,
				parsed(fundsGuess)
			)
		).toBe(false));

	it('does not excuse a value no candidate names exactly', () =>
		expect(
			excused(
				{ field: 'funds.total.adjusted', expected: '532700', actual: '3532700' },
				record,
				parsed(fundsGuess)
			)
		).toBe(false));

	it('excuses a goal text one candidate reading names whole', () =>
		expect(
			excused(
				{ field: 'goals.actual', expected: '2021年，完成培训1000人。', actual: '完成培训1000人。' },
				record,
				parsed(goalsGuess)
			)
		).toBe(true));

	it('does not excuse a goal text that a warning merely contains', () =>
		expect(
			excused(
				{ field: 'goals.actual', expected: '完成培训', actual: '完成培训1000人。' },
				record,
				parsed(goalsGuess)
			)
		).toBe(false));

	it('does not excuse a field outside a row (the project name)', () =>
		expect(
			excused(
				{ field: 'project', expected: '完成培训', actual: '培训' },
				record,
				parsed(goalsGuess)
			)
		).toBe(false));
});
