/**
 * Any input file → form records, in Node and in the browser alike: the format's reader turns
 * the bytes into blocks (tables and lines, blocks.ts), the one parser reads them (parseRows).
 * Text files go to the text parser as before. Every failure is an error naming the file and
 * saying what is wrong with it; it never throws.
 */
import type { ParseResult } from '../model/form.ts';
import { sizeProblem } from '../model/file-limits.ts';
import { parseFile, parseRows } from '../parsing/index.ts';
import { blocksToRows, type Block } from './blocks.ts';
import { detectFormat, type FileFormat } from './detect.ts';
import { readDocx } from './docx.ts';
import { decodeHtml, readHtml } from './html.ts';
import { PdfProblem, readPdf, type PdfAssets } from './pdf/index.ts';
import { readXls } from './xls.ts';
import { readXlsx } from './xlsx.ts';

export { detectFormat, type FileFormat } from './detect.ts';
export type { PdfAssets } from './pdf/index.ts';
export { MAX_FILE_BYTES, sizeProblem } from '../model/file-limits.ts';

/** File names the readers take (a folder is walked for these). */
export const READABLE_FILE = /\.(txt|text|html?|pdf|xlsx|xls|docx)$/i;

export interface ReadOptions {
	pdf?: PdfAssets;
}

const WORKBOOK_PROBLEM: Record<string, string> = {
	xlsx: '工作簿损坏或不是 .xlsx 文件',
	xls: '工作簿损坏或不是 .xls 文件',
	docx: 'Word 文件损坏或不是 .docx 文件'
};

async function readBlocks(
	format: FileFormat,
	bytes: Uint8Array,
	options: ReadOptions
): Promise<Block[]> {
	switch (format) {
		case 'pdf':
			return readPdf(bytes, options.pdf);
		case 'xlsx':
			return readXlsx(bytes);
		case 'xls':
			return readXls(bytes);
		case 'docx':
			return readDocx(bytes);
		default:
			return readHtml(decodeHtml(bytes));
	}
}

/** The parser's finding of no form (parsing/index.ts, worded for the command line's log). */
const NO_FORM =
	/: no form header \(项目名称 or …自评表 title\) found, from (?:line (\d+)|an empty file)$/;

/** The result with "no form header" said in Chinese, as the 导入 page shows it. */
function saidInChinese<R extends ParseResult>(result: R): R {
	const say = (_: string, line?: string) =>
		`: 文件中没有找到自评表（没有“项目名称”或“……自评表”标题${line ? `，自第 ${line} 行起` : ''}）`;
	return { ...result, errors: result.errors.map((e) => e.replace(NO_FORM, say)) };
}

/** Reads one file's forms, whatever its format. */
export async function readInputFile(
	bytes: Uint8Array,
	file: string,
	options: ReadOptions = {}
): Promise<ParseResult & { format: FileFormat }> {
	const fail = (message: string) => ({
		file,
		format,
		records: [],
		errors: [`${file}: ${message}`]
	});
	const problem = sizeProblem(file, bytes.length);
	const format = detectFormat(bytes, file);
	if (problem) return { file, format, records: [], errors: [problem] };
	if (format === 'text') return saidInChinese({ ...parseFile(bytes, file), format });
	if (format === 'encrypted-office')
		return fail('文件已加密（设有打开密码），无法读取；请去掉密码后再导入');
	let blocks: Block[];
	try {
		blocks = await readBlocks(format, bytes, options);
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		if (e instanceof PdfProblem) return fail(why);
		if (/password|encrypt/i.test(why))
			return fail('文件已加密（设有打开密码），无法读取；请去掉密码后再导入');
		return fail(`${WORKBOOK_PROBLEM[format] ?? '文件无法读取'}（${why}）`);
	}
	const result = parseRows(blocksToRows(blocks), file);
	if (!result.records.length && !result.errors.length) return fail('文件中没有找到自评表');
	return saidInChinese({ ...result, format });
}
