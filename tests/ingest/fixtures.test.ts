/**
 * The committed real-looking files (scripts/make-fixtures.ts): the seed printed by Chromium, as
 * web pages, a workbook and a Word file, read as the text version reads; LibreOffice's exports
 * (xlsx → pdf as WPS and Excel print, xlsx → xls, html → docx) read exactly.
 */
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { differences, fixture, libreOfficeForms, seedForms } from './forms.ts';

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
