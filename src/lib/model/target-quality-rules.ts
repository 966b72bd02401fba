/**
 * When a target looks set to be met, and when a department's self-evaluation looks too kind:
 * thresholds as data, read by queries/target-quality.ts and queries/credibility.ts.
 */
import { EXECUTION_THRESHOLDS, GRADE_BANDS } from './rules.ts';

export const TARGET_QUALITY = {
	source:
		'财预〔2020〕10号附件"绩效目标设置应具体、可衡量"及《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》' +
		'（财预〔2021〕101号）；倍数与年数为本项目设定',
	/** actual ÷ target at or above this is "exceeded by a wide margin" (指标值设置偏低) */
	wideMargin: 1.5,
	/** … in at least this many consecutive years */
	runYears: 3,
	/** "missed every year": every row missed, over at least this many years */
	missedMinYears: 2,
	/** second-level categories that call for a number, a date or an amount */
	quantitativeLevel2: ['数量指标', '质量指标', '时效指标', '成本指标'],
	/** "100 % everywhere": target and actual both 100 % in every row, at least this many rows */
	fullMinRows: 3
} as const;

export const CREDIBILITY = {
	source:
		'本项目设定：高分以"优"等级下限为准（' +
		GRADE_BANDS.source +
		'），低执行率以需说明原因的90%为准（' +
		EXECUTION_THRESHOLDS.source +
		'）',
	/** a total score at or above this is high */
	highScore: GRADE_BANDS.bands[0]!.min,
	/** an execution rate (fraction) below this is low */
	lowExecution: EXECUTION_THRESHOLDS.watch
};
