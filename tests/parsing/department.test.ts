/**
 * A 部门整体支出绩效自评表 in the MOF annex layout, flattened to one line as Word exports give it
 * (the layout of the Anhui corpus forms): header, total, breakdown lines, goals, indicators.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';
import { SEED_FILE } from '../helpers/dataset.ts';

const FORM =
	'部门整体支出绩效自评表 (2022年度) 部门名称 219-池州市贵池区棠溪镇人民政府 年度预算申请(万元) ' +
	'年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 1200 1350 1300 10 96.30% 9.63 ' +
	'按收入性质分: 按支出性质分: 其中:一般公共预算: 1100 其中:基本支出: 800 政府性基金预算: 200 ' +
	'项目支出: 500 国有资本经营预算: 0 财政专户管理资金: 0 单位资金: 50 ' +
	'年度总体目标 预期目标 实际完成情况 保障机构正常运转,完成年度各项工作任务。 保障了机构正常运转,完成了年度各项工作任务。 ' +
	'绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
	'产出指标 数量指标 保障在职人员数量 ≥46人 50人 20 20 质量指标 资金使用合规率 100% 100% 20 20 ' +
	'时效指标 资金支付及时率 ≥95% 96% 10 10 ' +
	'效益指标 社会效益指标 基层治理水平 有效提升 有效提升 20 18 部分工作推进较慢,下年加强统筹 ' +
	'满意度指标 服务对象满意度指标 群众满意度 ≥90% 92% 20 20 总分 100 97.63\n';

const [record] = parseText(FORM, 'dept.txt').records;

describe('a department form flattened to one line', () => {
	it('is a department form of 2022 named by its 部门名称, without its code', () => {
		expect(record?.kind).toBe('department');
		expect(record?.year).toBe(2022);
		expect(record?.project).toBeNull();
		expect(record?.department).toBe('池州市贵池区棠溪镇人民政府');
	});

	it('reads the total row, and keeps the breakdown by revenue and expenditure type as text', () => {
		expect(record?.funds).toEqual([
			{
				source: 'total',
				initial: '12000000',
				adjusted: '13500000',
				executed: '13000000',
				weight: '10',
				rate: '96.30',
				score: '9.63'
			}
		]);
		const kept = record?.warnings.find((w) => w.message.includes('性质分'));
		expect(kept?.code).toBe('unplaced_text');
		expect(kept?.text).toContain('单位资金: 50');
	});

	it('reads the five indicators, the lost points’ reason as the note of its row', () => {
		expect(record?.indicators.map((i) => [i.name, i.weight, i.score, i.note])).toEqual([
			['保障在职人员数量', '20', '20', null],
			['资金使用合规率', '20', '20', null],
			['资金支付及时率', '10', '10', null],
			['基层治理水平', '20', '18', '部分工作推进较慢,下年加强统筹'],
			['群众满意度', '20', '20', null]
		]);
		expect(record?.warnings.map((w) => w.code)).not.toContain('missing_note');
		expect(record?.total_score).toBe('97.63');
	});

	it('is still read when another form follows it in the file', () => {
		// a title whose body is on its own line is a form, not a banner before the next title
		const seed = readFileSync(SEED_FILE, 'utf8');
		const records = parseText(FORM + '\n' + seed, 'dept-and-seed.txt').records;
		expect(records.map((r) => [r.kind, r.project ?? r.department])).toEqual([
			['department', '池州市贵池区棠溪镇人民政府'],
			['project', '高技能人才工作专项'],
			['project', '职业培训基础能力建设资助']
		]);
		expect(records[0]?.indicators).toHaveLength(5);
	});
});
