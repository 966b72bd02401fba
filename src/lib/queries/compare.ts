/**
 * The 对比 page's question: how did each department, project or indicator do in year A and in
 * year B, and how much did it change? One row per entity with, for each chosen measure, its
 * value in A and B, the change B − A and (for amounts) the relative change. Every figure is
 * exact DECIMAL arithmetic in DuckDB; the 合计 / 平均 row is the same aggregates over all rows.
 */
import type { Query } from '../db/database.ts';
import { filterCondition, type Filters } from '../state/filters.ts';
import { gradeCase } from './facts.ts';
import { divRound, meanRound } from './sql.ts';

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
	/** label per comparison (a department's score is a mean, a project's is its own) */
	label: Partial<Record<CompareBy, string>>;
	/** the unit for headers: 万元 for amounts (stored in 元), 分, 个, or none */
	unit: string;
	change: ChangeKind;
	/** the aggregate over the group's rows, per comparison it applies to */
	sql: Partial<Record<CompareBy, string>>;
}

const RATE = divRound('sum(f.executed)', 'sum(f.adjusted)', 4);
const MEAN_TOTAL = meanRound('f.total_score', 2);

/** The measures in the order the page offers them. */
export const MEASURES: readonly MeasureSpec[] = [
	{
		id: 'adjusted',
		label: { department: '调整后预算', project: '调整后预算' },
		unit: '万元',
		change: 'amount',
		sql: { department: 'sum(f.adjusted)', project: 'sum(f.adjusted)' }
	},
	{
		id: 'executed',
		label: { department: '执行数', project: '执行数' },
		unit: '万元',
		change: 'amount',
		sql: { department: 'sum(f.executed)', project: 'sum(f.executed)' }
	},
	{
		id: 'unspent',
		label: { department: '结余', project: '结余' },
		unit: '万元',
		change: 'amount',
		sql: { department: 'sum(f.unspent)', project: 'sum(f.unspent)' }
	},
	{
		id: 'rate',
		label: { department: '执行率', project: '执行率' },
		unit: '',
		change: 'rate',
		sql: { department: RATE, project: RATE }
	},
	{
		id: 'funds_score',
		label: { department: '平均资金得分', project: '资金得分' },
		unit: '分',
		change: 'points',
		sql: {
			department: meanRound('f.funds_score', 2),
			project: meanRound('f.funds_score', 2)
		}
	},
	{
		id: 'total_score',
		label: { department: '平均总分', project: '总分' },
		unit: '分',
		change: 'points',
		sql: { department: MEAN_TOTAL, project: MEAN_TOTAL }
	},
	{
		id: 'grade',
		label: { department: '等级', project: '等级' },
		unit: '',
		change: 'none',
		sql: { department: gradeCase(MEAN_TOTAL), project: gradeCase(MEAN_TOTAL) }
	},
	{
		id: 'uses',
		label: { indicator: '使用次数' },
		unit: '个',
		change: 'count',
		sql: { indicator: 'count(*)::INTEGER' }
	},
	{
		id: 'weak',
		label: { department: '失分指标数', project: '失分指标数', indicator: '失分次数' },
		unit: '个',
		change: 'count',
		sql: {
			department: 'coalesce(sum(f.weak_count), 0)::INTEGER',
			project: 'coalesce(sum(f.weak_count), 0)::INTEGER',
			indicator: 'count(*) FILTER (WHERE i.lost_points)::INTEGER'
		}
	},
	{
		id: 'missed',
		label: { indicator: '未达目标次数' },
		unit: '个',
		change: 'count',
		sql: { indicator: 'count(*) FILTER (WHERE i.missed_target)::INTEGER' }
	},
	{
		id: 'points_lost',
		label: { department: '扣分', project: '扣分', indicator: '扣分' },
		unit: '分',
		change: 'points',
		sql: {
			department: 'sum(f.points_lost)',
			project: 'sum(f.points_lost)',
			indicator: 'sum(i.points_lost)'
		}
	}
];

