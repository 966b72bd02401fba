/**
 * Why indicators miss their targets (偏差原因) and what units promise to do about it
 * (改进措施), as forms word them. Plain data.
 */

/** Causes that can strike any year. */
export const REASONS = [
	'政府采购流程延迟，项目实施进度滞后',
	'项目前期准备不足，开工时间推迟',
	'资金拨付滞后，影响项目推进',
	'政策调整，部分内容暂缓实施',
	'年初目标设置偏高，实际需求低于预期',
	'实施单位人员变动，工作衔接不到位',
	'设备到货延迟，安装调试顺延',
	'审批程序较长，项目启动时间较晚',
	'受天气原因影响，施工进度放缓',
	'部分合同尚未到结算期，费用未支付',
	'服务对象申报数量少于预期',
	'招标失败后重新组织招标，实施周期延长'
];

/** Causes tied to one year (the pandemic years). */
export const YEAR_REASONS: Record<number, string[]> = {
	2020: ['受新冠肺炎疫情影响，部分线下活动取消或延期', '疫情防控期间项目暂停实施'],
	2022: ['受本市疫情影响，3至5月项目实施停滞', '疫情封控期间现场工作无法开展，进度滞后'],
	2023: ['受上年疫情影响，部分工作延续至本年度']
};

/** What the unit will do next (joined to a cause with `。`). */
export const MEASURES = [
	'下一步将加强预算执行监控，加快项目实施进度',
	'今后将科学合理设置绩效目标',
	'将提前做好采购准备工作，压缩采购周期',
	'将加强与实施单位沟通协调，确保按期完成',
	'下一年度将优化实施方案，提高资金使用效益',
	'已督促相关单位加快进度，剩余工作于次年上半年完成',
	'将加强过程管理和跟踪问效'
];

/** Notes on indicators kept in the table with weight 0 because they were not carried out. */
export const NOT_CARRIED_OUT = [
	'年度工作目标已调整',
	'上级部门当年度未开展此项工作',
	'该项工作已调整至下一年度实施',
	'政策调整，本年度未实施'
];

/** Actual values printed for qualitative indicators that missed, by band. */
export const QUALITATIVE_MISSES = {
	partly: ['部分达成', '基本达成', '有所提升'],
	not: ['未达成', '效果不明显']
};
