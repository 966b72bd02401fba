import { describe, expect, it } from 'vitest';
import { toCells } from '../../src/lib/parsing/cells.ts';
import { readIndicatorLines } from '../../src/lib/parsing/indicators-lines.ts';

/** Reads an indicator block printed as the Shanghai PDF text prints it (names wrap at 10). */
function read(block: string) {
	const lines = block.split('\n');
	return readIndicatorLines(toCells(lines, 'flow'), []).map((d) => [
		d.name,
		d.target,
		d.actual,
		d.note
	]);
}

const HEAD = '一级指标 二级指标 三级指标\n偏差原因分析及\n改进措施\n\n产出指标\n\n数量指标';

describe('readIndicatorLines', () => {
	it('gives a long note its continuation lines, not the short name after it', () => {
		const block = [
			HEAD,
			'保障性住房建设完成及',
			'',
			'时率',
			'',
			'=100% 79% 5 4',
			'招标失败后重新组',
			'',
			'织招标，实施周期',
			'',
			'延长。',
			'',
			'工程开工时间',
			'',
			'2020年6月30',
			'日前开工',
			'',
			'2020年4月开',
			'工',
			'',
			'15 15'
		].join('\n');
		expect(read(block)[1]).toEqual(['工程开工时间', '2020年6月30日前开工', '2020年4月开工', null]);
	});

	it('keeps a wrapped name whole before a wrapped date target', () => {
		const block = [
			HEAD,
			'受益户数',
			'>=100户 120户 10 10',
			'',
			'基层医疗卫生机构能力',
			'',
			'建设按期完成',
			'',
			'2022年12月31',
			'日前完成',
			'',
			'2022年12月31',
			'日前完成',
			'',
			'25 25'
		].join('\n');
		expect(read(block)[1]?.slice(0, 2)).toEqual([
			'基层医疗卫生机构能力建设按期完成',
			'2022年12月31日前完成'
		]);
	});

	it('ends a short note before a one-line name', () => {
		const block = [
			HEAD,
			'文物修缮工程验收合格',
			'',
			'率',
			'>=72项 0 0 0',
			'该项工作已调整至',
			'',
			'下一年度实施',
			'',
			'服务参与人次',
			'>=1.3万人次 0 0 0'
		].join('\n');
		const rows = read(block);
		expect(rows[0]?.[3]).toBe('该项工作已调整至下一年度实施');
		expect(rows[1]?.[0]).toBe('服务参与人次');
	});
});
