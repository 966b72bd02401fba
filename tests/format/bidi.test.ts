import { describe, expect, it } from 'vitest';
import { showBidiControls, stripBidiControls } from '../../src/lib/format/bidi.ts';

describe('stripBidiControls', () => {
	it('removes a right-to-left override and its pop', () => {
		expect(stripBidiControls('项目\u202e甲乙丙\u202c名称')).toBe('项目甲乙丙名称');
	});

	it('removes isolates and marks too', () => {
		expect(stripBidiControls('\u2066a\u2069\u200e\u200fb\u061c')).toBe('ab');
	});
});

describe('showBidiControls', () => {
	it('writes an override out so ‮gnp.txt cannot pose as txt.png', () => {
		expect(showBidiControls('\u202egnp.txt')).toBe('[U+202E]gnp.txt');
	});
});
