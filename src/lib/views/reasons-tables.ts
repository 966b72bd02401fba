/**
 * The 偏差原因 part of 指标分析, as plain data: the cause table, cause × department and
 * cause × year pivots, and the drill-down held in the URL (rc / rd / ry / rt). Pure; tested in
 * Node (tests/views/analyses-views.test.ts); views/reasons.ts puts them together.
 */
import Decimal from 'decimal.js';
import {
	formNameColumns,
	indicatorColumns,
	spendColumns,
	type Column,
	type Links
} from '$lib/components/table.ts';
import { CAUSE_BUCKETS, causeLabel } from '$lib/model/reason-causes.ts';
import type {
	BoilerplateRow,
	CauseCellRow,
	CauseRow,
	ReasonDrill,
	ReasonIndicatorRow
} from '$lib/queries/reasons.ts';
import type { UnderspentCauseFormRow, UnderspentCauseRow } from '$lib/queries/underspent-causes.ts';

type Cell = string | number | null;
/** Makes the link of a drill-down from the URL keys to set. */
export type DrillHref = (extra: Record<string, string | null>) => string;

const KEYS = { cause: 'rc', department: 'rd', year: 'ry', text: 'rt' } as const;

/** A cause id from the URL, when it is one of the buckets. */
export const knownCause = (id: string | null) =>
	id !== null && CAUSE_BUCKETS.some((c) => c.id === id) ? id : null;

/** The drill-down in the URL (`param` reads one key), or null when none is chosen. */
export function drillFromParams(param: (key: string) => string | null): ReasonDrill | null {
	const year = param(KEYS.year);
	const drill: ReasonDrill = {
		cause: knownCause(param(KEYS.cause)),
		department: param(KEYS.department) || null,
		year: year && /^\d{4}$/.test(year) ? Number(year) : null,
		text: param(KEYS.text) || null
	};
	return Object.values(drill).some((v) => v !== null) ? drill : null;
}

/** URL keys for a drill-down (the others cleared). */
export function drillSearch(drill: Partial<ReasonDrill>): Record<string, string | null> {
	return {
		[KEYS.cause]: drill.cause ?? null,
		[KEYS.department]: drill.department ?? null,
		[KEYS.year]: drill.year == null ? null : String(drill.year),
		[KEYS.text]: drill.text ?? null
	};
}

/** What the drill-down shows, in words. */
export function drillCaption(drill: ReasonDrill, example: string | null = null): string {
	const parts = [
		drill.cause ? `原因「${causeLabel(drill.cause)}」` : null,
		drill.department,
		drill.year ? `${drill.year}年` : null,
		drill.text ? `套话「${example ?? drill.text}」` : null
	].filter((p) => p !== null);
	return parts.join('，');
}

export interface CauseTableRow {
	[key: string]: Cell;
	cause: string;
	label: string;
	definition: string;
	indicators: number;
	forms: number;
	points_lost: string;
	/** points_lost / all points lost, a fraction (causes overlap: shares may exceed 1 in sum) */
	share: string | null;
}

/** One row per bucket found, most points lost first, with its share of all points lost. */
export function causeTable(rows: readonly CauseRow[], totalLost: string | null): CauseTableRow[] {
	const total = new Decimal(totalLost ?? 0);
	return rows.map((r) => ({
		cause: r.cause,
		label: causeLabel(r.cause),
		definition: CAUSE_BUCKETS.find((c) => c.id === r.cause)?.definition ?? '',
		indicators: r.indicators,
		forms: r.forms,
		points_lost: r.points_lost,
		share: total.isZero() ? null : new Decimal(r.points_lost).div(total).toFixed(4)
	}));
}

export function causeColumns(href: DrillHref): Column<CauseTableRow>[] {
	return [
		{ key: 'label', label: '原因类别', kind: 'text', href: (r) => href(drillSearch(r)) },
		{ key: 'definition', label: '定义', kind: 'text', wide: true },
		{ key: 'indicators', label: '指标数', kind: 'count' },
		{ key: 'forms', label: '项目数', kind: 'count' },
		{ key: 'points_lost', label: '失分（分）', kind: 'points' },
		{ key: 'share', label: '占全部失分', kind: 'rate' }
	];
}

export interface Pivot {
	rows: Record<string, Cell>[];
	columns: Column<Record<string, Cell>>[];
}

/**
 * Points lost by cause (columns, in the order of `causes`) per department or per year (rows,
 * the departments that lost most first, at most `limit`); each cell drills down.
 */
