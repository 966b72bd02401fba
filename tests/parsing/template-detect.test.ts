/**
 * A template is told by its labels, not by words a form's prose may also hold: the seed's
 * Shanghai form whose goal says 按执行进度拨付资金 is still read as Shanghai's, its indicators alike.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { detectTemplate } from '../../src/lib/parsing/templates/index.ts';
import { seedText } from '../helpers/inputs.ts';

describe('detectTemplate', () => {
	it('tells 河北 by its 执行进度(%) column', () =>
		expect(detectTemplate('资金执行情况 执行进度(%)')).toBe('hebei'));

	it('reads a Shanghai form whose goal says 按执行进度拨付资金 as Shanghai’s', () => {
		const text = seedText();
		const lines = text.split('\n');
		const at = lines.findIndex((l) => l.includes('。'));
		lines[at] = lines[at]!.replace('。', '，按执行进度拨付资金。');
		const [before] = parseText(text, 'seed.txt').records;
		const [after] = parseText(lines.join('\n'), 'seed.txt').records;
		expect(after?.source.template).toBe('shanghai');
		expect(after?.indicators).toEqual(before?.indicators);
	});
});
