/**
 * A form reads the same whatever incidental shape its text takes: full- or half-width signs and
 * digits, line ends, spacing and indentation of every kind, thousands separators, blank lines
 * after every line, a page number wherever a page breaks, OCR glyph errors in its labels, how
 * its title year, percentages, header labels and unit are spaced and punctuated. Run over the seed and our fixtures,
 * and over ../shared/corpus where it is present (it is not part of the repository).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { prepareLines } from '../../src/lib/parsing/lines.ts';
import { splitForms } from '../../src/lib/parsing/split-forms.ts';
import { readLayout, toCells } from '../../src/lib/parsing/cells.ts';
import { isShuffled } from '../../src/lib/parsing/shuffled.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { CORPUS, corpusPresent, SEED_FILE } from '../helpers/inputs.ts';

const FIXTURES = 'tests/fixtures/forms';
/** Whether a file holds a Shanghai form whose text is shuffled onto one line (its PDF text). */
function holdsShuffledForm(text: string): boolean {
	const lines = prepareLines(text);
	return splitForms(lines).some((span) => {
		const form = lines.slice(span.start, span.end);
		return (
			form.join('\n').includes('财政项目支出绩效自评表') &&
			isShuffled(form, toCells(form, readLayout(form)))
		);
	});
}

const inputs = [
	SEED_FILE,
	// mid-form.txt holds no form on purpose
	...readdirSync(FIXTURES)
		.filter((f) => f.endsWith('.txt') && f !== 'mid-form.txt')
		.map((f) => join(FIXTURES, f)),
	...(corpusPresent()
		? readdirSync(CORPUS)
				.filter((f) => f.endsWith('.txt'))
				.map((f) => join(CORPUS, f))
		: [])
];

const NATIONAL_TITLE = 'the national title for the Shanghai one (项目支出绩效自评表)';

const TRANSFORMS: Record<string, (text: string) => string> = {
	'full-width brackets and colons': (t) =>
		t.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：'),
	'half-width brackets and colons': (t) =>
		t.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':'),
	'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
	'trailing spaces': (t) =>
		t
			.split('\n')
			.map((l) => l + '  ')
			.join('\n'),
	'runs of spaces collapsed': (t) => t.replace(/ +/g, ' '),
	'a page number at every paragraph break': (t) =>
		t
			.split('\n')
			.map((l, i) => (i > 3 && l.trim() === '' ? `\n- ${i} -\n` : l))
			.join('\n'),
	'tabs around web-table cells': (t) => t.replace(/ \| /g, '\t|\t'),
	'a blank line after every line': (t) => t.replace(/\n/g, '\n\n'),
	'every line indented': (t) =>
		t
			.split('\n')
			.map((l) => '    ' + l)
			.join('\n'),
	'no line indented': (t) =>
		t
			.split('\n')
			.map((l) => l.trimStart())
			.join('\n'),
	'spaces doubled': (t) => t.replace(/ /g, '  '),
	'no-break spaces (web pages)': (t) => t.replace(/ /g, '\u00a0'),
	'ideographic spaces': (t) => t.replace(/ /g, '\u3000'),
	'thousands separators in amounts': (t) =>
		t.replace(/\b(\d{1,3})(\d{3})(\d{3})(\.\d+)?\b/g, '$1,$2,$3$4'),
	'full-width digits and ％': (t) =>
		t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/%/g, '％'),
	'≥ and ≤ for >= and <=': (t) => t.replace(/>=/g, '≥').replace(/<=/g, '≤'),
	'a byte order mark': (t) => '\ufeff' + t,
	'a space before % (86.19 %)': (t) => t.replace(/(\d)%/g, '$1 %'),
	// the title's year only: the same words in a goal text are the goal's own
	'the title year spaced out (2022 年 度)': (t) => t.replace(/(\d{4}) ?年度/, '$1 年 度'),
	'the title year without 度 (2022年)': (t) => t.replace(/(\d{4}) ?年度/, '$1年'),
	'colons after the header labels': (t) =>
		t.replace(/(项目名称|主管部门|实施单位)(?![:：])/g, '$1:'),
	'the unit printed as (单位:万元)': (t) => t.replace(/[（(]万元[)）]/g, '(单位:万元)'),
	[NATIONAL_TITLE]: (t) => t.replace(/财政项目支出绩效自评表/g, '项目支出绩效自评表'),
	'OCR glyph errors in labels (万兀, 预匏数, 项Fl, 实施第位)': (t) =>
		t
			.replace(/万元/g, '万兀')
			.replace(/预算数/g, '预匏数')
			.replace(/项目资金/g, '项Fl资金')
			.replace(/实施单位/g, '实施第位')
};

