/**
 * The committed real-looking files (scripts/make-fixtures.ts): the seed printed by Chromium, as
 * web pages, a workbook and a Word file, read as the text version reads; LibreOffice's exports
 * (xlsx → pdf as WPS and Excel print, xlsx → xls, html → docx) read exactly; every template in
 * its own layout printed by LibreOffice from a workbook and from a Word file.
 */
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { compareRecords } from '../generate/compare-records.ts';
import { differences, fixture, libreOfficeForms, seedForms } from './forms.ts';
import { templateFixtureForms } from './template-files.ts';

const read = async (name: string) => {
	const result = await readInputFile(fixture(name), name);
	expect(result.errors).toEqual([]);
	return result.records;
};

describe('the seed in every format', () => {
	for (const name of ['seed.pdf', 'seed.html', 'seed-gbk.html', 'seed.xlsx', 'seed.docx'])
		it(`reads ${name} as the same two forms as the text`, async () => {
			expect(differences(seedForms(), await read(name))).toEqual([]);
		});

	it('reads the seed PDF with the same adjusted and executed amounts as the text', async () => {
		const records = await read('seed.pdf');
		expect(
			records.map((r) => r.funds[0]?.adjusted && [r.funds[0].adjusted, r.funds[0].executed])
		).toEqual([
			['8285000.00', '1080740.00'],
			['18560000.00', '8560000.00']
		]);
	});
});

describe('LibreOffice conversions of 12 generated forms', () => {
	for (const name of ['forms-lo.pdf', 'forms-lo.xls', 'forms-lo.docx'])
		it(`reads ${name} exactly`, async () => {
			expect(differences(libreOfficeForms(), await read(name))).toEqual([]);
		});
});

/**
 * Forms of the Word print not read back yet: MOF+'s second form, whose merged 二级 label
 * (服务对象满意度指标) a page break cuts between its last characters with every edge drawn, so
 * the rest (`标`) reads as a cell of the next row. A fix must take it off this list.
 */
const WORD_PRINT_GAPS = ['MOF+ #5'];

describe('every template in its own layout, 2 forms each, printed by LibreOffice', () => {
	const { records, of } = templateFixtureForms();

	it('reads forms-templates.pdf (workbooks printed as Excel and WPS print them) exactly', async () => {
		expect(differences(records, await read('forms-templates.pdf'))).toEqual([]);
	});

	it('reads forms-templates-word.pdf (Word files printed, rows split across pages) exactly but for its known gap', async () => {
		const got = await read('forms-templates-word.pdf');
		expect(got).toHaveLength(records.length);
		const wrong = records.flatMap((r, i) =>
			compareRecords(r, got[i]).length ? [`${of[i]} #${i}`] : []
		);
		expect(wrong).toEqual(WORD_PRINT_GAPS);
	});
});
