/**
 * joinWrapped builds a cell's text from its wrapped lines once (it joined each line onto the
 * whole text so far: seconds on 10,000 lines): the same text as that definition, on random lines
 * of CJK, Latin, numbers split across lines, runs of spaces and blank lines.
 */
import { describe, expect, it } from 'vitest';
import { joinText } from '../../src/lib/parsing/text.ts';
import { joinWrapped } from '../../src/lib/parsing/wrap-groups.ts';

/** The definition: each line joined onto the text so far, a number's pieces glued. */
function joinWrappedByDefinition(lines: readonly string[]): string {
	let out = '';
	for (const line of lines) {
		const part = line.trim();
		if (out && /[\d.]$/.test(out) && /^[\d.%]/.test(part)) out += part;
		else out = joinText([out, part]);
	}
	return out;
}

const PIECES = [
	'准确率',
	'10',
	'0%',
	'12.',
	'5',
	'ab',
	'c d',
	'1  2',
	' ',
	'',
	'\t3\u00a0 4',
	'。',
	'95'
];

describe('joinWrapped', () => {
	it('glues 准确率10 and 0% into 准确率100%', () =>
		expect(joinWrapped(['准确率10', '0%'])).toBe('准确率100%'));

	it('gives the definition’s text for 20,000 random line lists', () => {
		let seed = 12;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const wrong: string[][] = [];
		for (let k = 0; k < 20000; k++) {
			const lines = Array.from({ length: Math.floor(next() * 7) }, () =>
				Array.from(
					{ length: 1 + Math.floor(next() * 3) },
					() => PIECES[Math.floor(next() * PIECES.length)]!
				).join('')
			);
			if (joinWrapped(lines) !== joinWrappedByDefinition(lines)) wrong.push(lines);
		}
		expect(wrong).toEqual([]);
	});
});
