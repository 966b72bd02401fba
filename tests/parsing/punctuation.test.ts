/** Chinese punctuation as printed in every text field (record.md, "Rules for values"). */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { printedPunctuation, searchIn } from '../../src/lib/parsing/punctuation.ts';
import { SEED_FILE, seedText } from '../helpers/inputs.ts';

describe('restorePunctuation', () => {
	const [first] = parseText(seedText(), SEED_FILE).records;

	it('gives the seed goal text its printed full-width brackets and commas', () => {
		expect(first?.goals?.actual).toContain('开展高技能人才培养基地培训补贴（资助）专项整治工作');
		expect(first?.goals?.target).toContain('在现有工作的基础上，新建一批技能大师工作室，');
	});

	it('keeps punctuation printed half-width half-width', () => {
		const text = searchIn('名称：甲(乙)丙，丁\n备注（一）');
		expect(printedPunctuation('甲(乙)丙,丁', text)).toBe('甲(乙)丙，丁');
		expect(printedPunctuation('备注(一)', text)).toBe('备注（一）');
	});

	it('finds a value across the line breaks and spaces extraction inserted', () => {
		const text = searchIn('行业协会（协\n会） 开展');
		expect(printedPunctuation('行业协会(协会)开展', text)).toBe('行业协会（协会）开展');
	});

	it('leaves a value the file does not hold as one run as it was read', () => {
		const text = searchIn('甲（乙）\n丙');
		expect(printedPunctuation('丙(乙)', text)).toBe('丙(乙)');
	});

	it('walks over a page number printed between two pieces of a cell', () => {
		const text = searchIn('行业协会（协\n- 2 -\n会）开展');
		expect(printedPunctuation('行业协会(协会)开展', text)).toBe('行业协会（协会）开展');
	});

	it('reads ≥ printed in the file as the >= of the value', () => {
		const text = searchIn('满意度（问卷）≥90%');
		expect(printedPunctuation('满意度(问卷)>=90%', text)).toBe('满意度（问卷）>=90%');
	});
});
