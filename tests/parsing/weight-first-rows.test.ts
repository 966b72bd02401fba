/**
 * Glued rows printed weight first (宁夏 OCR text): the split that fits what a row must be.
 * Inputs are made up in the shape of the corpus files.
 */
import { describe, expect, it } from 'vitest';
import { splitWeightFirstRun } from '../../src/lib/parsing/weight-first-rows.ts';

const row = (text: string, weight?: string) =>
	splitWeightFirstRun(text, weight)?.map((r) => [
		r.name,
		r.weight,
		r.target,
		r.actual,
		r.score,
		r.note
	]);

describe('splitWeightFirstRun', () => {
	it('reads a weight glued to a target that starts with a digit (8 | 550万粒)', () =>
		expect(row('免费发放原原种8550万粒550万粒8')).toEqual([
			['免费发放原原种', '8', '550万粒', '550万粒', '8', '']
		]));

	it('reads a placeholder target and a lost point', () =>
		expect(row('预算执行率10一100%9')).toEqual([['预算执行率', '10', '', '100%', '9', '']]));

	it('reads an OCR score (IO = 10)', () =>
		expect(row('保障人数102370人2370人IO')).toEqual([
			['保障人数', '10', '2370人', '2370人', '10', '']
		]));

	it('cuts several rows glued in one run', () =>
		expect(row('办公所需成本415万元15万元4维修(维护)所需成本335万元35万元3')).toEqual([
			['办公所需成本', '4', '15万元', '15万元', '4', ''],
			['维修(维护)所需成本', '3', '35万元', '35万元', '3', '']
		]));

	it('takes answer words for target and actual, and the reason after a lost point', () =>
		expect(row('持续完善种薯繁育体系8是基本达到7加强技术指导')).toEqual([
			['持续完善种薯繁育体系', '8', '是', '基本达到', '7', '加强技术指导']
		]));

	it('keeps a date in a name and a score after a sentence stop', () =>
		expect(row('公用经费完成时间52021年12月完成2021年12月完成4')).toEqual([
			['公用经费完成时间', '5', '2021年12月完成', '2021年12月完成', '4', '']
		]));

	it("prefers the table's common weight where two splits fit alike", () =>
		expect(row('推广面积占比880%^80%8', '8')?.[0]?.slice(0, 2)).toEqual(['推广面积占比', '8']));

	it('cuts rows whose targets are placeholders and whose actuals are sentences', () =>
		expect(
			row('项目目标完整性4一目标明确、内容细化4项目立项相关性2一按照学校管理标准进行管理2')
		).toEqual([
			['项目目标完整性', '4', '', '目标明确、内容细化', '4', ''],
			['项目立项相关性', '2', '', '按照学校管理标准进行管理', '2', '']
		]));

	it('reads a long run in time linear in its length', () => {
		const run = '办公所需成本415万元15万元4维修所需成本335万元35万元3'.repeat(40);
		expect(splitWeightFirstRun(run)).toHaveLength(80);
	});

	it('reads nothing where no score follows', () =>
		expect(splitWeightFirstRun('一级种薯繁育基地8000亩8535.5亩')).toBeNull());
});
