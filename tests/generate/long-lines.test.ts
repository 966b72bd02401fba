/**
 * A generated form with one very long line of digits in its funds block (a table's figures run
 * together, an account number pasted into a cell): the form is still read. Each case once
 * exhausted memory or took minutes: every digit run was cut at each of its places into pieces of
 * any length (glued.ts), and a unit pattern tried every split of a run between two digit classes
 * (funds.ts).
 */
import { describe, expect, it } from 'vitest';
import { renderFile, type Extraction, type TemplateCode } from '../../src/lib/generate/index.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { matrixForms } from './matrix.ts';

/** The first form of one template × extraction, a line of `length` digits among its funds rows. */
function withDigitLine(template: TemplateCode, extraction: Extraction, length: number) {
	const { layout, files } = matrixForms(template, extraction, 11, 2);
	const [list = []] = [...files.values()];
	const lines = renderFile(list.slice(0, 1), layout, 11).split('\n');
	const at = Math.floor(lines.length * 0.3);
	const digits = Array.from({ length }, (_, i) => String((i * 7 + 3) % 10)).join('');
	const text = [...lines.slice(0, at), digits, ...lines.slice(at)].join('\n');
	return { expected: list[0], parsed: parseText(text, 'long-line.txt') };
}

describe('a line of digits as long as a page of text', () => {
	it(
		'leaves a web table printed one cell per line readable (100,000 digits)',
		{ timeout: 20_000 },
		() => {
			const { expected, parsed } = withDigitLine('SH', 'cells', 100_000);
			expect(parsed.errors).toEqual([]);
			expect(parsed.records.map((r) => r.project)).toEqual([expected?.project]);
		}
	);

	it('leaves PDF text readable (300,000 digits)', { timeout: 20_000 }, () => {
		const { expected, parsed } = withDigitLine('MOF', 'pdf', 300_000);
		expect(parsed.errors).toEqual([]);
		expect(parsed.records.map((r) => r.project)).toEqual([expected?.project]);
	});
});
