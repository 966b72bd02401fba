/**
 * The KPI cards of the overview and the department page: the latest year of a series, each
 * figure with its change against the year before, as data (which figure, how to read it).
 */
import { describeChange, type ChangeKind } from '../format/change.ts';
import {
	formatAmount,
	formatCount,
	formatPoints,
	formatRate,
	pickAmountUnit
} from '../format/number.ts';
import { thresholdText } from '../format/thresholds.ts';
import type { Thresholds } from '../model/thresholds.ts';
import type { Value } from '../model/values.ts';
import { toneIfAny, type KpiView } from './page.ts';

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
const score: KpiSpec = { label: '平均总分', key: 'avg_score', kind: 'points', unit: '分' };
const weak: KpiSpec = {
	label: '失分指标',
	key: 'weak_indicators',
	kind: 'count',
	unit: '项',
	upIsGood: false
};
/** The count below the watch threshold, named by the threshold in force. */
const belowWatch = (t: Thresholds): KpiSpec => ({
	label: `执行率低于${thresholdText(t.watch)}的项目`,
	key: 'below_watch',
	kind: 'count',
	unit: '个',
	upIsGood: false,
	tone: 'nonzero'
});

export const overviewCards = (t: Thresholds): KpiSpec[] => [
	forms,
	{ label: '部门数', key: 'departments', kind: 'count', unit: '个' },
	adjusted,
	executed,
	rate,
	score,
	belowWatch(t),
	weak
];

export const departmentCards = (t: Thresholds): KpiSpec[] => [
	forms,
	adjusted,
	executed,
	{ label: '结余', key: 'unspent', kind: 'amount', upIsGood: false },
	{ ...rate, tone: 'band' },
	score,
	belowWatch(t),
	weak
];

export interface YearKpis {
	/** "2023年度，与2022年度相比", '' without a year */
	period: string;
	cards: KpiView[];
}

type YearRow = { year: number; adjusted: string | null; [key: string]: Value };

/**
 * The cards for the latest year of `years` (oldest first), compared with the year before it
 * when that year is there; amounts in the unit the latest adjusted budget reads best in.
 */
export function yearKpis(years: readonly YearRow[], specs: readonly KpiSpec[]): YearKpis {
	const latest = years.at(-1);
	if (!latest) return { period: '', cards: [] };
	const before = years.at(-2);
	const previous = before && before.year === latest.year - 1 ? before : null;
	const unit = pickAmountUnit(latest.adjusted);
	const cell = (row: YearRow, key: string) => {
		const v = row[key];
		return v === undefined || typeof v === 'boolean' ? null : v;
	};
	const show = (spec: KpiSpec) => {
		const v = cell(latest, spec.key);
		const text = v === null ? null : String(v);
		if (spec.kind === 'amount') return formatAmount(text, unit);
		if (spec.kind === 'rate') return formatRate(text);
		if (spec.kind === 'points') return formatPoints(text);
		return formatCount(v);
	};
	const tone = (spec: KpiSpec): KpiView['tone'] => {
		if (spec.tone === 'nonzero') return toneIfAny(cell(latest, spec.key), 'watch');
		const band = latest.rate_band;
		if (spec.tone === 'band' && (band === 'attention' || band === 'watch' || band === 'good'))
			return band;
		return 'neutral';
	};
	return {
		period: `${latest.year}年度${previous ? `，与${previous.year}年度相比` : ''}`,
		cards: specs.map((spec) => ({
			label: spec.label,
			value: show(spec),
			unit: spec.kind === 'amount' ? unit : (spec.unit ?? ''),
			upIsGood: spec.upIsGood ?? true,
			tone: tone(spec),
			change: previous
				? describeChange(cell(latest, spec.key), cell(previous, spec.key), spec.kind, unit)
				: null
		}))
	};
}
