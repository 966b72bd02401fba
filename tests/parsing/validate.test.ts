/** What a form gets wrong about itself, as warnings (record.md, "Validation"). */
import { describe, expect, it } from 'vitest';
import type { FormRecord, FundRow } from '../../src/lib/model/form.ts';
import { validateRecord } from '../../src/lib/parsing/validate.ts';

function formWith(funds: Partial<FundRow>[]): FormRecord {
	return {
		source: { file: 'test.txt', index: 0, template: 'shanghai' },
		kind: 'project',
		year: 2022,
		project: '测试项目',
		code: null,
		department: '测试部门',
		unit: null,
		amount_unit: '万元',
		funds: funds.map((f) => ({
			source: 'total',
			initial: null,
			adjusted: null,
			executed: null,
			rate: null,
			score: null,
			weight: null,
			...f
		})) as FundRow[],
		goals: null,
		indicators: [],
		total_weight: null,
		total_score: null,
		grade: null,
		warnings: []
	};
}

const codes = (record: FormRecord) => validateRecord(record).map((w) => w.code);

describe('rate_mismatch', () => {
	it('accepts a printed percentage within 0.01 point of executed ÷ adjusted', () => {
		// 9,640,700 / 26,845,000 = 35.9125… %
		expect(codes(formWith([{ adjusted: '26845000', executed: '9640700', rate: '35.91' }]))).toEqual(
			[]
		);
	});

	it('flags a printed percentage further off, with both figures', () => {
		const [warning] = validateRecord(
			formWith([{ adjusted: '26845000', executed: '9640700', rate: '36.5' }])
		);
		expect(warning?.code).toBe('rate_mismatch');
		expect(warning?.message).toBe(
			'年度资金总额：填报执行率 36.5%，按执行数 ÷ 全年预算数计算为 35.91%'
		);
	});

	it('compares a whole-number percentage at its printed precision', () => {
		// [F019] prints 86 % for 372.4 / 432 = 86.20 %: 86 stands for 85.5–86.5 %
		expect(codes(formWith([{ adjusted: '4320000', executed: '3724000', rate: '86' }]))).toEqual([]);
		expect(codes(formWith([{ adjusted: '4320000', executed: '3724000', rate: '87' }]))).toEqual([
			'rate_mismatch'
		]);
	});

	it('counts trailing zeros as printed digits', () => {
		// 100.00 claims two decimals: 99.70 % is off by more than 0.01 point
		expect(codes(formWith([{ adjusted: '1000', executed: '997', rate: '100.00' }]))).toEqual([
			'rate_mismatch'
		]);
	});

	it('reads a rate printed as the ratio B/A at its printed precision', () => {
		// Yunnan prints 执行率(B/A) as 0.1 for 94 / 650 = 14.46 %
		expect(codes(formWith([{ adjusted: '6500000', executed: '940000', rate: '0.1' }]))).toEqual([]);
		expect(codes(formWith([{ adjusted: '6500000', executed: '940000', rate: '0.1446' }]))).toEqual(
			[]
		);
	});

	it('still flags a ratio that its printing cannot explain', () => {
		const [warning] = validateRecord(
			formWith([{ adjusted: '6500000', executed: '940000', rate: '0.25' }])
		);
		expect(warning?.message).toBe(
			'年度资金总额：填报执行率 0.25（即 25%），按执行数 ÷ 全年预算数计算为 14.46%'
		);
	});

	it('keeps a small percentage a percentage', () => {
		// 0.5 % executed, printed 0.5: not the ratio 50 %
		expect(codes(formWith([{ adjusted: '1000000', executed: '5000', rate: '0.5' }]))).toEqual([]);
		expect(codes(formWith([{ adjusted: '1000000', executed: '5000', rate: '0.9' }]))).toEqual([
			'rate_mismatch'
		]);
	});
});

describe('executed_over_budget', () => {
	it('flags more executed than the full-year budget', () => {
		expect(codes(formWith([{ adjusted: '100', executed: '120', rate: '120' }]))).toEqual([
			'executed_over_budget'
		]);
	});
});

describe('funds_sum_mismatch', () => {
	const total = { source: 'total' as const, adjusted: '8285000', executed: '1080740' };

	it('accepts a total its printed breakdown adds up to', () => {
		const form = formWith([
			total,
			{ source: 'appropriation', adjusted: '8285000', executed: '1080740' },
			{ source: 'carryover', adjusted: '0', executed: '0' }
		]);
		expect(codes(form)).toEqual([]);
	});

	it('flags a total left at zero while a breakdown row holds the money (domain.md §4.6)', () => {
		const form = formWith([
			{ source: 'total', initial: '0', adjusted: '0', executed: '0' },
			{ source: 'appropriation', initial: '900000', adjusted: '899740', executed: '899740' },
			{ source: 'other' }
		]);
		const [warning] = validateRecord(form);
		expect(warning?.code).toBe('funds_sum_mismatch');
		expect(warning?.message).toBe(
			'年初预算数总额 0 元，其中各项合计 900000 元；全年预算数总额 0 元，其中各项合计 899740 元；全年执行数总额 0 元，其中各项合计 899740 元'
		);
	});

	it('says nothing when parts left blank may hold the rest', () => {
		const form = formWith([
			total,
			{ source: 'appropriation', adjusted: '8000000' },
			{ source: 'other' }
		]);
		expect(codes(form)).toEqual([]);
	});

	it('allows for each part rounded in 万元', () => {
		const form = formWith([
			{ source: 'total', adjusted: '1000000' },
			{ source: 'appropriation', adjusted: '333300' },
			{ source: 'carryover', adjusted: '333300' },
			{ source: 'other', adjusted: '333300' }
		]);
		expect(codes(form)).toEqual([]);
	});
});

describe('a total over full marks', () => {
	const scored = (total_score: string, total_weight: string | null, scores: string[]) => ({
		...formWith([{ weight: '20', score: '20' }]),
		indicators: scores.map((score, k) => ({
			level1: '产出指标',
			level2: '数量指标',
			name: `指标${k}`,
			target: null,
			actual: null,
			weight: null,
			score,
			note: null
		})),
		total_score,
		total_weight
	});

	it('flags a total the scores add up to but over 100 (云南: 8.9 × 5 + 17.8 × 2 + 20)', () => {
		const form = scored('100.1', null, ['8.9', '8.9', '8.9', '8.9', '8.9', '17.8', '17.8']);
		expect(validateRecord(form)).toEqual([
			{ code: 'score_over_weight', message: '总分 100.1 分超过满分 100 分' }
		]);
	});

	it('compares with the printed total weight when there is one', () => {
		expect(codes(scored('95', '90', ['40', '35']))).toEqual(['score_over_weight']);
		expect(codes(scored('100', null, ['40', '40']))).toEqual([]);
	});

	it('says no more when the total does not add up anyway', () => {
		expect(codes(scored('101', null, ['40', '40']))).toEqual(['score_sum_mismatch']);
	});
});
