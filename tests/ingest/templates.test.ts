/**
 * The template × file format matrix: 12 generated forms of every template of domain.md §3, drawn
 * in the template's own merged-cell layout into a web page, an .xlsx workbook (numbers stored as
 * numbers under their number formats), an .xls workbook and a Word file, read back by
 * readInputFile exactly, field by field.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATE_CODES } from '../../src/lib/generate/index.ts';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { differences } from './forms.ts';
import { FILE_FORMATS, templateFile, templateForms } from './template-files.ts';

describe.each(TEMPLATE_CODES)('the %s template in its own layout', (template) => {
	const forms = templateForms(template);

	it('has at least 10 forms to write', () => {
		expect(forms.length).toBeGreaterThanOrEqual(10);
	});

	for (const format of FILE_FORMATS)
		it(`reads its .${format} file back exactly`, async () => {
			const bytes = await templateFile(template, format, forms);
			const result = await readInputFile(bytes, `forms.${format}`);
			expect(result.errors).toEqual([]);
			expect(differences(forms, result.records)).toEqual([]);
		});
});
