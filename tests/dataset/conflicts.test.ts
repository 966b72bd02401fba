import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConflicts } from '../../src/lib/dataset/conflicts.ts';
import type { InputForm } from '../../src/lib/dataset/rows.ts';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { SEED_FILE } from '../helpers/dataset.ts';

/** The seed's forms as read from a file of the given name (fresh records every time). */
const seedAs = (file: string, origin: 'real' | 'demo' = 'real'): InputForm[] =>
	parseFile(readFileSync(SEED_FILE), file).records.map((record) => ({ record, origin }));

describe('resolveConflicts', () => {
	it('keeps one form per department, project and year across files', () => {
		const { kept, superseded } = resolveConflicts([...seedAs('a.txt'), ...seedAs('b.txt')]);
		expect(kept.map((f) => f.record.source.file)).toEqual(['b.txt', 'b.txt']);
		expect(superseded.map((s) => [s.file, s.form_index, s.kept_file, s.kept_index])).toEqual([
			['a.txt', 0, 'b.txt', 0],
			['a.txt', 1, 'b.txt', 1]
		]);
	});

	it('on a tie of warnings keeps the file read later, and says so', () => {
		const [first] = resolveConflicts([...seedAs('a.txt'), ...seedAs('b.txt')]).superseded;
		expect(first?.reason).toBe('两张表单内容相同；校验提示一样多（0 条），保留后读入的文件');
	});

	it('keeps the form with fewer warnings, whatever the order', () => {
		const worse = seedAs('later.txt');
		worse[0]!.record.warnings.push({ code: 'truncated', message: '表单不完整' });
		worse[0]!.record.total_score = '90';
		const { kept, superseded } = resolveConflicts([...seedAs('earlier.txt'), ...worse]);
		expect(kept.map((f) => f.record.source.file)).toEqual(['earlier.txt', 'later.txt']);
		expect(superseded[0]).toMatchObject({
			file: 'later.txt',
			kept_file: 'earlier.txt',
			project: '高技能人才工作专项',
			year: 2021,
			reason: '两张表单数值不同；保留校验提示较少的一张（0 条对 1 条）'
		});
	});

	it('warns on the kept form, naming both files', () => {
		const { kept } = resolveConflicts([...seedAs('a.txt'), ...seedAs('b.txt')]);
		expect(kept[0]!.record.warnings).toEqual([
			{
				code: 'duplicate_form',
				message:
					'本表（b.txt 第 1 张）与 a.txt 第 1 张 的部门、项目、年度相同：两张表单内容相同；校验提示一样多（0 条），保留后读入的文件，另一张不计入合计',
				text: 'a.txt'
			}
		]);
	});

	it('leaves two forms of the same key inside one file alone', () => {
		const forms = seedAs('a.txt');
		forms[1]!.record.project = forms[0]!.record.project;
		expect(resolveConflicts(forms).kept).toHaveLength(2);
	});

	it('never lets a demo form displace a real one', () => {
		expect(resolveConflicts([...seedAs('a.txt'), ...seedAs('b.txt', 'demo')]).kept).toHaveLength(4);
	});
});
