import { describe, expect, it } from 'vitest';
import { readGluedRow, splitGluedRow } from '../../src/lib/parsing/glued-row.ts';
import { GOALS_ANCHOR } from '../../src/lib/parsing/templates/labels.ts';
import type { FundColumn } from '../../src/lib/parsing/templates/labels.ts';

const MOF: FundColumn[] = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];

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
	it('names the glued run in a split_guess warning', () => {
		const warnings: Array<{ code: string; text?: string }> = [];
		splitGluedRow(['1031.001031.0010100.00%10'], MOF, warnings as never);
		expect(warnings).toEqual([
			expect.objectContaining({ code: 'split_guess', text: '1031.001031.0010100.00%10' })
		]);
	});

	it('leaves a value that reads as one number to the other readers', () =>
		expect(splitGluedRow(['1031.00'], MOF, [])).toBeNull());
});

describe('the goals anchor', () => {
	it('is found glued to both column headers', () =>
		expect(GOALS_ANCHOR.test('年度总体目标年初设定目标全年实际完成情况')).toBe(true));

	it('is not Sichuan’s 项目基本情况 alone', () =>
		expect(GOALS_ANCHOR.test('项目基本情况')).toBe(false));
});
