/**
 * A Word/OCR-like flow (domain.md §4.8, §4.10): one table row per line with the cells spaced,
 * indicator names under Word list numbering (`1、`), page furniture (a running header and page
 * numbers every so many lines), and OCR glyph errors: `O` for 0 and `IO` for 10 in numbers,
 * misread characters in labels (`项Fl` for 项目, `万兀` for 万元, `预匏数` for 预算数).
 */
import type { Random } from '../random.ts';
import type { Table } from './cells.ts';

/** label misreadings seen in OCR'd forms: printed text → what OCR made of it */
const LABEL_GLYPHS: ReadonlyArray<readonly [string, string]> = [
	['项目资金', '项Fl资金'],
	['(万元)', '(万兀)'],
	['预算数', '预匏数']
];
const LINES_PER_PAGE = 24;

/** A number as OCR may read it: a lone `10` as `IO`, a `0` between digits as `O`. */
function misreadNumber(random: Random, text: string): string {
	if (text === '10' && random.chance(0.5)) return 'IO';
	if (/^\d+(\.\d+)?%?$/.test(text) && /\d0|0\d/.test(text) && random.chance(0.2))
		return text.replace(/(?<=\d)0/, 'O');
	return text;
}

function misreadLabel(random: Random, text: string): string {
	let out = text;
	for (const [printed, misread] of LABEL_GLYPHS)
		if (out.includes(printed) && random.chance(0.5)) out = out.replace(printed, misread);
	return out;
}

/** The flow of one form's table. */
export function ocrFlow(table: Table, random: Random): string {
	// the running header and the file are named after the form's title, not a report number above it
	const title = table.flat().find((cell) => cell.includes('自评表')) ?? table[0]?.[0] ?? '';
	let listed = 0;
	let inIndicators = false;
	const lines = table.map((row) => {
		// the column header (`三级指标`, HB `指标名称(三级指标)`) opens the rows; it is not one of them
		const header = row.includes('三级指标') || row.includes('指标名称(三级指标)');
		if (header) inIndicators = true;
		const cells = row
			.filter(Boolean)
			.map((cell) => misreadLabel(random, misreadNumber(random, cell)));
		// Word's list numbering before each indicator row, counted through the table
		if (inIndicators && !header && row.length > 4) cells[0] = `${++listed}、${cells[0]}`;
		return cells.join(' ');
	});
	const out: string[] = [`${title}.docx`];
	lines.forEach((line, k) => {
		if (k > 0 && k % LINES_PER_PAGE === 0) {
			const page = k / LINES_PER_PAGE;
			out.push(`- ${page} -`, `${title}（续表）`);
		}
		out.push(line);
	});
	return out.join('\n');
}
