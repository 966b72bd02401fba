/**
 * A generated form with one very long line of digits in its funds block (a table's figures run
 * together, an account number pasted into a cell): the form is still read. Each case once
 * exhausted memory or took minutes: every digit run was cut at each of its places into pieces of
 * any length (glued.ts), a unit pattern tried every split of a run between two digit classes
 * (funds.ts); a line of spaced-out characters was read with a copy of its pieces at each
 * character (cells.ts) and its cells grouped with a copy at each cell (goals.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	EXTRACTIONS,
	renderFile,
	TEMPLATE_CODES,
	type Extraction,
	type TemplateCode
} from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { compareRecords } from './compare-records.ts';
import { matrixForms } from './matrix.ts';

/**
 * The first form of one template × extraction, `line` inserted `at` of the way into its lines (a
 * third: among its funds rows or goals).
 */
function withLine(template: TemplateCode, extraction: Extraction, line: string, share = 0.3) {
	const { layout, files } = matrixForms(template, extraction, 11, 2);
	const [list = []] = [...files.values()];
	const lines = renderFile(list.slice(0, 1), layout, 11).split('\n');
	const at = Math.floor(lines.length * share);
	const text = [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
	return { expected: list[0], parsed: parseText(text, 'long-line.txt') };
}

const withDigitLine = (template: TemplateCode, extraction: Extraction, length: number) =>
	withLine(
		template,
		extraction,
		Array.from({ length }, (_, i) => String((i * 7 + 3) % 10)).join('')
	);

/** The first form of one template × extraction, its goals line replaced with `text`. */
function withGoalsText(template: TemplateCode, extraction: Extraction, text: string) {
	const { layout, files } = matrixForms(template, extraction, 11, 2);
	const [list = []] = [...files.values()];
	const lines = renderFile(list.slice(0, 1), layout, 11).split('\n');
	const at = lines.findIndex((l) => l.includes('年度总体目标')) + 1;
	lines[at] = text;
	return parseText(lines.join('\n'), 'long-goals.txt');
}

/** The first form of one template × extraction, its first line holding `printed` replaced. */
function withRow(template: TemplateCode, extraction: Extraction, printed: string, row: string) {
	const { layout, files } = matrixForms(template, extraction, 11, 2);
	const [list = []] = [...files.values()];
	const lines = renderFile(list.slice(0, 1), layout, 11).split('\n');
	lines[lines.findIndex((l) => l.startsWith(printed))] = row;
	return { expected: list[0], parsed: parseText(lines.join('\n'), 'long-row.txt') };
}

/** Sentences of a plan's account, numbered so that no two are alike, `length` characters. */
function accountText(length: number) {
	const words = [
		'地方储备粮食规模达标',
		'粮食储备机制运行平稳',
		'储备规模落实到位',
		'轮换计划按期完成'
	];
	let text = '';
	for (let k = 0; text.length < length; k++) text += `${words[k % 4]}${k}。`;
	return text;
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

	it(
		'leaves PDF text readable with a line of 100,000 spaced-out characters',
		{ timeout: 60_000 },
		() => {
			// (a run of single characters is read as the labels it spells: cells.ts, goals.ts)
			const { expected, parsed } = withLine('SH', 'pdf', '总 分 '.repeat(25_000));
			expect(parsed.errors).toEqual([]);
			expect(parsed.records.map((r) => r.project)).toEqual([expected?.project]);
		}
	);
});

describe('goal texts as long as a book', () => {
	it(
		'keeps every character of 100,000 glued into one goals line (cells glued)',
		{ timeout: 60_000 },
		() => {
			// (the place where the achieved text starts was searched for in cubic time, and every
			// sentence end was named in the guess's warning: more text than a string holds)
			const text = accountText(100_000);
			const parsed = withGoalsText('SH', 'glued', text);
			expect(parsed.errors).toEqual([]);
			const [form] = parsed.records;
			expect(`${form?.goals?.target ?? ''}${form?.goals?.actual ?? ''}`).toBe(text);
		}
	);
});

describe('a line of text as long as a book, among PDF text', () => {
	it(
		'leaves a 河北 form readable with 200,000 characters of amounts in a sentence (PDF text)',
		{ timeout: 30_000 },
		() => {
			// (read as a goal wrapped over 40,000 lines, each joined onto the whole text so far:
			// 12 s for 100,000 characters, quadratic)
			let line = '';
			for (let k = 0; line.length < 200_000; k++) line += `项目资金${k}元，`;
			const { expected, parsed } = withLine('HE', 'pdf', line);
			expect(parsed.errors).toEqual([]);
			expect(parsed.records.map((r) => r.project)).toEqual([expected?.project]);
		}
	);
});

describe('an indicator row as long as a page of text, cells glued', () => {
	const digits = (length: number) =>
		Array.from({ length }, (_, i) => String((i * 7 + 3) % 10)).join('');

	it(
		'reads the other rows of a form whose row prints 20,000 digits after its target',
		{ timeout: 120_000 },
		() => {
			// (a bare actual glued to weight and score: the digits were split at each pair of places,
			// 7 s on 2,000 digits)
			const row = `质量指标传染病报告及时率≥98%${digits(20_000)}`;
			const { expected, parsed } = withRow('MOF', 'glued', '质量指标传染病报告及时率', row);
			expect(parsed.errors).toEqual([]);
			const names = parsed.records[0]?.indicators.map((i) => i.name);
			expect(names).toContain(expected?.indicators[0]?.name);
			expect(JSON.stringify(parsed.records[0])).toContain(digits(20_000));
		}
	);
});

