/**
 * The three tables of a department's brief, each short enough for the sheet: the projects that
 * left the most unspent, the main causes of lost points, the indicators that lost the most.
 * Cells are text already, clipped to one line (the sheet's height is fixed before printing).
 */
import Decimal from 'decimal.js';
import { clipText } from '../format/brief.ts';
import { formatAmount, formatCount, formatPoints, formatRate } from '../format/number.ts';
import type { BriefTable } from '../components/brief/types.ts';
import type { Signal } from '../model/brief-signals.ts';
import { CAUSE_BUCKETS, causeLabel } from '../model/reason-causes.ts';
import type { CauseRow } from '../queries/reasons.ts';
import { FUNDS_INDICATOR, type DepartmentWeakIndicatorRow } from '../queries/department.ts';
import type { UnderspentFormRow } from '../queries/department-brief.ts';

/** Rows each table prints at most: what fits one A4 sheet beside the KPIs and the chart. */
export const BRIEF_ROWS = { underspent: 5, causes: 5, weak: 5 } as const;

const markOf = (band: string | null): Signal | undefined =>
	band === 'attention' || band === 'watch' || band === 'good' ? band : undefined;

/** "资金拨付/到位滞后、政府采购/招投标延迟" for "funding,procurement"; （无说明） with no note. */
function causeWords(ids: string | null): string {
	if (ids === null) return '（无说明）';
	const labels = ids.split(',').map(causeLabel);
	return labels.length > 2 ? `${labels.slice(0, 2).join('、')}等` : labels.join('、');
}

export function underspentTable(rows: readonly UnderspentFormRow[], year: string): BriefTable {
	return {
		title: `结余最多的项目（${year}，万元）`,
		columns: [
			{ label: '项目' },
			{ label: '调整后预算', num: true },
			{ label: '执行数', num: true },
			{ label: '结余', num: true },
			{ label: '执行率', num: true },
			{ label: '说明的原因' }
		],
		rows: rows
			.slice(0, BRIEF_ROWS.underspent)
			.map((r) => [
				{ text: clipText(r.project, 16) },
				{ text: formatAmount(r.adjusted), num: true },
				{ text: formatAmount(r.executed), num: true },
				{ text: formatAmount(r.unspent), num: true },
				{ text: formatRate(r.rate), num: true, signal: markOf(r.rate_band) },
				{ text: clipText(causeWords(r.causes), 20) }
			]),
		empty: '✓ 本年度没有结余的项目。'
	};
}

/**
 * The causes that cost the most points (one 偏差原因 text may give several causes: each is
 * counted in full, so the shares may add up to more than 100 %).
 */
export function causesTable(
	rows: readonly CauseRow[],
	pointsLost: string | null,
	year: string
): BriefTable {
	const total = pointsLost !== null && new Decimal(pointsLost).gt(0) ? pointsLost : null;
	const definition = (id: string) => CAUSE_BUCKETS.find((c) => c.id === id)?.definition ?? '';
	return {
		title: `失分的主要原因（${year}）`,
		columns: [
			{ label: '原因' },
			{ label: '含义' },
			{ label: '指标', num: true },
			{ label: '项目', num: true },
			{ label: '失分', num: true },
			{ label: '占失分', num: true }
		],
		rows: rows
			.slice(0, BRIEF_ROWS.causes)
			.map((r) => [
				{ text: causeLabel(r.cause) },
				{ text: clipText(definition(r.cause), 22) },
				{ text: formatCount(r.indicators), num: true },
				{ text: formatCount(r.forms), num: true },
				{ text: formatPoints(r.points_lost), num: true },
				{ text: total ? shareText(r.points_lost, total) : '—', num: true }
			]),
		note: '原因按偏差原因分析及改进措施的文字归类；一条说明可含多类原因，各类分别计入。',
		empty: '✓ 本年度没有失分或未达目标的指标。'
	};
}

/** part / whole (decimal strings) as a percentage with one decimal, exact. */
const shareText = (part: string, whole: string) =>
	formatRate(new Decimal(part).div(whole).toString(), 1);

export function weakTable(rows: readonly DepartmentWeakIndicatorRow[], year: string): BriefTable {
	return {
		title: `失分最多的指标（${year}，失分 = 分值 − 得分）`,
		columns: [
			{ label: '三级指标' },
			{ label: '项目' },
			{ label: '年度指标值' },
			{ label: '实际完成值' },
			{ label: '失分', num: true },
			{ label: '偏差原因' }
		],
		rows: rows.slice(0, BRIEF_ROWS.weak).map((r) => [
			{ text: clipText(r.name, 12) },
			{ text: clipText(r.project, 12) },
			{ text: clipText(r.target, 8) },
			{ text: clipText(r.actual, 8) },
			{ text: formatPoints(r.points_lost), num: true },
			// the funds line has no note of its own (its reasons are the indicators')
			{ text: r.note ? clipText(r.note, 14) : r.name === FUNDS_INDICATOR ? '—' : '（未说明）' }
		]),
		empty: '✓ 本年度没有失分的指标。'
	};
}
