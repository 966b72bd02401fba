/** A funds block printed as label and value pairs (OCR of a Word form), made-up input. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lib/parsing/index.ts';

// the whole form on one line, as OCR'd Word text reaches us ([F022]'s shape)
const FORM = [
	'示范县种薯推广项目绩效目标自评表(2022年度)项目总得分95分项目名称种薯推广',
	'项目实施单位/项目负责人示范县农技中心/张三自治区主管部门农业农村厅',
	'市县财政部门示范县财政局市县主管部门示范县农业农村局资金情况(万元)年度资金总额',
	'全年预算数(A)120全年执行数(B)执行率(B/A)其中中央补助自治区补助120万元',
	'年度总体目标推广脱毒种薯1000亩绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分',
	'未完成原因及改进措施产出指标(40分)数量指标指标1推广面积101000亩1000亩10'
].join('');

describe('a funds block printed as label and value pairs', () => {
	const [form] = parseText(FORM, 'paired.txt').records;

	it('gives the total row the value printed right after its column label', () =>
		expect(form?.funds.find((f) => f.source === 'total')).toMatchObject({
			adjusted: '1200000',
			executed: null
		}));
});
