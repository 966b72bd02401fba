/**
 * The rows older scoring schemes add before the output indicators: 项目决策 and 项目管理 (宁夏
 * 共性指标), and rescaling the drawn indicator weights to what such a scheme leaves for them (65
 * of 100 in 宁夏, 100 where the funds carry no points).
 */
import type { FundRow, Indicator } from '../../model/form.ts';
import { Dec, plain, roundToSum, scaledScore } from '../money.ts';
import type { Random } from '../random.ts';

type Row = [level2: string, name: string, actual: string, weight: number];

function scored(random: Random, level1: string, [level2, name, actual, weight]: Row): Indicator {
	const lost = random.chance(0.15) ? 1 : 0;
	return {
		level1,
		level2,
		name,
		target: null,
		actual,
		weight: String(weight),
		score: String(weight - lost),
		note: lost ? random.pick(['部分内容有待细化', '资料归档不够及时', '制度执行有待加强']) : null
	};
}

const DECISION: Row[] = [
	['项目立项', '立项依据充分性', '依据充分', 4],
	['项目立项', '绩效目标合理性', '目标明确、内容细化', 3],
	['资金投入', '预算编制科学性', '测算依据充分', 3]
];
/** 项目决策: three rows worth 10 (宁夏). */
export function decisionRows(random: Random): Indicator[] {
	return DECISION.map((row) => scored(random, '项目决策', row));
}

const MANAGEMENT: Row[] = [
	['财务管理', '财务管理制度有效性', '财务制度健全，会计核算规范', 7],
	['项目实施', '管理制度有效性', '严格执行相关管理制度', 4],
	['项目实施', '绩效监控有效性', '持续有效', 4]
];
/** 项目管理: 预算执行率 (10, scored on the funds) and three rows (宁夏, 25). */
export function managementRows(random: Random, funds: FundRow): Indicator[] {
	const rate = new Dec(funds.rate ?? 0);
	const score = Dec.min(rate.div(10), 10).toDecimalPlaces(1);
	const execution: Indicator = {
		level1: '项目管理',
		level2: '投入管理',
		name: '预算执行率',
		target: '100%',
		actual: `${funds.rate}%`,
		weight: '10',
		score: plain(score),
		note: score.lt(10) ? '部分资金未按计划支出' : null
	};
	return [execution, ...MANAGEMENT.map((row) => scored(random, '项目管理', row))];
}

/**
 * The indicators' weights scaled to sum to `to` (whole points, the rounding left on the heaviest
 * row); full marks stay full, partial scores keep their share (one decimal).
 */
export function rescale(indicators: Indicator[], to: number): Indicator[] {
	const from = indicators.reduce((s, i) => s.plus(i.weight ?? 0), new Dec(0));
	if (from.isZero()) return indicators;
	const weights = indicators.map((i) => new Dec(i.weight ?? 0).mul(to).div(from).round());
	const heaviest = weights.reduce((best, w, k) => (w.gt(weights[best]!) ? k : best), 0);
	const off = weights.reduce((s, w) => s.plus(w), new Dec(0)).minus(to);
	weights[heaviest] = weights[heaviest]!.minus(off);
	return indicators.map((indicator, k) => {
		const weight = weights[k]!;
		const old = new Dec(indicator.weight ?? 0);
		const score = new Dec(indicator.score ?? 0);
		const next = old.isZero()
			? new Dec(0)
			: score.gte(old)
				? weight.plus(score.minus(old))
				: score.mul(weight).div(old).toDecimalPlaces(1);
		return { ...indicator, weight: plain(weight), score: plain(next) };
	});
}

/**
 * The indicators' scores scaled so that their weights would sum to `to`, at one decimal: the
 * weights rounded to add up to exactly `to`, each score capped at its weight, so the scores
 * never add up above `to` (8.9 × 5 + 17.8 × 2 would print a total of 100.1: no real form).
 */
export function scaleScores(indicators: Indicator[], to: number): Indicator[] {
	const from = indicators.reduce((s, i) => s.plus(i.weight ?? 0), new Dec(0));
	if (from.isZero()) return indicators;
	const weights = roundToSum(
		indicators.map((i) => new Dec(i.weight ?? 0).mul(to).div(from)),
		1
	);
	return indicators.map((indicator, k) => {
		const old = new Dec(indicator.weight ?? 0);
		const score = new Dec(indicator.score ?? 0);
		const weight = weights[k]!;
		const next = scaledScore(old, score, weight, (s) => s.mul(to).div(from));
		return { ...indicator, score: next.toFixed(1) };
	});
}
