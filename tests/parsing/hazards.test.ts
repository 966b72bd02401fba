import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { fixture, parseFixture } from './helpers.ts';

const [library, manuscripts] = parseFixture('shanghai-two-forms.txt');
const web = parseFixture('web-table.txt')[0];
const glued = parseFixture('glued.txt')[0];
const sichuan = parseFixture('sichuan.txt')[0];
const anhui = parseFixture('anhui.txt')[0];

describe('text-extraction hazards (domain.md §4)', () => {
	it('finds several forms in one file, in order', () => {
		expect([library?.project, manuscripts?.project]).toEqual([
			'社区图书馆数字化改造',
			'古籍修复专项'
		]);
	});

	it('joins a label value split across lines', () => {
		expect(library?.department).toBe('上海市示范区文化和旅游管理局');
	});

	it('joins a unit name wrapped over two lines', () => {
		expect(library?.unit).toBe('上海市示范区图书馆');
	});

	it('reads 年度/总体/目标 printed vertically as the goals anchor', () => {
		expect(library?.goals?.target).toBe('完成全区十二家社区图书馆的数字化改造，提升借阅服务效率。');
	});

	it('joins an indicator name wrapped across lines', () => {
		expect(library?.indicators[0]?.name).toBe('社区图书馆改造完成数量');
	});

	it('keeps a name whole when a neighbour note and vertical 绩效指标 split it', () => {
		expect(library?.indicators[1]?.name).toBe('改造设备到货验收合格率');
	});

	it('gives the neighbour note to its own row', () => {
		expect(library?.indicators[1]?.note).toBe('部分设备延期交付已督促供应商整改');
	});

	it('places 二级 labels printed in the middle of their rows (reading order broken)', () => {
		expect(library?.indicators.map((i) => i.level2)).toEqual([
			'数量指标',
			'质量指标',
			'时效指标',
			'社会效益指标',
			'服务对象满意度指标'
		]);
	});

	it('drops page furniture such as -1-', () => {
		const names = library?.indicators.map((i) => i.name).join('');
		expect(names).not.toMatch(/-1-/);
	});

	it('folds full-width digits in the title year', () => {
		expect(library?.year).toBe(2022);
	});

	it('writes ≧ as >=', () => {
		expect(library?.indicators[0]?.target).toBe('>=12家');
	});

	it('folds a full-width ％', () => {
		expect(library?.indicators[4]?.target).toBe('>=90%');
	});

	it('writes ═ as =', () => {
		expect(web?.indicators[1]?.target).toBe('=100%');
	});

	it('writes ≤ as <=', () => {
		expect(web?.indicators[2]?.target).toBe('<=10月');
	});

	it('removes thousands separators from amounts', () => {
		expect(library?.funds[0]?.initial).toBe('1200000.00');
	});

	it('reads placeholders as null', () => {
		expect(library?.funds.find((r) => r.source === 'other')).toMatchObject({
			initial: null,
			adjusted: null,
			executed: null
		});
	});

	it('reads | separated web-table cells', () => {
		expect(web).toMatchObject({ project: '校园安全设施更新', unit: '示范县第一中学', grade: '优' });
	});

	it('joins 指标性质/指标值/度量单位 into one target', () => {
		expect(web?.indicators[0]?.target).toBe('>=120个');
	});

	it('splits glued funds cells by arithmetic', () => {
		expect(glued?.funds[0]).toMatchObject({
			initial: '2000000.00',
			adjusted: '2000000.00',
			executed: '1800000.00',
			weight: '10',
			rate: '90.0',
			score: '9'
		});
	});

	it('splits glued indicator cells into name, target, actual, weight and score', () => {
		expect(glued?.indicators[1]).toMatchObject({
			name: '保洁及时性',
			target: '及时',
			actual: '较及时',
			weight: '20',
			score: '18',
			note: '人手紧张'
		});
	});

	// every glued cell here splits one way only (amounts in 元 to the fen, 90.0% = 1800000/2000000)
	it('gives no split_guess where every glued cell splits one way only', () => {
		expect(glued?.warnings.filter((w) => w.code === 'split_guess')).toEqual([]);
	});

	it('converts 万元 to 元 with decimals', () => {
		expect(sichuan?.funds[0]).toMatchObject({
			initial: '1205000',
			adjusted: '1180000',
			executed: '1121000'
		});
	});

	it('takes a printed project code off the project name', () => {
		expect([sichuan?.code, sichuan?.project]).toEqual([
			'51000099X000000000042',
			'示范县农村道路养护'
		]);
	});

	it('reads a 定性 indicator as qualitative text', () => {
		expect(sichuan?.indicators[1]?.target).toBe('改善');
	});

	it('marks ★ indicators as core and drops the mark', () => {
		expect(anhui?.indicators[0]).toMatchObject({ name: '建成光伏电站数量', core: true });
	});

	it('skips unweighted 其中 sub-rows', () => {
		expect(anhui?.indicators.map((i) => i.name)).not.toContain('其中一号电站装机容量');
	});

	it('reads Anhui weights printed before the target', () => {
		expect(anhui?.indicators[0]).toMatchObject({
			weight: '30',
			target: '2座',
			actual: '2座',
			score: '30'
		});
	});

	it('yields a record with a truncated warning for a form cut off by the end of the file', () => {
		const result = parseText(fixture('truncated.txt'), 'truncated.txt');
		expect(result.records[0]?.warnings.map((w) => w.code)).toContain('truncated');
	});

	it('keeps what was read from a truncated form', () => {
		const result = parseText(fixture('truncated.txt'), 'truncated.txt');
		expect(result.records[0]?.indicators[0]?.name).toBe('社区图书馆改造完成数量');
	});

	it('yields no record for a file that starts mid-form', () => {
		expect(parseText(fixture('mid-form.txt'), 'mid-form.txt').records).toEqual([]);
	});

	it('names the file and the line in the error for a file that starts mid-form', () => {
		expect(parseText(fixture('mid-form.txt'), 'mid-form.txt').errors).toEqual([
			'mid-form.txt: no form header (项目名称 or …自评表 title) found, from line 1'
		]);
	});
});

describe('the MOF table in PDF text', () => {
	it('reads a table printed one row per line, the reason after the score', () => {
		const [form] = parseFixture('mof-lines.txt');
		expect(form?.source.template).toBe('mof');
		expect(form?.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score])).toEqual([
			['维修面积', '>=1000平方米', '1200平方米', '20', '20'],
			['验收合格率', '100%', '100%', '20', '20'],
			['完工时间', '<=10月', '11月', '10', '8'],
			['单位成本', '<=500元/平方米', '480元/平方米', '10', '10'],
			['教学条件改善', '明显改善', '明显改善', '20', '20'],
			['师生满意度', '>=90%', '95%', '10', '10']
		]);
		expect(form?.indicators[2]?.note).toBe('雨季推迟开工,明年提前安排');
		expect(form?.warnings).toEqual([]);
	});
});
