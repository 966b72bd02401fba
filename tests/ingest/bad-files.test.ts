/**
 * Bad files: each is an error naming the file and saying what is wrong, never a throw, and the
 * other files of the same run still go in.
 */
import { spawnSync } from 'node:child_process';
import {
	closeSync,
	copyFileSync,
	mkdtempSync,
	openSync,
	ftruncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/lib/ingest/index.ts';
import { FIXTURES, fixture } from './forms.ts';

const errorOf = async (bytes: Uint8Array, name: string) => {
	const result = await readInputFile(bytes, name);
	expect(result.records).toEqual([]);
	expect(result.errors).toHaveLength(1);
	expect(result.errors[0]).toContain(name);
	return result.errors[0];
};

describe('readInputFile on bad files', () => {
	it('says a PDF without a text layer is a scan', async () =>
		expect(await errorOf(fixture('scan.pdf'), 'scan.pdf')).toContain('扫描件，无文字层'));

	it('says an encrypted PDF needs its password', async () =>
		expect(await errorOf(fixture('encrypted.pdf'), 'encrypted.pdf')).toContain('PDF 已加密'));

	it('says a cut-off PDF is damaged', async () => {
		const pdf = fixture('seed.pdf');
		expect(await errorOf(pdf.subarray(0, pdf.length / 3), 'cut.pdf')).toContain('PDF 文件损坏');
	});

	it('says a password-protected workbook is encrypted', async () =>
		expect(await errorOf(fixture('password.xlsx'), 'password.xlsx')).toContain('文件已加密'));

	it('says a cut-off workbook is damaged', async () => {
		const xlsx = fixture('seed.xlsx');
		expect(await errorOf(xlsx.subarray(0, xlsx.length / 2), 'cut.xlsx')).toContain('工作簿损坏');
	});

	it('says a cut-off Word file is damaged', async () => {
		const docx = fixture('seed.docx');
		expect(await errorOf(docx.subarray(0, docx.length / 2), 'cut.docx')).toContain('Word 文件损坏');
	});

	it('says a 0-byte file is empty', async () =>
		expect(await errorOf(new Uint8Array(0), 'empty.pdf')).toContain('空文件'));

	it('says a PDF holding no form has none', async () =>
		expect(await errorOf(fixture('no-form.pdf'), 'no-form.pdf')).toMatch(
			/^no-form\.pdf: 文件中没有找到自评表（没有“项目名称”或“……自评表”标题，自第 1 行起）$/
		));

	it('says a workbook holding no form has none', async () => {
		const book = new ExcelJS.Workbook();
		book.addWorksheet('预算').addRows([
			['科目', '金额'],
			['一般公共服务支出', 1200]
		]);
		const bytes = new Uint8Array(await book.xlsx.writeBuffer());
		expect(await errorOf(bytes, 'budget.xlsx')).toContain('budget.xlsx: 文件中没有找到自评表');
	});
});

describe('budgetlens parse with bad files among good ones', () => {
	const dir = mkdtempSync(join(tmpdir(), 'budgetlens-bad-'));
	for (const name of ['scan.pdf', 'encrypted.pdf', 'password.xlsx', 'seed.pdf', 'seed.xlsx'])
		copyFileSync(join(FIXTURES, name), join(dir, name));
	writeFileSync(join(dir, 'empty.docx'), '');
	// 200 MB without writing 200 MB: a sparse file
	const big = openSync(join(dir, 'huge.pdf'), 'w');
	ftruncateSync(big, 200 * 1024 * 1024);
	closeSync(big);
	const result = spawnSync(process.execPath, ['bin/budgetlens.mjs', 'parse', dir], {
		encoding: 'utf8'
	});

	it('prints the forms of the good files', () => {
		const records = result.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(records.map((r) => `${r.source.file.split('/').pop()} ${r.project}`)).toEqual([
			'seed.pdf 高技能人才工作专项',
			'seed.pdf 职业培训基础能力建设资助',
			'seed.xlsx 高技能人才工作专项',
			'seed.xlsx 职业培训基础能力建设资助'
		]);
	});

	it('names each bad file with its problem on stderr and exits 1', () => {
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines.map((l) => l.slice(dir.length + 1).replace(/[:：].*/, ''))).toEqual([
			'empty.docx',
			'encrypted.pdf',
			'huge.pdf',
			'password.xlsx',
			'scan.pdf'
		]);
		expect(lines.find((l) => l.includes('huge.pdf'))).toContain('文件过大（200.0 MB');
	});
});
