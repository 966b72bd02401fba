/** The KPI cards of the overview and the department page, as data: which figure, how to read it. */
import type { ChangeKind } from '../format/change.ts';

export interface KpiSpec {
	label: string;
	/** the column of the query's year row */
	key: string;
	kind: ChangeKind;
	/** the unit word after counts and points; amounts take the unit picked for the year */
	unit?: string;
	/** false where a rise is bad news (unspent money, weak indicators) */
	upIsGood?: boolean;
	/** 'band' colours by the row's rate_band; 'nonzero' marks a count above zero to watch */
	tone?: 'band' | 'nonzero';
}

const forms: KpiSpec = { label: '项目数', key: 'forms', kind: 'count', unit: '个' };
const adjusted: KpiSpec = { label: '调整后预算', key: 'adjusted', kind: 'amount' };
const executed: KpiSpec = { label: '执行数', key: 'executed', kind: 'amount' };
const rate: KpiSpec = { label: '预算执行率', key: 'rate', kind: 'rate' };
const score: KpiSpec = {
	label: '平均总分',
	key: 'avg_score',
	kind: 'points',
	unit: '分'
};
const belowWatch: KpiSpec = {
	label: '执行率低于90%的项目',
	key: 'below_watch',
	kind: 'count',
	unit: '个',
	upIsGood: false,
	tone: 'nonzero'
};
const weak: KpiSpec = {
	label: '失分指标',
	key: 'weak_indicators',
	kind: 'count',
	unit: '项',
	upIsGood: false
};

export const OVERVIEW_CARDS = [
	forms,
	{ label: '部门数', key: 'departments', kind: 'count', unit: '个' },
	adjusted,
	executed,
	rate,
	score,
	belowWatch,
	weak
] as const satisfies readonly KpiSpec[];

export const DEPARTMENT_CARDS = [
	forms,
	adjusted,
	executed,
	{ label: '结余', key: 'unspent', kind: 'amount', upIsGood: false },
	{ ...rate, tone: 'band' },
	score,
	belowWatch,
	weak
] as const satisfies readonly KpiSpec[];

/** `tone` when the count is above zero (something to look at), else neutral. */
export const toneIfAny = (count: number | string | null, tone: 'watch' | 'attention') =>
	Number(count) > 0 ? tone : 'neutral';
