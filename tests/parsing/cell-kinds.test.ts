/**
 * The walk of indicator cells (indicators-cells.ts, cell-kinds.ts) tests a cell for the table's end, a skipped
 * row or a header word only when it opens with a character one of them opens with: each set of
 * characters must hold every opening its pattern has, or a cell would be let through untested.
 */
import { describe, expect, it } from 'vitest';
import { OPENINGS } from '../../src/lib/parsing/cell-kinds.ts';

/**
 * The characters a pattern's alternatives open with: the first character at the start, after `|`,
 * in a group opening an alternative, and after an optional group (`(一级)?指标`: 指 opens one
 * too). A group inside a word (`指标(名称)?`) opens nothing.
 */
function openings(pattern: RegExp): string[] {
	const found = new Set<string>();
	const source = pattern.source;
	for (const m of source.matchAll(/(?:^\^?|\(|\||\)\?)(\\.|[^()|?^$\\])/g)) {
		const before = source.charAt(m.index - 1);
		if (m[0].startsWith('(') && m.index > 0 && !'^|('.includes(before)) continue;
		const ch = m[1]!;
		found.add(ch.startsWith('\\') ? ch.slice(1) : ch);
	}
	return [...found].sort();
}

describe('the openings the walk of indicator cells tests', () => {
	for (const [name, { pattern, first }] of Object.entries(OPENINGS))
		it(`holds every character ${name}'s pattern opens with`, () => {
			const missing = openings(pattern).filter((ch) => !first.has(ch));
			expect(missing).toEqual([]);
		});

	it('finds the openings of a pattern with optional groups', () =>
		expect(openings(/^(一级|二级)?指标(名称)?$|^(年度|实际)$/)).toEqual(
			['一', '二', '实', '年', '指'].sort()
		));
});
