/**
 * A printed label's decorations taken off: list numbering by withoutNumbering (the one strip
 * findLabel and labelCore share), then units and colons by labelCore; a numbered sentence (a goal
 * item) is no label.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/lib/parsing/cells.ts';
import { findLabel } from '../../src/lib/parsing/cells.ts';
import { labelCore, withoutNumbering } from '../../src/lib/parsing/label-core.ts';

describe('withoutNumbering', () => {
	it('takes `1.` off a numbered label', () =>
		expect(withoutNumbering('1.年度总体目标')).toBe('年度总体目标'));

	it('takes `一、` off and keeps what follows the words', () =>
		expect(withoutNumbering('一、项目资金(万元)')).toBe('项目资金(万元)'));

	it('keeps a numbered sentence whole (a goal item, PDF text with a half-width comma)', () =>
		expect(withoutNumbering('1.项目资金使用规范,保障工作')).toBe('1.项目资金使用规范,保障工作'));

	it('keeps a figure whole', () => expect(withoutNumbering('14358.288')).toBe('14358.288'));
});

describe('labelCore', () => {
	it('takes the numbering, the unit and the colon off', () =>
		expect(labelCore('一、项目资金(万元):')).toBe('项目资金'));

	it('reads no label in a numbered sentence', () =>
		expect(labelCore('1.项目资金使用规范，保障工作')).toBeNull());
});

describe('findLabel', () => {
	const cells = (texts: string[]): Cell[] => texts.map((text, line) => ({ text, line }));

	it('finds the anchor after its numbering, past a numbered goal item', () =>
		expect(
			findLabel(cells(['1.项目资金使用规范，保障工作', '一、项目资金(万元)']), /^(项目资金)/)
		).toEqual({ start: 1, end: 2 }));
});
