/**
 * A Word document OCR'd to text (domain.md §4.8, §4.10): one table row per line, Word's list
 * numbering before each indicator row, a page break with its page number and the title again as
 * a running header (续表), and letters for digits (`IO` = 10, `1O0%` = 100%). Made up here in
 * the shape of such files.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { fixFigure } from '../../src/lib/parsing/ocr-cells.ts';

const FORM = [
	'项目支出绩效自评表.docx',
	'项目支出绩效自评表',
	'(2022年度)',
	'项目名称 公共图书馆免费开放',
	'主管部门 某市文化和旅游局 实施单位 某市图书馆',
	'项Fl资金(万兀) 年初预算数 全年预匏数 全年执行数 分值 执行率 得分',
	'年度资金总额 120.00 1O0.00 9O.00 IO 90.00% 9',
	'其中:本年财政拨款 120.00 100.00 90.00',
	'年度总体目标 预期目标 实际完成情况',
	'保障图书馆免费开放。 全年开放310天，接待读者12万人次。',
	'绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
	'1、产出指标 数量指标 开放天数 ≥300天 310天 2O 20',
	'2、接待读者人次 ≥10万人次 12万人次 IO IO',
	'3、质量指标 图书完好率 ≥95% 1O0% 10 1O',
	'- 1 -',
	'项目支出绩效自评表（续表）',
	'4、效益指标 社会效益指标 阅读推广覆盖率 ≥80% 85% 4O 40',
	'5、满意度指标 服务对象满意度指标 读者满意度 ≥90% 88% IO 9.8 个别时段座位紧张，将延长开放时间。',
	'总分 1O0 98.8'
].join('\n');

describe('a Word/OCR flow of a 项目支出 form', () => {
	const result = parseText(FORM, 'ocr.txt');
	const form = result.records[0];

	it('reads one form: the running header (续表) starts none', () =>
		expect(result.records).toHaveLength(1));

	it('takes a running header printing its year `(2022 年度)` for no indicator row', () => {
		const spaced = FORM.replace('项目支出绩效自评表（续表）', '绩效目标自评表(2022 年度)（续表）');
		const names = parseText(spaced, 'ocr.txt').records[0]?.indicators.map((i) => i.name);
		expect(names).toEqual(form?.indicators.map((i) => i.name));
	});

	it('reads every indicator row, list numbering taken off', () =>
		expect(form?.indicators.map((i) => i.name)).toEqual([
			'开放天数',
			'接待读者人次',
			'图书完好率',
			'阅读推广覆盖率',
			'读者满意度'
		]));

	it('reads the level labels the numbering stood before', () =>
		expect(form?.indicators.map((i) => `${i.level1}/${i.level2}`)).toEqual([
			'产出指标/数量指标',
			'产出指标/数量指标',
			'产出指标/质量指标',
			'效益指标/社会效益指标',
			'满意度指标/服务对象满意度指标'
		]));

	it('reads IO and 1O as 10, 2O and 4O as 20 and 40', () =>
		expect(form?.indicators.map((i) => [i.weight, i.score])).toEqual([
			['20', '20'],
			['10', '10'],
			['10', '10'],
			['40', '40'],
			['10', '9.8']
		]));

	it('reads 1O0% as 100% where a value is expected', () =>
		expect(form?.indicators[2]?.actual).toBe('100%'));

	it('keeps the note at the end of its row', () =>
		expect(form?.indicators[4]?.note).toBe('个别时段座位紧张，将延长开放时间。'));

	it('reads the total row with its weight misread', () =>
		expect([form?.total_weight, form?.total_score]).toEqual(['100', '98.8']));

	it('reads the funds in 万兀 as 万元', () =>
		expect(form?.funds[0]).toMatchObject({
			source: 'total',
			initial: '1200000',
			adjusted: '1000000',
			executed: '900000',
			weight: '10',
			score: '9'
		}));

	it('warns about nothing the form gets right', () =>
		expect(form?.warnings.map((w) => w.code)).toEqual([]));

	it('takes off numbering printed as 1. 2. 3. too', () => {
		const dotted = parseText(FORM.replace(/^(\d)、/gm, '$1.'), 'ocr.txt').records[0];
		expect(dotted?.indicators.map((i) => [i.level2, i.name])).toEqual(
			form?.indicators.map((i) => [i.level2, i.name])
		);
	});
});

describe('a Word/OCR flow whose total is printed in the header only', () => {
	const headed = FORM.replace('公共图书馆免费开放', '公共图书馆免费开放 自评总分: 9O.8').replace(
		'总分 1O0 98.8',
		''
	);

	it('reads the 自评总分 with its 0 misread as O', () =>
		expect(parseText(headed, 'ocr.txt').records[0]?.total_score).toBe('90.8'));
});

describe('fixFigure', () => {
	it('reads IO as 10', () => expect(fixFigure('IO')).toBe('10'));

	it('reads 1O0% as 100%', () => expect(fixFigure('1O0%')).toBe('100%'));

	it('keeps a comparator and a unit: >=1O所', () => expect(fixFigure('>=1O所')).toBe('>=10所'));

	it('reads 14358288O.00 as an amount', () =>
		expect(fixFigure('14358288O.00')).toBe('143582880.00'));

	it('leaves a lone letter alone', () => expect(fixFigure('I')).toBeNull());

	it('leaves O2 alone: no figure starts with a zero', () => expect(fixFigure('O2')).toBeNull());

	it('leaves a Latin word alone', () => expect(fixFigure('IOS')).toBeNull());

	it('leaves a figure without glyphs alone', () => expect(fixFigure('100%')).toBeNull());
});