describe('an indicator row of 100,000 characters, cells glued', () => {
	const row = '质量指标传染病报告及时率';

	/** The expected rows but the one replaced, by name. */
	const others = (expected: FormRecord | undefined) =>
		expected?.indicators.map((i) => i.name).filter((n) => n !== '传染病报告及时率');

	it(
		'is kept whole in a warning, the other rows read (宁夏, weight first)',
		{ timeout: 10_000 },
		() => {
			// (every weight's place was tried against the rest of the row, cut at each of its places
			// again: 30 s)
			const text = accountText(100_000);
			const { expected, parsed } = withRow('NX4', 'glued', row, `${row}11≥98%98.9%11${text}`);
			expect(parsed.errors).toEqual([]);
			const [form] = parsed.records;
			expect(form?.indicators.map((i) => i.name)).toEqual(others(expected));
			const kept = form?.warnings.filter((w) => w.text?.includes(text)) ?? [];
			expect(kept.map((w) => w.code)).toEqual(['unplaced_text']);
		}
	);

	it(
		'reads its note whole, the other rows read (转移支付, no figures)',
		{ timeout: 10_000 },
		() => {
			// (the note's start was tried at every word, each head cut every way: 110 s)
			const text = accountText(100_000);
			const { expected, parsed } = withRow('TP', 'glued', row, `${row}≥98%98.9%${text}`);
			expect(parsed.errors).toEqual([]);
			const [form] = parsed.records;
			expect(form?.indicators.map((i) => i.name)).toEqual(expected?.indicators.map((i) => i.name));
			const read = form?.indicators.find((i) => i.name === '传染病报告及时率');
			expect([read?.target, read?.actual, read?.note]).toEqual(['>=98%', '98.9%', text]);
		}
	);
});

describe('a glued indicator row ending in 100 digits', () => {
	const digits = Array.from({ length: 100 }, (_, i) => String((i * 7 + 3) % 10)).join('');

	// (read as the row's score, which no figure of 100 digits is: dropped with its text)
	it.each([
		['Y20', '质量指标传染病报告及时率', '≥98%98.9%'],
		['NX4', '质量指标传染病报告及时率', '11≥98%98.9%'],
		['AH', '质量指标★传染病报告及时率', '15≥98%98.9%'],
		['HB', '质量指标10分传染病报告及时率', '≥98%98.9%']
	] as const)('keeps them in a warning, the other rows read (%s)', (template, printed, values) => {
		const { expected, parsed } = withRow(
			template,
			'glued',
			printed,
			`${printed}${values}${digits}`
		);
		const [form] = parsed.records;
		expect(form?.indicators.map((i) => i.name)).toEqual(
			expected?.indicators.map((i) => i.name).filter((n) => n !== '传染病报告及时率')
		);
		const kept = form?.warnings.filter((w) => w.text?.includes(digits)) ?? [];
		expect(kept.map((w) => w.code)).toEqual(['unplaced_text']);
	});
});

describe('a line of 2,000 digits in a funds block', () => {
	const digits = Array.from({ length: 2000 }, (_, i) => String((i * 7 + 3) % 10)).join('');

	// (it became a row's weight or score, or, glued, a guess's extra column beside the total row)
	it.each([
		['SH', 'columns'],
		['MOF', 'pdf'],
		['MOF+', 'pipes'],
		['DEPT', 'pipes'],
		['HE', 'glued'],
		['DEPT', 'glued'],
		['TPC', 'glued']
	] as const)('is no funds value, and is kept in a warning (%s, %s)', (template, extraction) => {
		const { parsed } = withLine(template, extraction, digits);
		const [form] = parsed.records;
		expect(JSON.stringify(form?.funds)).not.toContain(digits.slice(0, 100));
		const kept = form?.warnings.filter((w) => w.text?.includes(digits)) ?? [];
		expect(kept.map((w) => w.code)).toEqual(['unplaced_text']);
		expect(
			form?.warnings.filter((w) => w.code === 'split_guess' && w.message.includes(digits))
		).toEqual([]);
	});
});

describe('a line of 2,000 digits inserted a third or a sixth of the way into a form', () => {
	const digits = Array.from({ length: 2000 }, (_, i) => String((i * 7 + 3) % 10)).join('');
	// (a sixth: among the header's lines, a third: among the funds rows or the goals)
	const cases = [0.3, 0.15].flatMap((share) =>
		TEMPLATE_CODES.flatMap((t) => EXTRACTIONS.map((e) => [t, e, share] as const))
	);

	// (the funds, header and goals readers dropped it, or read it into the unit, the project
	// name, a goal text or a funds figure; a row of a web table one cell per line read it as the
	// figure its paragraph opened with)
	it.each(cases)('is kept in an unplaced_text warning, in no field (%s, %s, at %s)', (t, e, at) => {
		const { parsed } = withLine(t, e, digits, at);
		const [form] = parsed.records;
		const naming = form?.warnings.filter((w) => `${w.text}${w.message}`.includes(digits)) ?? [];
		expect(naming.length).toBeGreaterThan(0);
		expect(naming.filter((w) => w.code !== 'unplaced_text')).toEqual([]);
		expect(JSON.stringify({ ...form, warnings: [] })).not.toContain(digits.slice(0, 41));
	});

	it.each(cases)('leaves every field read as without it (%s, %s, at %s)', (t, e, at) => {
		const { layout, files } = matrixForms(t, e, 11, 2);
		const [list = []] = [...files.values()];
		const [without] = parseText(renderFile(list.slice(0, 1), layout, 11), 'long-line.txt').records;
		const { parsed } = withLine(t, e, digits, at);
		expect(parsed.errors).toEqual([]);
		expect(parsed.records).toHaveLength(1);
		expect(compareRecords(without!, parsed.records[0])).toEqual([]);
	});
});
