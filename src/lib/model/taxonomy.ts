/**
 * The standard indicator taxonomy (财预〔2020〕10号 annex; record.md): which 一级指标 each
 * 二级指标 belongs to, used when a layout loses the printed 一级 label.
 */

/** 二级指标 keyword → 一级指标, tried in order (the first keyword the label contains wins). */
export const LEVEL2_TO_LEVEL1: ReadonlyArray<readonly [keyword: string, level1: string]> = [
	['数量', '产出指标'],
	['质量', '产出指标'],
	['时效', '产出指标'],
	// 经济成本/社会成本/生态环境成本 are 成本指标 from 2021; a bare 成本指标 sat under 产出 before
	['经济成本', '成本指标'],
	['社会成本', '成本指标'],
	['生态环境成本', '成本指标'],
	['成本', '产出指标'],
	['经济效益', '效益指标'],
	['社会效益', '效益指标'],
	['生态效益', '效益指标'],
	['可持续影响', '效益指标'],
	['满意度', '满意度指标']
];

/** 一级指标 labels as printed by the templates (older schemes included). */
export const LEVEL1_LABELS: readonly string[] = [
	'产出指标',
	'效益指标',
	'满意度指标',
	'成本指标',
	'效果指标',
	'项目决策',
	'项目管理',
	'项目产出',
	'项目效益',
	'项目绩效',
	'决策指标',
	'过程指标',
	'管理指标'
];

/** 二级指标 labels as printed (the standard ones and the older 共性指标 scheme). */
export const LEVEL2_LABELS: readonly string[] = [
	'数量指标',
	'质量指标',
	'时效指标',
	'成本指标',
	'经济成本指标',
	'社会成本指标',
	'生态环境成本指标',
	'经济效益指标',
	'社会效益指标',
	'生态效益指标',
	'可持续影响指标',
	'服务对象满意度指标',
	'满意度指标',
	'投入管理',
	'财务管理',
	'项目实施',
	'业务管理',
	'项目立项',
	'资金投入'
];

/**
 * Level names some forms print without 指标 (产出 / 数量), as the record keeps them (the scorer
 * reads 产出 as 产出指标). Names end with the same words (人均服务成本, 社会效益, 学生满意度), so
 * they are labels only in a form that prints its levels so (parsing/levels.ts). Not 服务对象满意度:
 * without 指标 it names an indicator (河北 F020).
 */
export const BARE_LEVEL1: readonly string[] = ['产出', '效益', '满意度', '成本'];
export const BARE_LEVEL2: readonly string[] = [
	'数量',
	'质量',
	'时效',
	'成本',
	'经济成本',
	'社会成本',
	'生态环境成本',
	'经济效益',
	'社会效益',
	'生态效益',
	'可持续影响'
];

/**
 * Infers 一级指标 from a 二级指标 label: 数量/质量/时效 → 产出指标, 经济/社会/生态效益 and
 * 可持续影响 → 效益指标, 服务对象满意度 → 满意度指标. Null when the label is not in the taxonomy.
 */
export function inferLevel1(level2: string | null): string | null {
	if (!level2) return null;
	for (const [keyword, level1] of LEVEL2_TO_LEVEL1) if (level2.includes(keyword)) return level1;
	return null;
}
