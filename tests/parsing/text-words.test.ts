/**
 * Whitespace told by character code, and a text's words read without a regex: both must agree
 * with `\s` exactly, as the readers before them did.
 */
import { describe, expect, it } from 'vitest';
import { isWhitespace, words } from '../../src/lib/parsing/text.ts';

describe('isWhitespace', () => {
	it('agrees with \\s on every UTF-16 code unit', () => {
		const differ: number[] = [];
		for (let code = 0; code <= 0xffff; code++)
			if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
		expect(differ).toEqual([]);
	});
});

describe('words', () => {
	it('reads the words between runs of any whitespace', () =>
		expect(words('\u3000项目名称 \t 某项目\u00a0主管部门\u2003上海市 ')).toEqual([
			'项目名称',
			'某项目',
			'主管部门',
			'上海市'
		]));

	it('reads a text without whitespace as one word and a blank text as none', () =>
		expect([words('预算执行率100%'), words(' \u00a0 '), words('')]).toEqual([
			['预算执行率100%'],
			[],
			[]
		]));
});
