/**
 * Level names printed without 指标 (产出 / 数量, model/taxonomy.ts BARE_LEVEL1/2) are labels only
 * in a form that prints its levels so: elsewhere the same words end indicator names.
 */
import { describe, expect, it } from 'vitest';
import { renderForm } from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { matrixForms } from '../generate/matrix.ts';

const BARE: Record<string, string> = {
	产出指标: '产出',
	效益指标: '效益',
	满意度指标: '满意度',
	数量指标: '数量',
	质量指标: '质量',
	时效指标: '时效',
	成本指标: '成本',
	社会效益指标: '社会效益'
};

const withLevels = (record: FormRecord, rename: (l: string | null) => string | null) => ({
	...record,
	indicators: record.indicators.map((i) => ({
		...i,
		level1: rename(i.level1),
		level2: rename(i.level2)
	}))
});

const parse = (record: FormRecord, extraction: 'pdf' | 'pipes' | 'cells' | 'glued') =>
	parseText(`${renderForm(record, 'MOF', extraction)}\n`, record.source.file).records[0];

describe('bare level names', () => {
	const { records } = matrixForms('MOF', 'pdf', 11, 5);

	it.each(['pdf', 'pipes', 'cells', 'glued'] as const)(
		'reads 产出 / 数量 as the levels of a form printing them so, from %s text',
		(extraction) => {
			const record = withLevels(records[0]!, (l) => (l ? (BARE[l] ?? l) : l));
			const got = parse(record, extraction);
			expect(got?.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual(
				record.indicators.map((i) => [i.level1, i.level2, i.name])
			);
		}
	);

	it('keeps a name ending in 社会效益 or 成本 whole where PDF text wraps it', () => {
		const record = structuredClone(records[0]!);
		record.indicators[0]!.name = '基层医疗卫生机构能力建设人均服务成本';
		record.indicators.at(-2)!.name = '基层医疗卫生机构能力建设社会效益';
		const got = parse(record, 'pdf');
		expect(got?.indicators.map((i) => i.name)).toEqual(record.indicators.map((i) => i.name));
	});
});
