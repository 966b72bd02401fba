/**
 * One year's funds block: 年初预算数 → 全年预算数 (cuts and additions), 全年执行数 from an
 * execution rate (mostly 90–100 %, with an underspending tail), the split into 当年财政拨款 /
 * 上年结转资金 / 其他资金, and the printed rate and funds score (domain.md §2).
 */
import type { FundRow } from '../model/form.ts';
import { Dec, fixed2, plain } from './money.ts';
import type { Random } from './random.ts';
import { executionRate, scoreFunds } from './scoring.ts';

export interface FundsContext {
	/** chance that the project spends less than 90 % of its adjusted budget */
	underspendChance: number;
	/** amounts to the whole 元, for forms printed in 万元 (4 decimals at most there) */
	wholeYuan?: boolean;
}

export interface FundsDraw {
	rows: FundRow[];
	initial: Dec;
	adjusted: Dec;
	executed: Dec;
	/** printed execution rate, percent */
	rate: Dec;
	score: Dec;
}

/** The funds weight of the standard template. */
const FUNDS_WEIGHT = new Dec(10);

function adjust(random: Random, initial: Dec): Dec {
	const kind = random.weighted([
		['same', 62],
		['cut', 26],
		['add', 12]
	] as const);
	if (kind === 'same') return initial;
	const factor = kind === 'cut' ? random.float(0.3, 0.97) : random.float(1.03, 1.8);
	const step = random.chance(0.5) ? 1 : 100;
	return Dec.max(initial.mul(factor.toFixed(4)).div(step).toDecimalPlaces(0).mul(step), step);
}

/** An execution rate as a fraction: 1, near 1, an underspending tail, rarely above 1. */
function drawRate(random: Random, ctx: FundsContext): number {
	if (random.chance(0.006)) return random.float(1.005, 1.06);
	if (random.chance(ctx.underspendChance)) return 0.9 - 0.86 * Math.pow(random.next(), 1.6);
	if (random.chance(0.4)) return 1;
	return 1 - 0.1 * Math.pow(random.next(), 2);
}

function share(total: Dec, fraction: number, places: number): Dec {
	return total.mul(fraction.toFixed(4)).toDecimalPlaces(places);
}

/** Draws the funds block of a project whose planned budget this year is `budget` 元. */
export function drawFunds(random: Random, budget: Dec, ctx: FundsContext): FundsDraw {
	const places = ctx.wholeYuan ? 0 : 2;
	if (ctx.wholeYuan) budget = Dec.max(budget.toDecimalPlaces(0), 1);
	const midYear = random.chance(0.02); // a project added during the year: 年初 0
	const initial = midYear ? new Dec(0) : budget;
	const adjusted = midYear ? budget : adjust(random, budget);
	const fraction = drawRate(random, ctx);
	let executed = adjusted.mul(fraction.toFixed(6)).toDecimalPlaces(random.chance(0.4) ? 0 : places);
	if (fraction <= 1) executed = Dec.min(executed, adjusted);
	const rate = executionRate(executed, adjusted);
	const score = scoreFunds(FUNDS_WEIGHT, executed, adjusted);

	const carry = random.chance(0.08) ? share(adjusted, random.float(0.05, 0.4), places) : new Dec(0);
	const other = random.chance(0.03) ? share(adjusted, random.float(0.02, 0.2), places) : new Dec(0);
	const spent = Math.min(fraction, 1);
	const carrySpent = share(carry, spent, places);
	const otherSpent = share(other, spent, places);
	const initialShare = (part: Dec) => (initial.gte(adjusted) ? part : new Dec(0));
	const printBreakdown = random.chance(0.85); // some forms print — for the 财政拨款 executed
	const rows: FundRow[] = [
		{
			source: 'total',
			initial: fixed2(initial),
			adjusted: fixed2(adjusted),
			executed: plain(executed),
			weight: plain(FUNDS_WEIGHT),
			rate: rate.toFixed(2),
			score: plain(score)
		},
		{
			source: 'appropriation',
			initial: plain(initial.minus(initialShare(carry)).minus(initialShare(other))),
			adjusted: plain(adjusted.minus(carry).minus(other)),
			executed: printBreakdown ? plain(executed.minus(carrySpent).minus(otherSpent)) : null
		},
		{
			source: 'carryover',
			initial: plain(initialShare(carry)),
			adjusted: plain(carry),
			executed: printBreakdown && carry.gt(0) ? plain(carrySpent) : null
		},
		{
			source: 'other',
			initial: plain(initialShare(other)),
			adjusted: plain(other),
			executed: printBreakdown && other.gt(0) ? plain(otherSpent) : null
		}
	];
	return { rows, initial, adjusted, executed, rate, score };
}
