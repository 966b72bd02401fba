/**
 * Drift of the labels a template is recognised by (titles, year lines, 报表编号, 指标性质 /
 * 度量单位, 预算执行进度, the transfer payments' header labels, 部门: lines): the variants real
 * forms print, with where. A department printing another template's wording must still be read
 * as its template, or, where the layout is the same, as one that reads it fully.
 */
import type { Concept } from './label-variants.ts';

/** A title's words and the titles forms of that layout print instead, longest first. */
export interface TitleVariants {
	printed: string;
	variants: readonly string[];
	where: string;
}

export const TITLE_VARIANTS: readonly TitleVariants[] = [
	{
		printed: '中央对地方转移支付绩效目标自评表',
		variants: ['中央对地方转移支付绩效目标自评表', '项目绩效目标自评表'],
		where: 'TP; 项目绩效目标自评表: 四川 梓潼 (domain.md §3 TPC)'
	},
	{
		printed: '财政预算支出项目绩效目标自评表',
		variants: ['财政预算支出项目绩效目标自评表'],
		where: '湖北 F026'
	},
	{
		printed: '县级专项资金绩效目标自评表',
		variants: ['县级专项资金绩效目标自评表', '项目绩效目标自评表'],
		where: '湖南 衡山 F202; 四川 梓潼 (domain.md §3 TPC)'
	},
	{
		printed: '部门预算项目支出绩效自评表',
		variants: ['部门预算项目支出绩效自评表', '绩效目标自评表', '项目支出绩效自评表'],
		where: '四川 F005, F007; 绩效目标自评表: 四川 F105'
	},
	{
		printed: '部门整体支出绩效自评表',
		variants: ['部门整体支出绩效自评表', '部门整体绩效自评表'],
		where: '安徽 F013, 湖南 F023; 部门整体绩效自评表: 重庆 F106'
	},
	{
		printed: '财政项目支出绩效自评表',
		variants: ['财政项目支出绩效自评表', '项目支出绩效自评表'],
		where: '上海 F001–F003; 项目支出绩效自评表: the 财政部 annex (安徽 F009, 云南 F016, 河北 F019)'
	},
	{
		printed: '预算项目绩效自评表',
		variants: ['预算项目绩效自评表', '项目支出绩效自评表'],
		where: '河北 F020; 项目支出绩效自评表: 河北 F019'
	},
	{
		printed: '项目支出绩效自评表',
		variants: ['项目支出绩效自评表', '绩效目标自评表', '财政项目支出绩效自评表'],
		where: '安徽 F009, 云南 F016, 山西 F018; 绩效目标自评表: 安徽 F011, F012; 财政…: 上海 F001'
	},
	{
		printed: '绩效目标自评表',
		variants: ['绩效目标自评表', '项目支出绩效自评表'],
		where: '安徽 F011, 宁夏 F022; 项目支出绩效自评表: 宁夏 F021'
	}
];

/** The year line `(2021年度)` as forms print it. */
export const YEAR_VARIANTS: ReadonlyArray<readonly [format: string, where: string]> = [
	['(Y年度)', 'the 财政部 annex'],
	['Y年度', '上海 F003'],
	['(Y 年度)', '上海 F001'],
	['Y年度)', '河北 F019 (the bracket lost)'],
	['(Y年)', '宁夏 F021']
];

/** The unit a 部门 line names (`部门:某中心`, 云南 F014) as others print it. */
export const OWNER_PREFIXES: ReadonlyArray<readonly [prefix: string, where: string]> = [
	['部门:', '云南 F014'],
	['单位名称:', '云南 F016'],
	['填报单位:', 'the issue-11 brief']
];

/** Whole-cell labels a template is recognised by, as drift's concepts. */
export const TEMPLATE_CONCEPTS: readonly Concept[] = [
	{
		kind: 'mark',
		printed: ['报表编号:510000_0013zp'],
		// '' : the form prints none
		variants: ['报表编号:510000_0013zp', ''],
		where: '四川 F005; none: 四川 F007'
	},
	{
		kind: 'column',
		printed: ['指标性质', '符号'],
		variants: ['指标性质', '符号'],
		where: '指标性质: 四川 F005, 云南 F014, 重庆 F106; 符号: 河北 F020'
	},
	{
		kind: 'column',
		printed: ['度量单位'],
		variants: ['度量单位', '计量单位'],
		where: '度量单位: 四川 F005, 云南 F014; 计量单位: 重庆 F106'
	},
	{
		kind: 'column',
		printed: ['预算执行进度(%)'],
		variants: ['预算执行进度(%)', '预算执行进度', '执行进度(%)', '预算执行率(%)'],
		where: '河北 F020 (which names the same column 预算执行率 in its rows)'
	},
	{
		kind: 'header',
		printed: ['转移支付(项目)名称'],
		variants: ['转移支付(项目)名称', '政策(项目)名称'],
		where: 'TP; 政策(项目)名称: 四川 梓潼 (domain.md §3 TPC)'
	},
	{
		kind: 'header',
		printed: ['专项资金名称'],
		variants: ['专项资金名称', '政策(项目)名称'],
		where: '湖南 衡山 F202; 四川 梓潼 (domain.md §3 TPC)'
	},
	{
		kind: 'header',
		printed: ['地方主管部门', '县级主管部门'],
		variants: ['地方主管部门', '县级主管部门', '项目主管部门'],
		where: 'TP; 县级主管部门: 湖南 F202; 项目主管部门: 四川 梓潼 (domain.md §3, record.md)'
	},
	{
		kind: 'header',
		printed: ['资金使用单位'],
		variants: ['资金使用单位', '实施单位'],
		where: 'TP; 实施单位: 湖南 F202 (domain.md §3 TPC)'
	}
];
