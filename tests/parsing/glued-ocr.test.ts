/**
 * OCR'd Word tables turned to text, every cell glued, with stray spaces and glyph errors (O for
 * 0, 指标性质 scrambled): a 部门整体 form whose rows end in coefficient, weight+score and a 是/否
 * core flag, and a county transfer-payment form (TPC). Both made up here in the shape of such
 * files (domain.md §4.2, §4.10).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';

const first = (text: string) => {
	const [form] = parseText(text, 'glued.txt').records;
	if (!form) throw new Error('no record');
	return form;
};

const DEPT = [
	'《部门整体绩效自评表.docx》由会员分享。',
	'1、部门整体绩效自评表主管部门示范区文化旅游委自评总分(分)96.5部门联系人×××联系电话×××' +
		'部门预算执行情况年初预算数全年(调整)预算数全年执行数执行率(%)执行率权重执行率得分(分)O85%108.5' +
		'当年绩效目标年初绩效目标全年(调整)绩效目标全年目标实际完成情况无保障文化场馆正常开放。全年开放300天。指标名称计量单位指标性质年初指标值调整指标值全年完成值得分系数(%)指标权重(分)指标得分(分)是否核心指标场馆开放天数天定量指标300天310天100%1010是图书借阅人次人次定量指标5000人次4800人次96%54.8否',
	'2、服务规范性性标定指好好100%55否“三公经费控制率%100%33否'
].join('\n');

describe('a 部门整体 form OCR-glued, rows ending in coefficient, weight+score and 是/否', () => {
	const form = first(DEPT);

	it('reads the self-evaluation total from the header', () =>
		expect(form.total_score).toBe('96.5'));

	it('reads the funds rate, weight and score, O read as 0', () =>
		expect(form.funds[0]).toMatchObject({
			source: 'total',
			rate: '85',
			weight: '10',
			score: '8.5'
		}));

	it('cuts each row from its end and splits weight+score by the coefficient', () =>
		expect(
			form.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score, i.core ?? false])
		).toEqual([
			['场馆开放天数', '300天', '310天', '10', '10', true],
			['图书借阅人次', '5000人次', '4800人次', '5', '4.8', false],
			['服务规范性', '好', '好', '5', '5', false],
			['“三公经费控制率', null, null, '3', '3', false]
		]));
});

const TPC = [
	'《2021年度县级专项资金绩效目标自评表.docx》由会员分享。',
	'1、2021年度县级专项资金绩效目标自评表专项资金名称农村公路养护负责人及电话×××县级主管部门示范县交通运输局实施单位示范县公路养护中心项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额8078.497.99%其中:中央、省、市补助县级资金6060100%其他资金年度 总体 目标年初设定目标全年实际完成情况养护农村公路200公里完成养护205公里绩 效 指 标一级 指标二级指标三级指标年度指标 值全年完成值未完成原因和改进措施',
	'2、产 出 指 标数量 指标养护里程200公里205公里桥梁检查次数4次4次质量 指标路面优良率80%82%',
	'3、效益 指标社会效益指标群众出行便利度高高满意 度指标服务对象 满意度指 标群众满意度90%93%'
].join('\n');

describe('a county transfer-payment form OCR-glued with stray spaces', () => {
	const form = first(TPC);

	it('reads the header of the transfer template', () =>
		expect(form).toMatchObject({
			source: { template: 'transfer' },
			project: '农村公路养护',
			department: '示范县交通运输局',
			unit: '示范县公路养护中心',
			amount_unit: '万元'
		}));

	it('splits the glued funds rows by their arithmetic', () =>
		expect(form.funds.slice(0, 2).map((f) => [f.source, f.adjusted, f.executed, f.rate])).toEqual([
			['total', '800000', '784000', '97.99'],
			['central', '600000', '600000', '100']
		]));

	it('cuts the glued rows into name, target and actual', () =>
		expect(form.indicators.map((i) => [i.level2, i.name, i.target, i.actual])).toEqual([
			['数量指标', '养护里程', '200公里', '205公里'],
			['数量指标', '桥梁检查次数', '4次', '4次'],
			['质量指标', '路面优良率', '80%', '82%'],
			['社会效益指标', '群众出行便利度', '高', '高'],
			['服务对象满意度指标', '群众满意度', '90%', '93%']
		]));
});

const SC = [
	'附件:2022年财政衔接资金项目绩效自评表示范县水务局2022年12月30日绩效目标自评表(2022年度)项目名称示范村供水管网改造' +
		'项目负责人及电话×××(办公)主管部门示范县水务局实施单位示范县水务局资金情况(万元)全年预算数(A)全年执行数(B)分值' +
		'执行率(B/A)得分年度资金总额:303010100.00%10其中:本年财政拨款3030其他资金年度总体目标年初设定目标' +
		'年度总体目标完成情况综述改造管网12公里。完成改造12公里。绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分' +
		'未完成原因及拟采取的改进措施产出指标(50分)数量指标改造管网长度5012公里12公里50效益指标(30分)社会效益指标' +
		'受益人口30≥800人≥800人30满意度指标(10分)服务对象满意度指标群众满意度10≥95%≥95%10……总分100100注:1.一级指标分值统一设置。'
].join('\n');

describe('a Sichuan-like form glued on one line', () => {
	const form = first(SC);

	it('splits the total row and bounds the breakdown row by the total (3030 is 30 and 30)', () =>
		expect(form.funds.slice(0, 2).map((f) => [f.source, f.adjusted, f.executed])).toEqual([
			['total', '300000', '300000'],
			['appropriation', '300000', '300000']
		]));

	it('reads the funds rate, weight and score', () =>
		expect(form.funds[0]).toMatchObject({ weight: '10', rate: '100.00', score: '10' }));

	it('splits a glued total row (总分100100) into weight and score', () =>
		expect([form.total_weight, form.total_score]).toEqual(['100', '100']));

	it('stops the header values at the next label', () =>
		expect([form.project, form.unit]).toEqual(['示范村供水管网改造', '示范县水务局']));
});

describe('header labels of the 宁夏 glued layout', () => {
	const text = [
		'示范项目绩效目标自评表(2022年度)项目总得分97分',
		'1、项目名称示范种薯推广项目实施单位/项目负责人示范区农技中心/张某自治区主管部门农业农村厅市县财政部门示范区财政局' +
			'市县主管部门示范区农业农村局资金情况(万元)年度资金总额全年预算数(A)全年执行数(B)执行率(B/A)300280.593.5%' +
			'年度总体目标推广种薯1000亩。绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分',
		'2、产出指标(40分)数量指标指标1推广面积401000亩1000亩40'
	].join('\n');
	const [form] = parseText(text, 'nx.txt').records;

	it('reads 项目总得分 after the title as the self-evaluation score', () =>
		expect(form?.total_score).toBe('97'));

	it('gives a label naming two fields the first of its paired values', () =>
		expect(form?.unit).toBe('示范区农技中心'));
});
