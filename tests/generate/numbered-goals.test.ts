/**
 * A goal numbered like a label (`1.项目资金使用规范，…`): labels are matched after their numbering
 * (`一、项目资金`), but a numbered sentence is a goal's item, never the funds block's anchor.
 */
import { describe, expect, it } from 'vitest';
import { renderFile, type Extraction } from '../../src/lib/generate/index.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { matrixForms } from './matrix.ts';

const GOALS = {
	target: '1.项目资金使用规范，保障工作顺利开展。',
	actual: '1.项目资金按计划使用，工作顺利开展。'
};

/** The goals read back from a 四川 form (goals printed before the funds) with GOALS. */
function goalsRead(extraction: Extraction) {
	const { layout, files } = matrixForms('SC', extraction, 11, 2);
	const [list = []] = [...files.values()];
	const record = structuredClone(list[0]!);
	record.goals = { ...GOALS };
	const [parsed] = parseText(renderFile([record], layout, 11), 'goals.txt').records;
	return parsed?.goals;
}

describe('a goal numbered 1. that opens with the funds anchor’s words', () => {
	it('is read as the goal in a web table with |', () => expect(goalsRead('pipes')).toEqual(GOALS));

	it('is read as the goal in a web table printed one cell per line', () =>
		expect(goalsRead('cells')).toEqual(GOALS));

	// PDF text wraps the goal into lines of its own and may carry its comma half-width
	it('is read as the goal in PDF text', () => expect(goalsRead('pdf')).toEqual(GOALS));

	it('is read as the goal in a Word/OCR-like flow', () => expect(goalsRead('ocr')).toEqual(GOALS));
});
