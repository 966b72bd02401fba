/**
 * The characters a label vocabulary is written in, read off its patterns: the header reader
 * answers "no label" from a cell's first character with it, so it must hold every character a
 * label can start with, and refuse patterns it cannot read.
 */
import { describe, expect, it } from 'vitest';
import { labelAlphabet } from '../../src/lib/parsing/label-alphabet.ts';
import { HEADER_LABELS, LABEL_NUMBERING } from '../../src/lib/parsing/templates/labels.ts';

const chars = (set: ReadonlySet<number> | null) =>
	set && [...set].map((c) => String.fromCharCode(c)).join('');

describe('labelAlphabet', () => {
	it('holds the literal characters of every branch, escaped ones included', () =>
		expect(chars(labelAlphabet([/^(项目|专项)(名称|全称)[:]?$/, /^实施\(主管\)单位$/]))).toBe(
			'项目专名称全:实施(主管)单位'
		));

	it('holds the ten digits for \\d and skips quantifiers and group openings', () =>
		expect(chars(labelAlphabet([/^(?:第\d{1,2}(?!\d))/]))).toBe('第0123456789'));

	it('reads the numbering a label may carry', () =>
		expect(chars(labelAlphabet([LABEL_NUMBERING]))).toBe('一二三四五六七八九十、.0123456789()'));

	it('holds the first character of every header label of the vocabulary', () => {
		const alphabet = labelAlphabet(HEADER_LABELS.map(([p]) => p));
		const labels = [
			'项目名称',
			'专项资金名称',
			'政策(项目)名称',
			'中央主管部门',
			'主管单位',
			'实施单位',
			'资金使用单位',
			'预算部门单位名称',
			'部门',
			'单位名称'
		];
		expect(labels.filter((l) => !alphabet?.has(l.charCodeAt(0)))).toEqual([]);
	});

	it('refuses a branch not anchored at its start', () =>
		expect(labelAlphabet([/^项目名称$|名称$/])).toBeNull());

	it('refuses any character, a range, a negated class, a class by name and flags', () =>
		expect(
			[/^项.名称/, /^[一-十]、/, /^[^项]目/, /^\s*项目/, /^项目/i].map((p) => labelAlphabet([p]))
		).toEqual([null, null, null, null, null]));
});
