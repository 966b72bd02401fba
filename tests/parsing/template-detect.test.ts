/**
 * A template is told by its labels, not by words a form's prose may also hold: the seed's
 * Shanghai form whose goal says 按执行进度拨付资金 is still read as Shanghai's, its indicators alike;
 * a generated form of every template whose goal and an indicator's reason (or name, where the
 * template prints no reason) quote every other template's identifying words is read as its own
 * template, however its text was extracted.
 */
import { describe, expect, it } from 'vitest';
import {
	EXTRACTIONS,
	TEMPLATE_CODES,
	renderFile,
	type TemplateCode
} from '../../src/lib/generate/index.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseText } from '../../src/lib/parsing/index.ts';
import { detectTemplate } from '../../src/lib/parsing/templates/index.ts';
import { seedText } from '../helpers/inputs.ts';
import { matrixForms } from '../generate/matrix.ts';

/** The template id the parser gives each generated template. */
const TEMPLATE_ID: Readonly<Record<TemplateCode, string>> = {
	SH: 'shanghai',
	MOF: 'mof',
	'MOF+': 'mofplus',
	SC: 'sichuan',
	AH: 'anhui',
	Y20: 'yunnan20',
	HE: 'hebei',
	NX4: 'ningxia',
	NX0: 'ningxia',
	HB: 'hubei',
	DEPT: 'department',
	TP: 'transfer',
	TPC: 'transfer'
};

/** Words that identify each template where its title, header or column headers print them. */
const IDENTIFYING: Readonly<Record<string, readonly string[]>> = {
	transfer: ['中央转移支付', '专项资金名称', '中央主管部门', '资金使用单位', '政策(项目)名称'],
	department: ['部门整体支出绩效'],
	sichuan: ['报表编号', '预算数执行率分值'],
	hubei: ['项目决策2分', '自评分复核分'],
	hebei: ['预算执行进度', '执行进度(%)', '到位数'],
	ningxia: ['项目决策(20分)', '自治区主管部门', '市县主管部门'],
	yunnan20: ['20分*执行率', '(80分)'],
	anhui: ['三级指标分值年度指标值'],
	mofplus: ['指标性质指标值度量单位'],
	shanghai: ['财政项目支出绩效']
};

/** The record with every other template's words in its goal and in its second indicator. */
function quoting(record: FormRecord, own: string): FormRecord {
	const words = Object.entries(IDENTIFYING)
		.filter(([id]) => id !== own)
		.flatMap(([, w]) => w)
		.join('、');
	const prose = `按${words}的口径`;
	const indicators = record.indicators.map((indicator, k) =>
		k !== 1
			? indicator
			: { ...indicator, note: `${prose}说明`, name: `${indicator.name}(${prose})` }
	);
	const goals = record.goals && {
		target: `${record.goals.target ?? ''}${prose}推进。`,
		actual: record.goals.actual && `${prose}完成。${record.goals.actual}`
	};
	return { ...record, goals, indicators };
}

describe('detectTemplate', () => {
	it('tells 河北 by its 执行进度(%) column', () =>
		expect(detectTemplate('资金执行情况 执行进度(%)')).toBe('hebei'));

	it('reads a Shanghai form whose goal says 按执行进度拨付资金 as Shanghai’s', () => {
		const text = seedText();
		const lines = text.split('\n');
		const at = lines.findIndex((l) => l.includes('。'));
		lines[at] = lines[at]!.replace('。', '，按执行进度拨付资金。');
		const [before] = parseText(text, 'seed.txt').records;
		const [after] = parseText(lines.join('\n'), 'seed.txt').records;
		expect(after?.source.template).toBe('shanghai');
		expect(after?.indicators).toEqual(before?.indicators);
	});
});

describe.each(TEMPLATE_CODES)('a %s form quoting other templates’ words', (template) => {
	const own = TEMPLATE_ID[template];
	it.each(EXTRACTIONS)('is read as its own template in %s text', (extraction) => {
		const { layout, files } = matrixForms(template, extraction, 11, 2);
		const [list = []] = [...files.values()];
		const records = list.slice(0, 2).map((r) => quoting(r, own));
		const parsed = parseText(renderFile(records, layout, 11), 'quoting.txt');
		expect(parsed.errors).toEqual([]);
		expect(parsed.records.map((r) => r.source.template)).toEqual(records.map(() => own));
	});
});
