/**
 * Nothing lost from the goals block: a goal that opens with the funds anchor's words
 * (`预算资金使用规范`, no numbering, no sentence mark in its first line) is taken for the funds
 * block's anchor and the goals block is left empty; its text must come out in a warning.
 */
import { describe, expect, it } from 'vitest';
import { renderFile, type Extraction } from '../../src/lib/generate/index.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { matrixForms } from './matrix.ts';

const GOALS = {
	target: '预算资金使用规范',
	actual: '预算资金按计划使用，工作顺利开展。'
};

/** A 四川 form (goals printed before the funds) with GOALS, parsed back. */
function parsedWithGoals(extraction: Extraction) {
	const { layout, files } = matrixForms('SC', extraction, 11, 2);
	const [list = []] = [...files.values()];
	const record = structuredClone(list[0]!);
	record.goals = { ...GOALS };
	const [parsed] = parseText(renderFile([record], layout, 11), 'goals.txt').records;
	return parsed;
}

/** The goal texts as read, and the text of the warnings saying what was not read. */
function goalText(extraction: Extraction) {
	const parsed = parsedWithGoals(extraction);
	const read = [parsed?.goals?.target, parsed?.goals?.actual];
	const unread = (parsed?.warnings ?? [])
		.filter((w) => w.code === 'unplaced_text')
		.map((w) => w.text);
	// compared without the spaces and the comma's width extraction changes
	return [...read, ...unread].join('').replace(/\s/g, '').replace(/,/g, '，');
}

describe('a goal that opens with the funds anchor’s words', () => {
	for (const extraction of ['pdf', 'pipes', 'cells', 'ocr'] as const)
		it(`keeps both goals' text, read or in a warning (${extraction})`, () => {
			const text = goalText(extraction);
			expect(text).toContain(GOALS.target);
			expect(text).toContain(GOALS.actual);
		});

	it('says in PDF text that no goal was read, with their text', () =>
		expect(parsedWithGoals('pdf')?.warnings).toContainEqual({
			code: 'unplaced_text',
			message: '年度总体目标未能读出',
			text: expect.stringContaining('预算资金使用规范')
		}));
});
