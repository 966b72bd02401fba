import { describe, expect, it } from 'vitest';
import { warningLabel, warningSource } from '../../src/lib/model/warning-labels.ts';

describe('warningLabel', () => {
	it('names a rate mismatch 执行率与金额不符', () => {
		expect(warningLabel('rate_mismatch')).toBe('执行率与金额不符');
	});

	it('names a glued-cell split 粘连单元格按算术拆分', () => {
		expect(warningLabel('split_guess')).toBe('粘连单元格按算术拆分');
	});

	it('names an unknown code with the code itself', () => {
		expect(warningLabel('new_check')).toBe('其他问题（new_check）');
	});
});

describe('warningSource', () => {
	it('calls a score above its weight a problem of the form', () => {
		expect(warningSource('score_over_weight')).toBe('form');
	});

	it('calls unplaced text a problem of reading the file', () => {
		expect(warningSource('unplaced_text')).toBe('reading');
	});
});
