import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { fixture, parseFixture } from './helpers.ts';
import { seedText } from '../helpers/inputs.ts';

const seed = seedText();
const TAIL = '人社部当年度未开展此项工作\n=100% 0 0 0';

function unplaced(text: string, file = 'lost.txt') {
	const record = parseText(text, file).records[0];
	return (record?.warnings ?? []).filter((w) => w.code === 'unplaced_text').map((w) => w.text);
}

describe('nothing is lost', () => {
	it('keeps the tail of a previous form before the first title as a warning', () =>
		expect(unplaced(`${TAIL}\n${seed}`)).toContain(TAIL));

	it('names the file when it holds only the tail of a form', () =>
		expect(parseText(TAIL, 'tail.txt').errors[0]).toMatch(/^tail\.txt: /));

	it('keeps an Anhui sub-row (其中…) with values as a warning', () => {
		const warnings = parseFixture('anhui.txt')[0]?.warnings ?? [];
		expect(
			warnings.some((w) => w.code === 'unplaced_text' && /其中一号电站/.test(w.text ?? ''))
		).toBe(true);
	});

	it('keeps a stray number between web-table rows as a warning', () => {
		const text = fixture('anhui.txt').replace('满意度指标(10分) |', '满意度指标(10分) | 77 |');
		expect(unplaced(text)).toContain('77');
	});

	it('keeps a glued indicator line it cannot split as a warning', () => {
		const text = fixture('glued.txt').replace('总分:95', '说明文字没有数字\n总分:95');
		expect(unplaced(text)).toContain('说明文字没有数字');
	});

	it('keeps what a form prints after its total row (评价结论, 存在问题) as a warning, without the labels', () => {
		const text =
			fixture('sichuan.txt').trimEnd() +
			'\n评价结论 |\n项目按期完成,道路通行条件明显改善。 |\n存在问题 |\n结合自评情况,说明存在的问题。(200字以内) |\n项目负责人: |\n';
		expect(unplaced(text)).toContain('项目按期完成,道路通行条件明显改善。');
		expect(unplaced(fixture('sichuan.txt'))).toEqual([]);
	});

	it('keeps the text of the goal block beyond the two goals (四川 项目实施内容及过程概述)', () => {
		const text = fixture('sichuan.txt').replace(
			'养护农村道路一百零五公里。 | |||||||||\n',
			'养护农村道路一百零五公里。 | |||||||||\n2.项目实施内容及过程概述 | 全年完成路面修补三千平方米。 | |||||||||\n'
		);
		expect(unplaced(text)).toContain('2.项目实施内容及过程概述 全年完成路面修补三千平方米。');
		expect(parseText(text, 'goals.txt').records[0]?.goals).toEqual(
			parseFixture('sichuan.txt')[0]?.goals
		);
	});
});
