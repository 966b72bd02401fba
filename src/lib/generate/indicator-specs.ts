/**
 * Reads the catalog's indicator template strings (`fields.ts`) into typed specs, and places
 * each 二级指标 under its 一级指标 by the standard taxonomy (domain.md §2).
 */
import { COMMON, FIELDS, type FieldId } from './fields.ts';

export type SpecOp = '>=' | '<=' | '=' | 'qual' | 'date';

export interface IndicatorSpec {
	level1: string;
	level2: string;
	/** the name, still holding {t} and {b} */
	name: string;
	op: SpecOp;
	/** quantitative: [min, max] or a list of values; qual: target words; date: deadline wording */
	values: string[];
	/** `a~b` ranges are drawn; lists are picked from */
	range: boolean;
	unit: string;
}

/** 二级指标 short key → [一级指标, 二级指标] in the national framework. */
export const TAXONOMY: Record<string, readonly [string, string]> = {
	数量: ['产出指标', '数量指标'],
	质量: ['产出指标', '质量指标'],
	时效: ['产出指标', '时效指标'],
	成本: ['产出指标', '成本指标'],
	经济: ['效益指标', '经济效益指标'],
	社会: ['效益指标', '社会效益指标'],
	生态: ['效益指标', '生态效益指标'],
	可持续: ['效益指标', '可持续影响指标'],
	满意: ['满意度指标', '服务对象满意度指标']
};

/** The order indicators are printed in: by 一级, then 二级 as in the template. */
export const LEVEL2_ORDER = Object.values(TAXONOMY).map(([, level2]) => level2);

/** Reads one template string `level2|name|op|values|unit`. */
function readSpec(template: string): IndicatorSpec {
	const [key = '', name = '', op = '', values = '', unit = ''] = template.split('|');
	const levels = TAXONOMY[key];
	if (!levels) throw new Error(`unknown level2 key in indicator template: ${template}`);
	if (!['>=', '<=', '=', 'qual', 'date'].includes(op))
		throw new Error(`unknown op in indicator template: ${template}`);
	const range = values.includes('~');
	return {
		level1: levels[0],
		level2: levels[1],
		name,
		op: op as SpecOp,
		values: range ? values.split('~') : values.split(','),
		range,
		unit
	};
}

const cache = new Map<string, IndicatorSpec[]>();

/** The specs of a field's catalog, or of the common catalog (`'common'`), read once. */
export function specsOf(field: FieldId | 'common'): IndicatorSpec[] {
	let specs = cache.get(field);
	if (!specs) {
		const catalog = field === 'common' ? COMMON : FIELDS[field];
		specs = catalog.indicators.map(readSpec);
		cache.set(field, specs);
	}
	return specs;
}
