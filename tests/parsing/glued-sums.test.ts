import { describe, expect, it } from 'vitest';
import type { FormWarning } from '../../src/lib/model/form.ts';
import { readGluedRows } from '../../src/lib/parsing/indicators-glued.ts';
import { settleBySums } from '../../src/lib/parsing/glued-sums.ts';
import type { FormSums } from '../../src/lib/parsing/readings.ts';

const sums = (weight: string | null, score: string | null, funds = ['10', '9.5']): FormSums => ({
	weight,
	score,
	funds: { source: 'total', weight: funds[0] ?? null, score: funds[1] ?? null } as FormSums['funds']
});
const rows = (...lines: string[]) => lines.map((text, line) => ({ text, line }));
/** Three glued rows whose weights add up to 90: the last one's `510` is 5 | 10 or 51 | 0. */
const LINES = [
	'产出指标数量指标完成里程>=63公里73公里4545',
	'效益指标社会效益指标道路通行效率有效提升有效提升4040',
	'满意度指标服务对象满意度指标乘客满意度>=90%93.2%510'
];

describe('settleBySums', () => {
	it('leaves rows that add up to the printed totals as first read', () =>
		expect(
			settleBySums(
				[{ readings: [{ weight: '90', score: '80' }], alternates: [{ weight: '9', score: '0' }] }],
				sums('100', '89.5')
			)
		).toBeNull());

	it('takes the alternate reading the printed total weight and score call for', () =>
		expect(
			settleBySums(
				[
					{ readings: [{ weight: '85', score: '80' }], alternates: [] },
					{ readings: [{ weight: '51', score: '0' }], alternates: [{ weight: '5', score: '10' }] }
				],
				sums('100', '99.5')
			)
		).toEqual([[{ weight: '85', score: '80' }], [{ weight: '5', score: '10' }]]));

	it('changes nothing when no reading adds up (a form whose total is misprinted)', () =>
		expect(
			settleBySums(
				[{ readings: [{ weight: '51', score: '0' }], alternates: [{ weight: '5', score: '10' }] }],
				sums('100', '50')
			)
		).toBeNull());
});

describe('readGluedRows with the form’s sums', () => {
	it('reads `510` within the weight when the form prints no total', () =>
		expect(readGluedRows(rows(...LINES), [])[2]).toMatchObject({ weight: '51', score: '0' }));

	it('reads `510` as a score of 10 over a weight of 5 where the total weight says so', () => {
		const warnings: FormWarning[] = [];
		const read = readGluedRows(rows(...LINES), warnings, undefined, sums('100', '104.5'));
		expect(read[2]).toMatchObject({ name: '乘客满意度', weight: '5', score: '10' });
		expect(warnings).toEqual([]);
	});

	it('reads a score over its weight after a date pair, not a bare actual inside the dates', () =>
		expect(
			readGluedRows(
				rows(
					'产出指标数量指标完成里程>=63公里73公里4040',
					'时效指标按期完成2021年12月31日前完成2021年12月完成1516',
					'满意度指标服务对象满意度指标乘客满意度>=90%93.2%3535'
				),
				[],
				undefined,
				sums('100', '100.5')
			)[1]
		).toMatchObject({
			target: '2021年12月31日前完成',
			actual: '2021年12月完成',
			weight: '15',
			score: '16'
		}));
});
