/**
 * Readers of text whose layout is lost: a Shanghai form flattened to one shuffled line,
 * numbered names in a spreadsheet export, glued OCR text with weight-first rows. The inputs are
 * made up in the shape of the corpus files (never copied from them).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';

function first(text: string) {
	const record = parseText(text, 'scrambled.txt').records[0];
	if (!record) throw new Error('no record');
	return record;
}

const SHUFFLED = [
	'财政项目支出绩效自评表 (2023 年度) 社区健身步道维护 项目名称 主管部门 上海市示范区体育局',
	'年初预算数 全年预算数 全年执行数 分值 执行率 得分 80000.00 80000.00 72,000 10 9',
	'80000.00 80000.00 72000 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元)',
	'上海市示范区体育 设施管理所 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 90.00%',
	'实际完成情况 完成步道维护。 一级指标 二级指标 数量指标 三级指标 维护步道长度完成情况',
	'年度 指标值 实际 完成值 分值 得分 >=5公里 5公里 40 40 及时 及时 20 20 >=90% 95% 30 30',
	'100 99 统计 产出指标 时效指标 绩 效 指 标 效益指标 社会效益指标 维护及时性',
	'居民使用率 总分 偏差原因分析及 改进措施'
].join(' ');

describe('a Shanghai form flattened to one shuffled line', () => {
	const record = first(SHUFFLED);

	it('reads the project printed before its label', () =>
		expect(record.project).toBe('社区健身步道维护'));

	it('reads the unit printed before its label', () =>
		expect(record.unit).toBe('上海市示范区体育设施管理所'));

	it('reads the total funds row with the rate found elsewhere', () =>
		expect(record.funds[0]).toMatchObject({
			initial: '80000.00',
			executed: '72000',
			weight: '10',
			rate: '90.00',
			score: '9'
		}));

	it('reads the values in groups of four, in name order', () =>
		expect(record.indicators.map((i) => [i.name, i.target, i.actual, i.score])).toEqual([
			['维护步道长度完成情况统计', '>=5公里', '5公里', '40'],
			['维护及时性', '及时', '及时', '20'],
			['居民使用率', '>=90%', '95%', '30']
		]));

	it('reads the total after the groups', () => expect(record.total_score).toBe('99'));

	it('places every number it read: no unplaced_text for the total score', () =>
		expect(record.warnings).toEqual([]));
});

// the executed amount and the weight printed beside 实施单位, the rate beside 年度总体目标; the
// text ends at 总分, before any indicator value (the shape of a two-page PDF's first page)
const SHUFFLED_CUT = [
	'财政项目支出绩效自评表 (2023 年度) 项目名称 社区球场翻新经费 主管部门 上海市示范区体育局',
	'年初预算数 全年预算数 全年执行数 分值 执行率 得分 50000.00 50000.00 6.2',
	'其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元)',
	'上海市示范区体育 设施管理所 实施单位 31,000 预期目标 年度 总体 目标 10 62.00%',
	'实际完成情况 已完成球场翻新。 一级指标 二级指标 三级指标 数量指标 产出指标 绩 效 指 标',
	'翻新球场数量 质量指标 验收合格率 效益指标 社会效益指标 满意度指标 服务对象满意度指标',
	'居民使用情况 居民满意度 总分 -2- 年度 指标值'
].join(' ');

describe('a shuffled Shanghai line with funds printed beside header labels, cut off before values', () => {
	const record = first(SHUFFLED_CUT);

	it('does not take a funds figure printed after 实施单位 for the unit', () =>
		expect(record.unit).toBe('上海市示范区体育设施管理所'));

	it('gives each number of the total row the column its arithmetic fits', () =>
		expect(record.funds[0]).toEqual({
			source: 'total',
			initial: '50000.00',
			adjusted: '50000.00',
			executed: '31000',
			weight: '10',
			rate: '62.00',
			score: '6.2'
		}));

	it('reads the breakdown rows after the total', () =>
		expect(record.funds.slice(1).map((f) => [f.source, f.initial, f.adjusted])).toEqual([
			['appropriation', '0', '0'],
			['carryover', '0', '0'],
			['other', '0', '0']
		]));

	it('names one row per 二级 label when the values are cut off', () =>
		expect(record.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
			['产出指标', '数量指标', '翻新球场数量'],
			['产出指标', '质量指标', '验收合格率'],
			['效益指标', '社会效益指标', '居民使用情况'],
			['满意度指标', '服务对象满意度指标', '居民满意度']
		]));

	it('says the form is cut off', () =>
		expect(record.warnings.map((w) => w.code)).toContain('truncated'));
});

const NUMBERED = [
	'示范县项目支出绩效自评表 (2022年度) 项目名称 乡村保洁 主管部门 示范县农业农村局 实施单位 示范镇政府',
	'项目资金 (万元) 年度资金总额 年初预算数 全年预算数 全年执行数 分值 执行率 得分 50 50 10 100% 10',
	'年度 总体 目标 一级 指标 — 乡村保洁全覆盖 乡村保洁全覆盖 二级指标 三级指标',
	'指标1:保洁村数 指标2:保洁人员 12个 30人 12个 2 2 28人 2 1.8',
	'指标3:垃圾清运次数 365次 360次 2 1.9'
].join(' ');

describe('numbered names in a flattened export', () => {
	const record = first(NUMBERED);

	it('pairs targets and value triples in order when columns come one after another', () =>
		expect(record.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score])).toEqual([
			['保洁村数', '12个', '12个', '2', '2'],
			['保洁人员', '30人', '28人', '2', '1.8'],
			['垃圾清运次数', '365次', '360次', '2', '1.9']
		]));

	it('takes the goal texts printed after the indicator labels', () =>
		expect(record.goals).toEqual({ target: '乡村保洁全覆盖', actual: '乡村保洁全覆盖' }));
});

const GLUED = [
	'《某市本级部门项目支出绩效自评表.docx》由会员分享,可在线阅读。',
	'1、某市本级部门项目支出绩效自评表(2021年)项目名称小学公用经费主管部门某市教育局实施第位自评得分96' +
		'项Fl资金(万兀)年度资金总额年初预匏数调整预算数全年执行数(B)执行率(B/A)32.532.532.5100%' +
		'年度总体目标年初设定目标保障学校运转年度总体目标完成情况一级指标二级指标三级指标分值指标值全年实际值得分' +
		'项目决策(10分)项目目标完整性4一目标明确4项目管理(25分)投入管理预算执行率10一100%9顼目产出(30分)数量指标(10分)保障学',
	'2、生数101200人1200人IO质量指标(5分)公用经费标准5符合要求符合要求5成本指标(10分)办公成本48万元7.5万元4'
].join('\n');

describe('glued OCR text with weight-first rows', () => {
	const record = first(GLUED);

	it('fixes OCR glyphs where a label is expected (项Fl资金, 万兀)', () =>
		expect(record.amount_unit).toBe('万元'));

	it('splits the glued funds run by its arithmetic', () =>
		expect(record.funds[0]).toMatchObject({
			initial: '325000',
			adjusted: '325000',
			executed: '325000',
			rate: '100'
		}));

	it('reads the self-evaluation score printed in the header', () =>
		expect(record.total_score).toBe('96'));

	it('reads rows across a doc-site chunk break', () =>
		expect(
			record.indicators.map((i) => [i.level2, i.name, i.weight, i.target, i.actual, i.score])
		).toEqual([
			[null, '项目目标完整性', '4', null, '目标明确', '4'],
			['投入管理', '预算执行率', '10', null, '100%', '9'],
			['数量指标', '保障学生数', '10', '1200人', '1200人', '10'],
			['质量指标', '公用经费标准', '5', '符合要求', '符合要求', '5'],
			['成本指标', '办公成本', '4', '8万元', '7.5万元', '4']
		]));
});

describe('a scrambled header', () => {
	const text = [
		'示范市财政预算支出项目绩效目标自评表 项目名称 项目主管单 位 自评总分: 88 项目实施单位',
		'示范市水务局 示范市水务局 项目负责人 张三 单位领导审签: 河道清淤工程 项目属性 项目资金 100 100 100%'
	].join(' ');
	const record = first(text);

	it('gives organisations printed under the last label to the empty labels in order', () =>
		expect([record.department, record.unit]).toEqual(['示范市水务局', '示范市水务局']));

	it('gives an empty 项目名称 the project name printed further on', () =>
		expect(record.project).toBe('河道清淤工程'));

	it('reads the self-evaluation score from the header', () =>
		expect(record.total_score).toBe('88'));
});
