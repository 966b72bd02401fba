/**
 * The traffic lights (红黄绿灯) of a department's one-page brief, as data: for each KPI, the
 * bound for 正常 and the bound for 关注 (past both: 预警), which way is better, and where the
 * bounds come from. A light is always printed with its symbol and word, so it reads in black
 * and white too. The execution rate's bounds are the thresholds in force (model/thresholds.ts).
 */
import Decimal from 'decimal.js';
import { EXECUTION_THRESHOLDS, GRADE_BANDS } from './rules.ts';
import type { Thresholds } from './thresholds.ts';

export type Signal = 'good' | 'watch' | 'attention';

/** How a light is printed: a shape and a word, distinct without colour. */
export const SIGNAL_MARKS: Record<Signal, { symbol: string; word: string }> = {
	good: { symbol: '●', word: '正常' },
	watch: { symbol: '▲', word: '关注' },
	attention: { symbol: '■', word: '预警' }
};

/** The brief's judged KPIs, by the column of the department's year row they read. */
export type SignalKey =
	'rate' | 'avg_score' | 'below_share' | 'unexplained_share' | 'inflated_share';

export interface SignalRule {
	key: SignalKey;
	label: string;
	/** 'rate' and 'share' are fractions 0–1, 'points' a total score */
	kind: 'rate' | 'share' | 'points';
	/** true where a higher value is better */
	higherIsBetter: boolean;
	/** at or past this (toward better) the light is 正常; decimal string */
	good: string;
	/** at or past this, 关注; beyond it, 预警; decimal string */
	watch: string;
	/** where the bounds come from, or why they were chosen (the brief prints it) */
	source: string;
}

/** The rules under the thresholds in force: the rate's bounds follow them. */
export function briefSignalRules(t: Thresholds): SignalRule[] {
	const grade = (g: string) => String(GRADE_BANDS.bands.find((b) => b.grade === g)!.min);
	return [
		{
			key: 'rate',
			label: '预算执行率',
			kind: 'rate',
			higherIsBetter: true,
			good: t.watch,
			watch: t.attention,
			source: EXECUTION_THRESHOLDS.source
		},
		{
			key: 'avg_score',
			label: '平均自评总分',
			kind: 'points',
			higherIsBetter: true,
			good: grade('优'),
			watch: grade('良'),
			source: GRADE_BANDS.source
		},
		{
			key: 'below_share',
			label: '执行率偏低的项目占比',
			kind: 'share',
			higherIsBetter: false,
			good: '0.1',
			watch: '0.3',
			source: '本项目设定'
		},
		{
			key: 'unexplained_share',
			label: '未说明原因的失分占比',
			kind: 'share',
			higherIsBetter: false,
			good: '0',
			watch: '0.2',
			source: '财预〔2020〕10号自评表要求逐项说明偏差原因；两成为本项目设定'
		},
		{
			key: 'inflated_share',
			label: '满分但未达目标的指标占比',
			kind: 'share',
			higherIsBetter: false,
			good: '0',
			watch: '0.05',
			source: '本项目设定（未达目标却得满分，自评存疑）'
		}
	];
}

/** The light of `value` under `rule`; null when there is no value to judge. */
export function signalOf(value: string | number | null, rule: SignalRule): Signal | null {
	if (value === null || value === '') return null;
	const v = new Decimal(value);
	const atLeast = (bound: string) => (rule.higherIsBetter ? v.gte(bound) : v.lte(bound));
	if (atLeast(rule.good)) return 'good';
	return atLeast(rule.watch) ? 'watch' : 'attention';
}