/** What a record says, without where it came from or the warnings about its text. */
const content = (records: FormRecord[]) =>
	records.map(({ source: _source, warnings: _warnings, ...rest }) => rest);

/** Transforms that change how the form prints its punctuation, which its text keeps as printed. */
const PUNCTUATION = new Set(['full-width brackets and colons', 'half-width brackets and colons']);
/** Content with full-width punctuation folded (NFKC), to compare under those transforms. */
const folded = (content: unknown) =>
	JSON.parse(JSON.stringify(content).normalize('NFKC')) as unknown;

describe.each(inputs)('%s', (path) => {
	const text = readFileSync(path, 'utf8');
	const expected = content(parseText(text, path).records);

	it('yields at least one form', () => expect(expected.length).toBeGreaterThan(0));

	// A whole form shuffled onto one line is read as such only under Shanghai's own title (other
	// one-line layouts are not shuffled): README, "not yet read".
	const transforms = Object.entries(TRANSFORMS).filter(
		([name]) => !(name === NATIONAL_TITLE && holdsShuffledForm(text))
	);
	it.each(transforms)('reads the same with %s', (name, transform) => {
		const records = parseText(transform(text), path).records;
		if (PUNCTUATION.has(name)) expect(folded(content(records))).toEqual(folded(expected));
		else expect(content(records)).toEqual(expected);
	});

	it('reads the same with a page number on a line of its own, wherever the page breaks', () => {
		const lines = text.split('\n');
		for (let at = 2; at < lines.length; at++) {
			const broken = [...lines.slice(0, at), '- 2 -', ...lines.slice(at)].join('\n');
			expect(content(parseText(broken, path).records), `page break before line ${at + 1}`).toEqual(
				expected
			);
		}
	});
});

describe('several forms in one file', () => {
	// Our own inputs. A second file must start at its form: text before it (a site banner, the
	// tail of an earlier form) would rightly go to the form before.
	const own = inputs.filter((path) => !path.startsWith(CORPUS) && !path.endsWith('truncated.txt'));
	const startsAtForm = (path: string) => {
		const lines = prepareLines(readFileSync(path, 'utf8'));
		return splitForms(lines)[0]?.start === lines.findIndex((l) => l.trim());
	};
	const pairs = own.flatMap((a) => own.filter(startsAtForm).map((b) => [a, b] as const));
	it.each(pairs)('%s then %s read as each alone', (a, b) => {
		const [textA, textB] = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
		const alone = [...parseText(textA, a).records, ...parseText(textB, b).records];
		expect(content(parseText(`${textA}\n\n${textB}`, 'both.txt').records)).toEqual(content(alone));
	});
});

describe('OCR fixes', () => {
	it('leave prose that reads like a glyph error as it is (预算将 is also "the budget will")', () => {
		const seed = readFileSync('data/forms/shanghai-2021-hrss.txt', 'utf8');
		const prose = seed.replace('秀高技能人才。', '秀高技能人才。余下预算将用于明年。');
		const [form] = parseText(prose, 'prose.txt').records;
		expect(form?.goals?.target).toContain('余下预算将用于明年。');
	});
});
