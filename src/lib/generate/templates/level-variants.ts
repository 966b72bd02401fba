/**
 * 一级/二级 level names in the words real forms print them (drift's level vocabulary): the
 * national framework's names, the same names without 指标 (产出, 社会效益), or an older name
 * (效果指标 for 效益指标: 河北 F020). A level name is a value the record
 * holds as printed (record.md: level1 is the printed 一级 without its points), so drift draws the
 * record's level names (`driftLevels`), and the form prints what its record holds.
 */
import type { FormRecord } from '../../model/form.ts';
import type { Random } from '../random.ts';

/** A standard level name and the variants forms print for it, with where they are printed. */
export interface LevelVariants {
	name: string;
	variants: readonly string[];
	where: string;
}

/** (the corpus prints the full names, and breaks 社会效益 / 指标 over two lines in F014) */
const BARE = 'the name without 指标, as the issue-11 brief lists them';

export const LEVEL_VARIANTS: readonly LevelVariants[] = [
	{ name: '产出指标', variants: ['产出指标', '产出'], where: BARE },
	{
		name: '效益指标',
		variants: ['效益指标', '效益', '效果指标'],
		where: `${BARE}; 效果指标: 河北 F020`
	},
	{ name: '满意度指标', variants: ['满意度指标', '满意度'], where: BARE },
	{ name: '成本指标', variants: ['成本指标', '成本'], where: BARE },
	{ name: '数量指标', variants: ['数量指标', '数量'], where: BARE },
	{ name: '质量指标', variants: ['质量指标', '质量'], where: BARE },
	{ name: '时效指标', variants: ['时效指标', '时效'], where: BARE },
	{ name: '经济成本指标', variants: ['经济成本指标', '经济成本'], where: BARE },
	{ name: '社会成本指标', variants: ['社会成本指标', '社会成本'], where: BARE },
	{ name: '生态环境成本指标', variants: ['生态环境成本指标', '生态环境成本'], where: BARE },
	{ name: '经济效益指标', variants: ['经济效益指标', '经济效益'], where: BARE },
	{ name: '社会效益指标', variants: ['社会效益指标', '社会效益'], where: BARE },
	{ name: '生态效益指标', variants: ['生态效益指标', '生态效益'], where: BARE },
	{ name: '可持续影响指标', variants: ['可持续影响指标', '可持续影响'], where: BARE },
	// (服务对象满意度指标 keeps its 指标: without it, it is the name of an indicator, 河北 F020)
	{ name: '服务对象满意度指标', variants: ['服务对象满意度指标'], where: 'the national framework' }
];

const BY_NAME = new Map(LEVEL_VARIANTS.map((v) => [v.name, v]));

/**
 * The record with its level names in one department's words: one wording per form (a form
 * printing 产出 prints 效益, not 效益指标), each name drawn once. Names outside the vocabulary
 * (决策, 项目管理) stay.
 */
export function driftLevels(record: FormRecord, random: Random): FormRecord {
	const bare = random.chance(0.4);
	const chosen = new Map<string, string>();
	const variant = (name: string | null) => {
		const known = name === null ? undefined : BY_NAME.get(name);
		if (!known || name === null) return name;
		if (!chosen.has(name)) {
			// a bare form prints every name bare it can; else any variant ending in 指标
			const full = known.variants.filter((v) => /指标$/.test(v));
			const without = known.variants.find((v) => !/指标$/.test(v)) ?? name;
			chosen.set(name, bare ? without : random.pick(full));
		}
		return chosen.get(name)!;
	};
	const indicators = record.indicators.map((i) => ({
		...i,
		level1: variant(i.level1),
		level2: variant(i.level2)
	}));
	return { ...record, indicators };
}