export function causePivot(
	cells: readonly CauseCellRow[],
	by: 'department' | 'year',
	causes: readonly string[],
	href: DrillHref,
	limit = 15
): Pivot {
	const totals = new Map<string, Decimal>();
	const values = new Map<string, Decimal>();
	for (const c of cells) {
		const key = String(c[by]);
		values.set(
			`${key}|${c.cause}`,
			(values.get(`${key}|${c.cause}`) ?? new Decimal(0)).plus(c.points_lost)
		);
		// rows are ordered by these sums, which count a multi-cause text more than once
		totals.set(key, (totals.get(key) ?? new Decimal(0)).plus(c.points_lost));
	}
	const keys = [...totals.keys()].filter((k) => k !== 'null');
	const ordered =
		by === 'year'
			? keys.sort()
			: keys
					.sort((a, b) => totals.get(b)!.comparedTo(totals.get(a)!) || a.localeCompare(b))
					.slice(0, limit);
	const rows = ordered.map((key) => {
		const row: Record<string, Cell> = { key: by === 'year' ? Number(key) : key };
		for (const cause of causes) row[cause] = values.get(`${key}|${cause}`)?.toFixed(4) ?? null;
		return row;
	});
	const drill = (row: Record<string, Cell>, cause: string) =>
		href(
			drillSearch(
				by === 'year' ? { cause, year: Number(row.key) } : { cause, department: String(row.key) }
			)
		);
	return {
		rows,
		columns: [
			{
				key: 'key',
				label: by === 'year' ? '年度' : '部门',
				kind: by === 'year' ? 'year' : 'text',
				wide: by !== 'year'
			},
			...causes.map((cause): Column<Record<string, Cell>> => ({
				key: cause,
				label: causeLabel(cause),
				kind: 'points',
				href: (row) => drill(row, cause)
			}))
		]
	};
}

export function boilerplateColumns(href: DrillHref): Column<BoilerplateRow>[] {
	return [
		{
			key: 'example',
			label: '原因表述（示例）',
			kind: 'text',
			wide: true,
			href: (r) => href(drillSearch({ text: r.text }))
		},
		{ key: 'times', label: '出现次数', kind: 'count' },
		{ key: 'projects', label: '项目数', kind: 'count' },
		{ key: 'departments', label: '部门数', kind: 'count' },
		{ key: 'years', label: '年度数', kind: 'count' },
		{ key: 'points_lost', label: '失分（分）', kind: 'points' }
	];
}

export interface ReasonIndicatorView extends ReasonIndicatorRow {
	cause_labels: string;
}

/** The drill-down's rows, their cause ids spelled out. */
export const reasonIndicatorRows = (rows: readonly ReasonIndicatorRow[]): ReasonIndicatorView[] =>
	rows.map((r) => ({
		...r,
		cause_labels: r.causes
			.split(',')
			.map((id) => causeLabel(id))
			.join('、')
	}));

export function reasonIndicatorColumns(links: Links): Column<ReasonIndicatorView>[] {
	return [
		...formNameColumns<ReasonIndicatorView>(links),
		...indicatorColumns<ReasonIndicatorView>(),
		{ key: 'points_lost', label: '失分', kind: 'points' },
		{ key: 'cause_labels', label: '原因类别', kind: 'text' },
		{ key: 'note', label: '偏差原因分析及改进措施', kind: 'text', wide: true }
	];
}

export interface UnderspentView extends UnderspentCauseRow {
	label: string;
}

export const underspentTable = (rows: readonly UnderspentCauseRow[]): UnderspentView[] =>
	rows.map((r) => ({ ...r, label: causeLabel(r.cause) }));

export function underspentColumns(href: DrillHref): Column<UnderspentView>[] {
	return [
		{ key: 'label', label: '原因类别', kind: 'text', href: (r) => href({ uc: r.cause }) },
		{ key: 'forms', label: '项目数', kind: 'count' },
		...spendColumns<UnderspentView>(),
		{ key: 'rate', label: '执行率', kind: 'rate' }
	];
}

export function underspentFormColumns(links: Links): Column<UnderspentCauseFormRow>[] {
	return [
		...formNameColumns<UnderspentCauseFormRow>(links),
		{ key: 'adjusted', label: '调整后预算（万元）', kind: 'amount' },
		{ key: 'unspent', label: '结余（万元）', kind: 'amount' },
		{ key: 'rate', label: '执行率', kind: 'rate', tone: () => 'watch' },
		{ key: 'notes', label: '说明的原因', kind: 'text', wide: true }
	];
}
