/**
 * A national-template form copied from a web page one cell per paragraph: a blank line between
 * cells, blank cells as a line holding one space, `指标1`-prefixed names, placeholder rows
 * (`指标2`, `……` followed by blank cells) and a title that lost its `(` ([F019]'s class). The
 * form is made up here, in that shape.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';

const BLANK = ' ';
const CELLS = [
	'项目支出绩效自评表',
	'2020年度)',
	'项目名称',
	'乡村道路养护经费',
	'主管部门',
	'示范县交通运输局',
	'实施单位',
	'示范县公路养护站',
	'项目资金',
	'(万元)',
	BLANK,
	'年初',
	'预算数',
	'全年',
	'预算数',
	'全年',
	'执行数',
	'分值',
	'执行率',
	'得分',
	'年度资金总额',
	'50',
	'50',
	'45',
	'10',
	'90%',
	'9',
	'其中:当年财政拨款',
	'50',
	'50',
	'45',
	BLANK,
	'上年结转资金',
	BLANK,
	BLANK,
	BLANK,
	BLANK,
	'年度总体目标',
	'预期目标',
	'实际完成情况',
	'养护道路120公里',
	'养护道路118公里',
	'一级指标',
	'二级指标',
	'三级指标',
	'年度',
	'指标值',
	'实际',
	'完成值',
	'分值',
	'得分',
	'偏差原因分析及改进措施',
	'产出指标',
	'数量指标',
	'指标1养护里程',
	'120',
	'118',
	'30',
	'29',
	'两段道路因汛期顺延',
	'指标2',
	BLANK,
	BLANK,
	BLANK,
	BLANK,
	BLANK,
	'……',
	BLANK,
	BLANK,
	BLANK,
	BLANK,
	BLANK,
	'效益指标',
	'社会效益',
	'指标',
	'指标1通行保障率',
	'100',
	'100',
	'30',
	'30',
	BLANK,
	'满意度',
	'指标',
	'服务对象满意度指标',
	'指标1群众满意度',
	'90',
	'95',
	'30',
	'30',
	BLANK,
	'总分',
	'100',
	'98'
];

const record = () => {
	const [form] = parseText(CELLS.join('\n\n') + '\n', 'cells.txt').records;
	if (!form) throw new Error('no record');
	return form;
};

describe('a form printed one cell per paragraph, blank cells as spaces', () => {
	it('reads the header fields', () =>
		expect(record()).toMatchObject({
			year: 2020,
			project: '乡村道路养护经费',
			department: '示范县交通运输局',
			unit: '示范县公路养护站',
			amount_unit: '万元'
		}));

	it('reads the funds rows with column labels split over two cells', () =>
		expect(record().funds.slice(0, 2)).toMatchObject([
			{
				source: 'total',
				initial: '500000',
				adjusted: '500000',
				executed: '450000',
				weight: '10',
				rate: '90',
				score: '9'
			},
			{ source: 'appropriation', initial: '500000', adjusted: '500000', executed: '450000' }
		]));

	it('reads a blank funds row as placeholders, not zeros', () =>
		expect(record().funds[2]).toMatchObject({
			source: 'carryover',
			initial: null,
			adjusted: null,
			executed: null
		}));

	it('reads the indicators by position, skipping placeholder rows and 指标1 prefixes', () =>
		expect(
			record().indicators.map((i) => [
				i.level1,
				i.level2,
				i.name,
				i.target,
				i.actual,
				i.weight,
				i.score,
				i.note
			])
		).toEqual([
			['产出指标', '数量指标', '养护里程', '120', '118', '30', '29', '两段道路因汛期顺延'],
			['效益指标', '社会效益指标', '通行保障率', '100', '100', '30', '30', null],
			['满意度指标', '服务对象满意度指标', '群众满意度', '90', '95', '30', '30', null]
		]));

	it('reads the same with every separator doubled and every line indented', () => {
		const spaced = CELLS.map((c) => '  ' + c).join('\n\n\n\n') + '\n';
		const [form] = parseText(spaced, 'cells.txt').records;
		expect(form?.indicators).toEqual(record().indicators);
		expect(form?.funds).toEqual(record().funds);
	});
});

describe('a web table saved one cell per line, each cell ending in a bar', () => {
	const text = [
		'项目支出绩效自评表',
		'(2019年度)',
		'项目名称 |',
		'临时救助 |',
		'主管部门 |',
		'示范县民政局 |',
		'资金情况(万元) |',
		'全年预算数(A) |',
		'全年执行数(B) |',
		'分值 |',
		'执行率(B/A) |',
		'得分 |',
		'||',
		'年度资金总额: |',
		'30 |',
		'30 |',
		'10 |',
		'100% |',
		'10 |',
		'||',
		'|',
		'一级指标 |',
		'二级指标 |',
		'三级指标 |',
		'分值 |',
		'年度指标值 |',
		'全年实际值 |',
		'得分 |',
		'未完成原因分析 |',
		'产出指标 |',
		'数量指标 |',
		'救助人次 |',
		'5 |',
		'>=59人次 |',
		'87人次 |',
		'5 |',
		'|',
		'|',
		'救助供养人数 |',
		'5 |',
		'>=4754人 |',
		'4604人 |',
		'4 |',
		'供养人员实行动态管理 |',
		'|',
		'总分 |',
		'100 |',
		'99 |'
	].join('\n');
	const [form] = parseText(text, 'bars.txt').records;

	it('places the total row, its padding cells left out', () =>
		expect(form?.funds[0]).toMatchObject({
			adjusted: '300000',
			executed: '300000',
			weight: '10',
			rate: '100',
			score: '10'
		}));

	it('takes the text on the line after a score as that row’s note', () =>
		expect(form?.indicators.map((i) => [i.name, i.weight, i.score, i.note])).toEqual([
			['救助人次', '5', '5', null],
			['救助供养人数', '5', '4', '供养人员实行动态管理']
		]));
});
