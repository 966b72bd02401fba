/**
 * The layout × extraction matrix (issue 11): ≥ 50 generated forms of every template in every way
 * text reaches us are parsed back; every field must round-trip exactly (or a destroyed value
 * carry the `split_guess` warning naming it), and every warning the form deserves must be given.
 *
 * KNOWN_GAPS lists the cells the parser cannot read yet. They run as `it.fails`: they must
 * still fail, so a cell the parser learns to read fails here until it leaves the list. A gap
 * is not done: README.md lists them.
 */
import { describe, expect, it } from 'vitest';
import { EXTRACTIONS, TEMPLATE_CODES } from '../../src/lib/generate/index.ts';
import { matrixDifferences } from './matrix.ts';

/** template → the extractions of it the parser cannot read back yet */
const GAPS: Array<[string, string[]]> = [];
const KNOWN_GAPS = new Set(GAPS.flatMap(([t, es]) => es.map((e) => `${t} ${e}`)));

describe.each(TEMPLATE_CODES)('the %s template', (template) => {
	for (const extraction of EXTRACTIONS) {
		const gap = KNOWN_GAPS.has(`${template} ${extraction}`);
		const name = `${gap ? 'known gap: cannot yet read' : 'reads back'} ${extraction} text`;
		(gap ? it.fails : it)(name, () => {
			const { forms, errors, differences } = matrixDifferences(template, extraction);
			expect(forms).toBeGreaterThanOrEqual(50);
			expect({ errors, differences }).toEqual({ errors: [], differences: {} });
		});
	}
});

/**
 * A split_guess asks a person to check the printed form: it is given only where glued text truly
 * reads two ways. Measured 2026-12-07 on seed 11: at most 0.18 per form (SC; 0 in SH, MOF+, Y20,
 * TP, TPC), all of them funds rows whose readings agree with every sum the form prints.
 */
const MAX_GUESSES_PER_FORM = 0.25;

describe('split_guess warnings on glued text', () => {
	it.each(TEMPLATE_CODES.filter((t) => !KNOWN_GAPS.has(`${t} glued`)))(
		`are at most ${MAX_GUESSES_PER_FORM} per %s form`,
		(template) => {
			const { guessesPerForm } = matrixDifferences(template, 'glued');
			expect(guessesPerForm).toBeLessThanOrEqual(MAX_GUESSES_PER_FORM);
		}
	);
});
