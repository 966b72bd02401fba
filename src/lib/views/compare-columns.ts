// The 对比 table's columns: the entity, then for each measure its two years, Δ and Δ%.
import type { Column } from '../components/table.ts';
import type { CellKind } from '../format/cell.ts';
import {
	measureSpec,
	type CompareBy,
	type CompareRow,
	type CompareSelection,
	type MeasureSpec
} from '../model/compare.ts';
import { gradeTone } from '../model/rules.ts';
import { rateBandOf, type Thresholds } from '../model/thresholds.ts';

type Tone = 'attention' | 'watch' | null;

/** 红黄绿灯 of an execution rate (fraction string) under the thresholds in force. */
function rateTone(value: string | number | null | undefined, t: Thresholds): Tone {
	const band = rateBandOf(value ?? null, t);
	return band === 'good' ? null : band;
}

const KIND: Record<MeasureSpec['change'], CellKind> = {
	amount: 'amount',
	rate: 'rate',
	points: 'points',
	count: 'count',
	none: 'text'
};

const withUnit = (label: string, unit: string) =>
	unit && unit !== '个' ? `${label}（${unit}）` : label;

/**
 * The columns of one measure under one heading (调整后预算（万元）): year A, year B, the change
 * and, for amounts, the change rate.
 */
function measureColumns(
	spec: MeasureSpec,
	s: CompareSelection,
	t: Thresholds
): Column<CompareRow>[] {
	const group = withUnit(spec.label[s.by]!, spec.unit);
	const kind = KIND[spec.change];
	const tone =
		spec.id === 'rate'
			? (key: string) => (r: CompareRow) => rateTone(r[key], t)
			: spec.id === 'grade'
				? (key: string) => (r: CompareRow) => gradeTone(r[key])
				: () => undefined;
	const year = (side: 'a' | 'b', y: number): Column<CompareRow> => ({
		key: `${spec.id}_${side}`,
		label: `${y}年`,
		group,
		kind,
		tone: tone(`${spec.id}_${side}`)
	});
	const out = [year('a', s.yearA), year('b', s.yearB)];
	if (spec.change === 'none') return out;
	out.push({
		key: `${spec.id}_d`,
		label: spec.change === 'rate' ? '变化（百分点）' : '变化',
		group,
		kind: spec.change === 'rate' ? 'points' : kind,
		signed: true
	});
	if (spec.change === 'amount') {
		out.push({ key: `${spec.id}_p`, label: '变化率', group, kind: 'rate', signed: true });
	}
	return out;
}

const NAME_LABEL: Record<CompareBy, string> = {
	department: '部门',
	project: '项目',
	indicator: '指标'
};

/**
 * Every column of the comparison; `href` links a name to its department or project page,
 * `departmentHref` a project's 主管部门 to its page.
 */
export function compareColumns(
	s: CompareSelection,
	t: Thresholds,
	href: (row: CompareRow) => string | null,
	departmentHref: (name: string) => string
): Column<CompareRow>[] {
	const name: Column<CompareRow> = {
		key: 'name',
		label: NAME_LABEL[s.by],
		kind: 'text',
		wide: true,
		href: s.by === 'indicator' ? undefined : href
	};
	const context: Column<CompareRow>[] =
		s.by === 'project'
			? [
					{
						key: 'department',
						label: '主管部门',
						kind: 'text',
						href: (r) => (r.department ? departmentHref(String(r.department)) : null)
					}
				]
			: s.by === 'indicator'
				? [
						{ key: 'level1', label: '一级指标', kind: 'text' },
						{ key: 'level2', label: '二级指标', kind: 'text' }
					]
				: [];
	return [name, ...context, ...s.measures.flatMap((id) => measureColumns(measureSpec(id), s, t))];
}
