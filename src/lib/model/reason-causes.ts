/**
 * Causes of a missed target or unspent money, as data: each cause has a label, a short
 * definition and the words (regular-expression alternatives, RE2- and JavaScript-compatible:
 * plain characters, `|`, `.`, `?`, classes) that mark it in a 偏差原因分析及改进措施 text.
 * A text may carry several causes; a text matching none is 其他; no text at all is its own
 * bucket (未说明原因). The SQL (queries/reasons.ts) and the tests read these same rules.
 */

export interface ReasonCause {
	id: string;
	label: string;
	definition: string;
	/** regular expression over the note; any match assigns the cause */
	pattern: string;
}

export const REASON_CAUSES: { source: string; causes: readonly ReasonCause[] } = {
	source:
		'财预〔2020〕10号《项目支出绩效评价管理办法》自评表"偏差原因分析及改进措施"栏；' +
		'类别按上海、四川、安徽、云南等地公开自评表的常见表述归纳',
	causes: [
		{
			id: 'funding',
			label: '资金拨付/到位滞后',
			definition: '资金未按时下达、拨付或到位，或财政资金调减、收回',
			pattern:
				'资金(拨付|下达|到位|未到位|调减|收回)|拨款(滞后|延迟|较晚)|未(拨付|到位)|经费(未|晚)到'
		},
		{
			id: 'procurement',
			label: '政府采购/招投标延迟',
			definition: '采购、招标、比选或合同签订的流程拖延、流标或重新组织',
			pattern: '采购|招标|招投标|投标|流标|比选|合同签订|最高限价'
		},
		{
			id: 'preparation',
			label: '项目前期准备不足',
			definition: '立项、审批、方案、选址等前期工作未到位，项目启动晚',
			pattern:
				'前期(准备|工作)|审批(程序|流程|时间)|立项|方案(调整|未|论证)|启动(时间)?较晚|开工时间推迟'
		},
		{
			id: 'progress',
			label: '工程/实施进度滞后',
			definition: '施工、安装、实施或服务进度慢于计划，工作顺延至次年',
			pattern:
				'进度(滞后|放缓|较慢|延迟|缓慢|影响)|拖延|施工|到货延迟|安装调试|顺延|延续至|实施周期延长|停滞|未按期|衔接不到位'
		},
		{
			id: 'settlement',
			label: '结算/验收未完成',
			definition: '工作已做但尚未结算、审计、验收或付款',
			pattern: '结算|验收|审计|尾款|未支付|未付款|质保金'
		},
		{
			id: 'policy',
			label: '政策或计划调整',
			definition: '上级政策、年度计划或实施内容调整，部分内容暂缓或取消',
			pattern:
				'政策(调整|变化|变动)|计划调整|调整至|暂缓|目标已调整|工作目标调整|内容调整|上级部门.*未开展'
		},
		{
			id: 'force_majeure',
			label: '疫情/自然灾害等不可抗力',
			definition: '疫情、封控、天气、自然灾害等不可抗力',
			pattern: '疫情|封控|新冠|天气|台风|暴雨|洪涝|自然灾害|不可抗力'
		},
		{
			id: 'target_setting',
			label: '目标设置不合理',
			definition: '年初目标定得过高或过低、需求或申报少于预期、测算不准',
			pattern:
				'目标设置|设置偏高|设置偏低|目标值(偏高|偏低|过高|过低)|需求低于|少于预期|低于预期|测算不准'
		}
	]
};

/** Notes matching no cause. */
export const OTHER_CAUSE = { id: 'other', label: '其他', definition: '写了原因，但不属于以上各类' };

/** Points lost (or targets missed) with no reason written: kept apart, never 其他. */
export const UNEXPLAINED_CAUSE = {
	id: 'unexplained',
	label: '未说明原因',
	definition: '失分或未达目标，却未填写偏差原因'
};

/** Every bucket in display order. */
export const CAUSE_BUCKETS = [
	...REASON_CAUSES.causes.map(({ id, label, definition }) => ({ id, label, definition })),
	OTHER_CAUSE,
	UNEXPLAINED_CAUSE
] as const;

export const causeLabel = (id: string) => CAUSE_BUCKETS.find((c) => c.id === id)?.label ?? id;

/**
 * Boilerplate: one reason text (whitespace, punctuation and numbers normalised away) written
 * for at least this many projects, or in at least this many years.
 */
export const BOILERPLATE = {
	source: '本项目设定：同一表述出现在3个及以上项目或3个及以上年度，视为套话',
	minProjects: 3,
	minYears: 3
};
