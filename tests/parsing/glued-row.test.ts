import { describe, expect, it } from 'vitest';
import { readGluedRow, splitGluedRow } from '../../src/lib/parsing/glued-row.ts';
import { settleGluedRows, type FundRowRead } from '../../src/lib/parsing/glued-funds.ts';
import type { FormWarning, FundSource } from '../../src/lib/model/form.ts';
import { GOALS_ANCHOR } from '../../src/lib/parsing/templates/labels.ts';
import type { FundColumn } from '../../src/lib/parsing/templates/labels.ts';

const MOF: FundColumn[] = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];
const SC: FundColumn[] = ['initial', 'adjusted', 'executed', 'rate', 'weight', 'score'];

describe('readGluedRow', () => {
	it('leaves 年初 blank where the rate and the score say so (万元, 4 decimals)', () =>
		expect(readGluedRow('53.27353.268610100.00%10', MOF)?.row).toEqual([
			'',
			'53.273',
			'53.2686',
			'10',
			'100.00%',
			'10'
		]));

	it('reads a misprinted rate by the score the amounts give', () =>
		expect(readGluedRow('1464.001462.8011095.92%9.99', MOF)?.row).toEqual([
			'',
			'1464.00',
			'1462.801',
			'10',
			'95.92%',
			'9.99'
		]));

	it('reads a breakdown row within its total, blank where the total is blank', () =>
		expect(
			readGluedRow('645.9215645.9215', MOF, ['', '1031.00', '1031.00', '10', '100.00%', '10'])?.row
		).toEqual(['', '645.9215', '645.9215', '', '', '']));

	it('reads a breakdown row of two amounts as 年初 and 全年, the executed amount blank', () =>
		expect(
			readGluedRow('1661.002100.33', MOF, [
				'1661.00',
				'2100.33',
				'2095.5665',
				'10',
				'99.78%',
				'9.98'
			])?.row
		).toEqual(['1661.00', '2100.33', '', '', '', '']));
});

describe('splitGluedRow', () => {
	it('reads a run one way only when its arithmetic leaves one reading (100.00%: executed printed)', () =>
		expect(splitGluedRow(['1031.001031.0010100.00%10'], MOF)).toEqual({
			row: ['', '1031.00', '1031.00', '10', '100.00%', '10'],
			candidates: [['', '1031.00', '1031.00', '10', '100.00%', '10']]
		}));

	it('keeps every reading as consistent as the kept one (both at 100.00%)', () =>
		expect(splitGluedRow(['53.27353.27353.2686100.00%1010'], SC)?.candidates).toEqual([
			['53.27', '353.27', '353.2686', '100.00%', '10', '10'],
			['53.273', '53.273', '53.2686', '100.00%', '10', '10']
		]));

	it('reads no amount in 元 beyond the fen', () =>
		expect(
			splitGluedRow(['169800000.00143582880.00143582880.0010100.00%10'], MOF, undefined, 2)
				?.candidates
		).toEqual([['169800000.00', '143582880.00', '143582880.00', '10', '100.00%', '10']]));

	it('leaves a value that reads as one number to the other readers', () =>
		expect(splitGluedRow(['1031.00'], MOF)).toBeNull());
});

describe('settleGluedRows', () => {
	const rows = (): FundRowRead[] =>
		[
			['total', '2677.004790.764539.65711094.76%9.48'],
			['appropriation', '2677.003750.6863554.083'],
			['carryover', '0.001040.074985.5741']
		].reduce<FundRowRead[]>((out, [source = '', run = '']) => {
			// a breakdown row is read within its total, as readFunds reads it
			const read = splitGluedRow([run], MOF, out[0]?.values)!;
			return [...out, { source: source as FundSource, values: read.row, glued: { run, ...read } }];
		}, []);

	it('takes the breakdown readings that add up to the total (1040.074 | 985.5741)', () => {
		const read = rows();
		settleGluedRows(read, MOF, []);
		expect(read[2]?.values).toEqual(['0.00', '1040.074', '985.5741', '', '', '']);
	});

	it('warns for no row the sums decide', () => {
		const warnings: FormWarning[] = [];
		settleGluedRows(rows(), MOF, warnings);
		expect(warnings).toEqual([]);
	});

	it('names the row and both readings where the sums cannot decide', () => {
		const run = '53.27353.27353.2686100.00%1010';
		const read = splitGluedRow([run], SC)!;
		const warnings: FormWarning[] = [];
		settleGluedRows([{ source: 'total', values: read.row, glued: { run, ...read } }], SC, warnings);
		expect(warnings).toEqual([
			expect.objectContaining({
				code: 'split_guess',
				field: 'funds.total',
				candidates: [
					{
						initial: '53.27',
						adjusted: '353.27',
						executed: '353.2686',
						rate: '100.00%',
						weight: '10',
						score: '10'
					},
					{
						initial: '53.273',
						adjusted: '53.273',
						executed: '53.2686',
						rate: '100.00%',
						weight: '10',
						score: '10'
					}
				]
			})
		]);
	});
});

describe('the goals anchor', () => {
	it('is found glued to both column headers', () =>
		expect(GOALS_ANCHOR.test('年度总体目标年初设定目标全年实际完成情况')).toBe(true));

	it('is not Sichuan’s 项目基本情况 alone', () =>
		expect(GOALS_ANCHOR.test('项目基本情况')).toBe(false));
});
