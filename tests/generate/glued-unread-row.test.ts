/**
 * One glued indicator row that cannot be read (its figures cut off) must not cost the rest of
 * the table: the other rows are read as printed and the bad row's text comes out in a warning.
 * (The whole glued reading was dropped for such a row, and the stream reader that took over
 * placed none of the rows: header text for a name, `完成15.0015.002.25` for a value, no warning.)
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/lib/generate/index.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { matrixForms } from './matrix.ts';

/** The first 河北 glued form, the line of indicator `k` cut after its 完成 flag. */
function withCutRow(k: number) {
	const { layout, files } = matrixForms('HE', 'glued', 11, 2);
	const [list = []] = [...files.values()];
	const expected = list[0]!;
	const name = expected.indicators[k]!.name;
	const lines = renderFile([expected], layout, 11).split('\n');
	const at = lines.findLastIndex((l) => l.includes(name));
	const cut = lines[at]!.replace(/(完成)[\d.]+$/, '$1');
	expect(cut).not.toBe(lines[at]);
	lines[at] = cut;
	const [parsed] = parseText(lines.join('\n'), 'cut-row.txt').records;
	return { expected, parsed: parsed!, name };
}

/** `15.00` and `15` are the same points. */
const points = (v: string | null) => (v === null ? null : new Decimal(v).toString());

describe('a glued 河北 indicator row without its figures', () => {
	for (const k of [1, 3])
		it(`keeps the other rows and names the bad one (row ${k + 1})`, () => {
			const { expected, parsed, name } = withCutRow(k);
			const row = (i: { name: string; weight: string | null; score: string | null }) =>
				[i.name, points(i.weight), points(i.score)].join(' ');
			const others = expected.indicators.filter((_, n) => n !== k).map(row);
			expect(parsed.indicators.map(row).filter((r) => !r.startsWith(name))).toEqual(others);
			const unplaced = parsed.warnings.filter((w) => w.code === 'unplaced_text');
			expect(unplaced.some((w) => w.text?.includes(name))).toBe(true);
		});
});
