/**
 * One year's report on one planned indicator: the printed target, the actual value, the score
 * by the rules of `scoring.ts`, and a deviation note when points were lost. Also the ways real
 * self-scoring goes wrong: full marks despite a miss, lost points without a note.
 */
import type { Indicator } from '../model/form.ts';
import type { IndicatorPlan } from './indicator-plan.ts';
import { Dec, plain } from './money.ts';
import type { Random } from './random.ts';
import { MEASURES, NOT_CARRIED_OUT, QUALITATIVE_MISSES, REASONS, YEAR_REASONS } from './reasons.ts';
import {
	scorePositive,
	scoreQualitative,
	scoreReverse,
	type QualitativeBand,
	type ScoreRounding
} from './scoring.ts';

export interface OutcomeContext {
	year: number;
	/** chance that the indicator misses its target */
	missChance: number;
	/** chance that a miss still gets full marks (an inflated self-score) */
	inflateChance: number;
	/** chance that lost points come without a note */
	silentChance: number;
	places: ScoreRounding;
}

export interface IndicatorOutcome {
	indicator: Indicator;
	missed: boolean;
	inflated: boolean;
	silent: boolean;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The target as printed: `>=95%`, `<=3个月`, `稳步增长`, `2021年12月31日前完成`. */
function targetText(plan: IndicatorPlan, year: number): string {
	if (plan.op === 'qual') return plan.target;
	if (plan.op === 'date') return `${year}年${plan.month}月${DAYS[plan.month - 1]}日${plan.target}`;
	return `${plan.op}${plan.target}${plan.unit}`;
}

/** A value near `target × share`, at the target's precision (or one decimal for percentages). */
function near(random: Random, target: Dec, share: number, unit: string): Dec {
	const places = unit === '%' && random.chance(0.5) ? 1 : Math.min(target.decimalPlaces(), 1);
	return target.mul(share.toFixed(4)).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

interface Drawn {
	actual: string;
	score: Dec;
}

function drawQuantitative(
	random: Random,
	plan: IndicatorPlan,
	weight: Dec,
	hit: boolean,
	ctx: OutcomeContext
): Drawn {
	const target = new Dec(plan.target);
	const unit = plan.unit;
	const step = new Dec(unit === '%' ? '0.1' : target.isInteger() ? 1 : '0.1');
	let value: Dec;
	if (plan.op === '<=') {
		if (target.isZero()) value = new Dec(hit ? 0 : random.int(1, 3));
		else if (hit) {
			const low = unit === '%' && target.gte(50) ? 0.85 : 0.5; // 成本控制率 <=100%: 85–100 %
			value = Dec.min(near(random, target, random.float(low, 1), unit), target);
		} else {
			const high = unit === '%' && target.gte(50) ? 1.12 : 1.7; // 成本控制率 overruns stay modest
			value = Dec.max(near(random, target, random.float(1.02, high), unit), target.plus(step));
		}
		return { actual: plain(value) + unit, score: scoreReverse(weight, target, value, ctx.places) };
	}
	if (hit) {
		if (plan.op === '=') value = target;
		else if (unit === '%') {
			const room = Dec.min(target.mul('0.15'), new Dec(100).minus(target));
			value = target
				.plus(room.mul(random.float(0, 1).toFixed(2)))
				.toDecimalPlaces(random.int(0, 1));
		} else value = near(random, target, random.float(1, 1.3), unit);
		value = Dec.max(value, target);
	} else {
		value = Dec.max(
			Dec.min(near(random, target, random.float(0.55, 0.985), unit), target.minus(step)),
			0
		);
	}
	return { actual: plain(value) + unit, score: scorePositive(weight, target, value, ctx.places) };
}

function drawOther(
	random: Random,
	plan: IndicatorPlan,
	weight: Dec,
	hit: boolean,
	ctx: OutcomeContext
): Drawn {
	const band: QualitativeBand = hit ? 'achieved' : random.chance(0.75) ? 'partly' : 'not';
	const score = scoreQualitative(random, weight, band, ctx.places);
	if (plan.op === 'date') {
		const verb = plan.target.replace(/^前/, '');
		if (hit && random.chance(0.5)) return { actual: targetText(plan, ctx.year), score };
		const month = hit ? random.int(Math.max(1, plan.month - 3), plan.month) : random.int(1, 4);
		return { actual: `${hit ? ctx.year : ctx.year + 1}年${month}月${verb}`, score };
	}
	if (hit) return { actual: plan.target, score };
	return { actual: random.pick(QUALITATIVE_MISSES[band === 'partly' ? 'partly' : 'not']), score };
}

/** A deviation note: a cause (year-specific in the pandemic years) and an improvement measure. */
function deviationNote(random: Random, year: number): string {
	const special = YEAR_REASONS[year];
	const reason = special && random.chance(0.6) ? random.pick(special) : random.pick(REASONS);
	return `${reason}。${random.pick(MEASURES)}。`;
}

/** Reports a planned indicator for one year. */
export function reportIndicator(
	random: Random,
	plan: IndicatorPlan,
	ctx: OutcomeContext
): IndicatorOutcome {
	const weight = new Dec(plan.weight);
	const hit = !random.chance(ctx.missChance);
	const quantitative = plan.op !== 'qual' && plan.op !== 'date';
	const drawn = (quantitative ? drawQuantitative : drawOther)(random, plan, weight, hit, ctx);
	let score = drawn.score;
	let inflated = false;
	let silent = false;
	let note: string | null = null;
	if (score.lt(weight)) {
		if (random.chance(ctx.inflateChance)) {
			inflated = true;
			score = weight;
			if (random.chance(0.4)) note = deviationNote(random, ctx.year);
		} else if (random.chance(ctx.silentChance)) silent = true;
		else note = deviationNote(random, ctx.year);
	}
	const indicator: Indicator = {
		level1: plan.level1,
		level2: plan.level2,
		name: plan.name,
		target: targetText(plan, ctx.year),
		actual: drawn.actual,
		weight: plain(weight),
		score: plain(score),
		note
	};
	return { indicator, missed: !hit, inflated, silent };
}

/** An indicator kept in the table with weight 0 and score 0 because it was not carried out. */
export function reportNotCarriedOut(random: Random, plan: IndicatorPlan, year: number): Indicator {
	return {
		level1: plan.level1,
		level2: plan.level2,
		name: plan.name,
		target: targetText(plan, year),
		actual: '0',
		weight: '0',
		score: '0',
		note: random.pick(NOT_CARRIED_OUT)
	};
}
