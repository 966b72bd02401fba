/**
 * A drawn project form reshaped into what one template records (domain.md §3, record.md): which
 * funds rows and columns it prints, its scoring scheme (funds 10 or 20 points or none, the
 * 决策/管理 rows of the older schemes (湖北's in ./hubei.ts), no weights at all in transfer-payment forms), 元 or 万元.
 * Runs before the deliberate errors are injected, so the warnings match the printed form.
 */
import type { FormRecord, FundRow, Indicator } from '../../model/form.ts';
import { Dec, plain } from '../money.ts';
import type { Random } from '../random.ts';
import { executionRate } from '../scoring.ts';
import { TEMPLATE_INFO, type TemplateCode } from './codes.ts';
import { shapeHubei } from './hubei.ts';
import { decisionRows, managementRows, rescale, scaleScores } from './scheme-rows.ts';

const rateOf = (row: FundRow): string | null =>
	row.executed === null || row.adjusted === null
		? null
		: new Dec(row.adjusted).isZero()
			? '0.00'
			: executionRate(new Dec(row.executed), new Dec(row.adjusted)).toFixed(2);

/** Keeps only the named columns of a funds row (the others are not printed). */
function only(row: FundRow, keys: (keyof FundRow)[]): FundRow {
	const out = { source: row.source } as FundRow;
	for (const key of keys) (out as unknown as Record<string, unknown>)[key] = row[key] ?? null;
	return out;
}

const sum = (a: string | null, b: string | null) =>
	a === null && b === null ? null : plain(new Dec(a ?? 0).plus(b ?? 0));

/** 上年结转 folded into 当年财政拨款, for templates without a carry-over row. */
function foldCarryover(funds: FundRow[]): FundRow[] {
	const carry = funds.find((f) => f.source === 'carryover');
	return funds
		.filter((f) => f.source !== 'carryover')
		.map((f) =>
			f.source === 'appropriation' && carry
				? {
						...f,
						initial: sum(f.initial, carry.initial),
						adjusted: sum(f.adjusted, carry.adjusted),
						executed: f.executed === null ? null : sum(f.executed, carry.executed)
					}
				: f
		);
}

/** Transfer payments: 中央 money, local money, other; a rate on every row. */
function transferFunds(funds: FundRow[]): FundRow[] {
	const rename = { appropriation: 'central', carryover: 'local' } as const;
	return funds.map((f) => {
		const source = f.source in rename ? rename[f.source as keyof typeof rename] : f.source;
		return { ...only({ ...f, source }, ['adjusted', 'executed']), rate: rateOf(f) };
	});
}

const noWeights = (indicators: Indicator[]) =>
	indicators.map((i) => ({ ...i, weight: null, score: null }));

/** Reshapes `record` (drawn as a standard project form) into the template's form. */
export function shapeRecord(
	random: Random,
	record: FormRecord,
	template: TemplateCode,
	ministry: string
): void {
	record.amount_unit = TEMPLATE_INFO[template].unit;
	const total = record.funds[0]!;
	switch (template) {
		case 'MOF':
			if (random.chance(0.25)) record.funds = record.funds.map((f) => ({ ...f, initial: null }));
			return;
		case 'SC': {
			record.code = `51${random.int(100000, 999999)}${random.pick(['R', 'T', 'Y'])}${String(random.int(1, 999999999)).padStart(12, '0')}`;
			const rows = foldCarryover(record.funds).filter((f) => f.source !== 'total');
			const appropriation = rows.find((f) => f.source === 'appropriation')!;
			const other = rows.find((f) => f.source === 'other')!;
			const zero = (source: FundRow['source']): FundRow => ({
				source,
				initial: '0',
				adjusted: '0',
				executed: '0',
				weight: null,
				rate: '0.00',
				score: null
			});
			const printed = (f: FundRow): FundRow => ({
				...f,
				weight: null,
				rate: rateOf(f),
				score: null
			});
			record.funds = [
				total,
				printed(appropriation),
				zero('special_account'),
				zero('unit_funds'),
				new Dec(other.adjusted ?? 0).isZero()
					? {
							...only(other, ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score']),
							initial: null,
							adjusted: null,
							executed: null
						}
					: printed(other)
			];
			return;
		}
		case 'AH':
			record.funds = foldCarryover(record.funds).map((f) =>
				f.source === 'total'
					? only(f, ['adjusted', 'executed', 'weight', 'rate', 'score'])
					: only(f, ['adjusted', 'executed'])
			);
			for (const indicator of record.indicators) if (random.chance(0.3)) indicator.core = true;
			return;
		case 'Y20': {
			const weight = new Dec(20);
			const rate = new Dec(total.rate ?? 0);
			const score = Dec.min(weight.mul(rate).div(100), weight).toDecimalPlaces(1);
			record.funds = [
				{ ...only(total, ['adjusted', 'executed', 'rate']), weight: '20', score: plain(score) }
			];
			// the indicators share 80 points: scores scaled by the hidden weights, so full marks
			// add up to exactly 80 (8.9 × 5 + 17.8 × 2 would print a total of 100.1)
			record.indicators = scaleScores(record.indicators, 80).map((i) => ({
				...i,
				weight: null,
				note: null
			}));
			record.total_weight = null;
			return;
		}
		case 'HE':
			record.unit = record.department;
			record.funds = foldCarryover(record.funds).map((f) =>
				f.source === 'total'
					? only(f, ['adjusted', 'executed', 'rate'])
					: only({ ...f, executed: f.executed ?? f.adjusted }, ['adjusted', 'executed'])
			);
			record.indicators = record.indicators.map((i) => ({
				...i,
				level1: i.level1 === '效益指标' ? '效果指标' : i.level1,
				note: null
			}));
			record.total_weight = null;
			return;
		case 'NX4':
			record.funds = [only(total, ['initial', 'adjusted', 'executed', 'rate'])];
			record.indicators = [
				...decisionRows(random),
				...managementRows(random, total),
				...rescale(record.indicators, 65).map((i) => ({
					...i,
					level1: i.level1 === '产出指标' ? '项目产出' : '项目效益'
				}))
			];
			return;
		case 'NX0':
			record.funds = transferFunds(record.funds).map((f) =>
				f.source === 'total' ? f : only(f, ['adjusted', 'executed'])
			);
			record.indicators = rescale(record.indicators, 100);
			return;
		case 'HB':
			shapeHubei(random, record);
			return;
		case 'DEPT':
			record.kind = 'department';
			record.project = null;
			record.unit = null;
			return;
		case 'TP':
			record.central_department = ministry;
			record.funds = transferFunds(record.funds);
			record.indicators = noWeights(record.indicators);
			record.total_weight = null;
			return;
		case 'TPC':
			record.funds = transferFunds(record.funds);
			record.indicators = noWeights(record.indicators);
			record.total_weight = null;
			return;
	}
}