/** The measures a comparison offers, in page order. */
export function measuresFor(by: CompareBy): MeasureSpec[] {
	return MEASURES.filter((m) => m.sql[by] !== undefined);
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

interface Source {
	from: string;
	entity: string;
	name: string;
	context: Record<string, string>;
	notNull: string;
}

/** What is compared: the table, the entity key, its display name and context columns. */
function sourceOf(by: CompareBy): Source {
	if (by === 'department') {
		return {
			from: 'form_facts f',
			entity: 'f.department',
			name: 'f.department',
			context: {},
			notNull: 'f.department IS NOT NULL'
		};
	}
	if (by === 'project') {
		return {
			from: 'form_facts f',
			// the same project across years, also through renames (dataset/project-keys.ts)
			entity: 'CAST(f.project_key AS VARCHAR)',
			name: 'f.project',
			context: { department: 'f.department', form_id: 'f.form_id' },
			notNull: 'f.project IS NOT NULL'
		};
	}
	return {
		from: 'indicator_facts i JOIN form_facts f USING (form_id)',
		entity: `concat_ws('|', coalesce(i.level1, ''), coalesce(i.level2, ''), trim(i.name))`,
		name: 'trim(i.name)',
		context: { level1: 'i.level1', level2: 'i.level2' },
		notNull: "i.name IS NOT NULL AND trim(i.name) <> ''"
	};
}

/** The change columns of one measure, from the year columns `a.<id>` and `b.<id>`. */
function changeColumns(spec: MeasureSpec): string[] {
	const a = `a.${spec.id}`;
	const b = `b.${spec.id}`;
	const id = spec.id;
	const out = [`${a} AS ${id}_a`, `${b} AS ${id}_b`];
	if (spec.change === 'none') return out;
	if (spec.change === 'rate') {
		// fractions with 4 decimals: × 100 is exact, in percentage points
		out.push(`(${b} - ${a}) * 100 AS ${id}_d`);
		return out;
	}
	out.push(`${b} - ${a} AS ${id}_d`);
	if (spec.change === 'amount') out.push(`${divRound(`${b} - ${a}`, `abs(${a})`, 4)} AS ${id}_p`);
	return out;
}

function specsOf(selection: CompareSelection): MeasureSpec[] {
	const specs = selection.measures.map(measureSpec);
	const missing = specs.find((s) => s.sql[selection.by] === undefined);
	if (missing) throw new Error(`measure ${missing.id} does not apply to ${selection.by}`);
	return specs;
}

/**
 * One row per department / project / indicator present in year A or B under the filters:
 * each measure in A and B (amounts in 元, rates as fractions, scores in 分), the change B − A
 * (`_d`; rates in percentage points) and for amounts the relative change (B − A) / |A| (`_p`,
 * a fraction with 4 decimals, NULL when A is 0 or missing). Sorted by name.
 */
export function compareQuery(filters: Filters, selection: CompareSelection): Query {
	const src = sourceOf(selection.by);
	const specs = specsOf(selection);
	const where = filterCondition(filters);
	const aggregates = specs.map((s) => `${s.sql[selection.by]} AS ${s.id}`);
	const context = Object.entries(src.context);
	const groupContext = context.map(([k, sql]) => `min(${sql}) AS ${k}`);
	const latestContext = context.map(([k]) => `arg_max(${k}, year) AS ${k}`);
	return {
		sql: `WITH g AS (
			SELECT ${src.entity} AS entity, f.year AS year, min(${src.name}) AS name,
				${[...groupContext, ...aggregates].join(',\n\t\t\t\t')}
			FROM ${src.from}
			WHERE ${where.sql} AND ${src.notNull} AND f.year IN (?, ?)
			GROUP BY ALL
		), names AS (
			SELECT entity, arg_max(name, year) AS name${latestContext.map((c) => ', ' + c).join('')}
			FROM g GROUP BY entity
		)
		SELECT n.*, ${specs.flatMap(changeColumns).join(', ')}
		FROM names n
		LEFT JOIN g a ON a.entity = n.entity AND a.year = ?
		LEFT JOIN g b ON b.entity = n.entity AND b.year = ?
		ORDER BY n.name, n.entity`,
		params: [...where.params, selection.yearA, selection.yearB, selection.yearA, selection.yearB]
	};
}

/**
 * The 合计 / 平均 row: the same aggregates over every row of the comparison (amounts summed,
 * the rate as Σ executed / Σ adjusted, scores averaged over all forms, the grade of that mean).
 */
export function compareTotalQuery(filters: Filters, selection: CompareSelection): Query {
	const src = sourceOf(selection.by);
	const specs = specsOf(selection);
	const where = filterCondition(filters);
	const aggregates = specs.map((s) => `${s.sql[selection.by]} AS ${s.id}`);
	return {
		sql: `WITH g AS (
			SELECT f.year AS year, ${aggregates.join(', ')}
			FROM ${src.from}
			WHERE ${where.sql} AND ${src.notNull} AND f.year IN (?, ?)
			GROUP BY f.year
		)
		SELECT ${specs.flatMap(changeColumns).join(', ')}
		FROM (SELECT 1) one
		LEFT JOIN g a ON a.year = ?
		LEFT JOIN g b ON b.year = ?`,
		params: [...where.params, selection.yearA, selection.yearB, selection.yearA, selection.yearB]
	};
}
