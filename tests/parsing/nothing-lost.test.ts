import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { fixture, parseFixture, SHARED } from './helpers.ts';

const seed = readFileSync(join(SHARED, 'seed', '000_b0f035bffe8d720e.txt'), 'utf8');
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
});
