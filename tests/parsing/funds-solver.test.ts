/** The funds total row chosen by the form's own arithmetic (funds-solver.ts). */
import { describe, expect, it } from 'vitest';
import { solveTotalRow } from '../../src/lib/parsing/funds-solver.ts';

describe('solveTotalRow', () => {
	it('keeps numbers printed in column order in their columns', () => {
		expect(
			solveTotalRow(['250000.00', '250000.00', '215457.6', '10', '8.62'], '86.19').row
		).toEqual({
			initial: '250000.00',
			adjusted: '250000.00',
			executed: '215457.6',
			weight: '10',
			score: '8.62'
		});
	});

	it('finds the executed amount and the weight printed after the score', () => {
		// 9,034 / 20,000 = 45.17 %; 10 × 45.17 % = 4.52
		expect(solveTotalRow(['20000.00', '20000.00', '4.52', '9034', '10'], '45.17').row).toEqual({
			initial: '20000.00',
			adjusted: '20000.00',
			executed: '9034',
			weight: '10',
			score: '4.52'
		});
	});

	it('fits a rounded rate at its printed precision', () => {
		// 372.4 / 432 = 86.20 %, printed 86; the unit graded the score 9
		expect(solveTotalRow(['432', '432', '372.4', '10', '9'], '86').row).toMatchObject({
			adjusted: '432',
			executed: '372.4',
			weight: '10',
			score: '9'
		});
	});

	it('fits a better reading ahead of one that keeps every number', () => {
		const solved = solveTotalRow(['20000.00', '20000.00', '4.52', '9034', '10', '0'], '45.17');
		expect(solved.row.executed).toBe('9034');
	});
});
