/**
 * What the 对比 page can compare, as data: by department, project or indicator, which measures
 * each offers, how they are called and how their change reads. The SQL of each measure is
 * queries/compare.ts; the selection's URL encoding is state/compare-selection.ts.
 */

export type CompareBy = 'department' | 'project' | 'indicator';

export type MeasureId =
	| 'adjusted'
	| 'executed'
	| 'unspent'
	| 'rate'
	| 'funds_score'
	| 'total_score'
	| 'grade'
	| 'uses'
	| 'weak'
	| 'missed'
	| 'points_lost';

/**
 * How a measure's change reads: `amount` gives Δ (元) and Δ% (fraction of |A|), `rate` gives
 * Δ in percentage points, `points` and `count` give Δ, `none` (the grade) gives no change.
 */
export type ChangeKind = 'amount' | 'rate' | 'points' | 'count' | 'none';

export interface MeasureSpec {
	id: MeasureId;
	/** label per comparison it applies to (a department's score is a mean, a project's its own) */
	label: Partial<Record<CompareBy, string>>;
	/** the unit for headers: 万元 for amounts (stored in 元), 分, 个, or none */
	unit: string;
	change: ChangeKind;
}

const forForms = (label: string, departmentLabel = label) => ({
	department: departmentLabel,
	project: label
});

/** The measures in the order the page offers them. */
export const MEASURES: readonly MeasureSpec[] = [
	{ id: 'adjusted', label: forForms('调整后预算'), unit: '万元', change: 'amount' },
	{ id: 'executed', label: forForms('执行数'), unit: '万元', change: 'amount' },
	{ id: 'unspent', label: forForms('结余'), unit: '万元', change: 'amount' },
	{ id: 'rate', label: forForms('执行率'), unit: '', change: 'rate' },
	{ id: 'funds_score', label: forForms('资金得分', '平均资金得分'), unit: '分', change: 'points' },
	{ id: 'total_score', label: forForms('总分', '平均总分'), unit: '分', change: 'points' },
	{ id: 'grade', label: forForms('等级'), unit: '', change: 'none' },
	{ id: 'uses', label: { indicator: '使用次数' }, unit: '个', change: 'count' },
	{
		id: 'weak',
		label: { ...forForms('失分指标数'), indicator: '失分次数' },
		unit: '个',
		change: 'count'
	},
	{ id: 'missed', label: { indicator: '未达目标次数' }, unit: '个', change: 'count' },
	{
		id: 'points_lost',
		label: { ...forForms('扣分'), indicator: '扣分' },
		unit: '分',
		change: 'points'
	}
];

/** The measures a comparison offers, in page order. */
export function measuresFor(by: CompareBy): MeasureSpec[] {
	return MEASURES.filter((m) => m.label[by] !== undefined);
}

/** The spec of a measure by id. */
export function measureSpec(id: MeasureId): MeasureSpec {
	const spec = MEASURES.find((m) => m.id === id);
	if (!spec) throw new Error(`unknown measure ${id}`);
	return spec;
}

export interface CompareSelection {
	by: CompareBy;
	measures: MeasureId[];
	/** the earlier (base) year A and the later year B; the change is B − A */
	yearA: number;
	yearB: number;
}

/** The row of one entity: `entity` (key), `name`, context columns, and `<measure>_a|_b|_d|_p`. */
export type CompareRow = Record<string, string | number | null>;

export const COMPARE_BY_LABELS: Record<CompareBy, string> = {
	department: '部门 × 年度',
	project: '项目 × 年度',
	indicator: '指标 × 年度'
};

export const DEFAULT_MEASURES: Record<CompareBy, MeasureId[]> = {
	department: ['adjusted', 'rate', 'total_score'],
	project: ['adjusted', 'rate', 'total_score'],
	indicator: ['uses', 'weak', 'points_lost']
};
