/**
 * The 对比 page's question: how did each department, project or indicator do in year A and in
 * year B, and how much did it change? One row per entity with, for each chosen measure, its
 * value in A and B, the change B − A and (for amounts) the relative change. Every figure is
 * exact DECIMAL arithmetic in DuckDB; the 合计 / 平均 row is the same aggregates over all rows.
 */
import type { Query } from '../model/query.ts';
import {
	measureSpec,
	type CompareBy,
	type CompareRow,
	type CompareSelection,
	type MeasureId,
	type MeasureSpec
} from '../model/compare.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';
import { gradeCase } from './facts.ts';
import { divRound, meanRound } from './sql.ts';

const RATE = divRound('sum(f.executed)', 'sum(f.adjusted)', 4);
const MEAN_TOTAL = meanRound('f.total_score', 2);
const MEAN_FUNDS = meanRound('f.funds_score', 2);
const forForms = (sql: string) => ({ department: sql, project: sql });

/** Each measure's aggregate over a group's rows, per comparison it applies to (model/compare.ts). */
const MEASURE_SQL: Record<MeasureId, Partial<Record<CompareBy, string>>> = {
	adjusted: forForms('sum(f.adjusted)'),
	executed: forForms('sum(f.executed)'),
	unspent: forForms('sum(f.unspent)'),
	rate: forForms(RATE),
	funds_score: forForms(MEAN_FUNDS),
	total_score: forForms(MEAN_TOTAL),
	grade: forForms(gradeCase(MEAN_TOTAL)),
	uses: { indicator: 'count(*)::INTEGER' },
	weak: {
		...forForms('coalesce(sum(f.weak_count), 0)::INTEGER'),
		indicator: 'count(*) FILTER (WHERE i.lost_points)::INTEGER'
	},
	missed: { indicator: 'count(*) FILTER (WHERE i.missed_target)::INTEGER' },
	points_lost: { ...forForms('sum(f.points_lost)'), indicator: 'sum(i.points_lost)' }
};

/** The aggregate SQL of a measure in a comparison; throws when it does not apply there. */
function measureSql(id: MeasureId, by: CompareBy): string {
	const sql = MEASURE_SQL[id][by];
	if (sql === undefined) throw new Error(`measure ${id} does not apply to ${by}`);
	return sql;
}

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
	for (const s of specs) measureSql(s.id, selection.by); // throws for one that does not apply
	return specs;
}

/**
 * One row per department / project / indicator present in year A or B under the filters:
 * each measure in A and B (amounts in 元, rates as fractions, scores in 分), the change B − A
 * (`_d`; rates in percentage points) and for amounts the relative change (B − A) / |A| (`_p`,
 * a fraction with 4 decimals, NULL when A is 0 or missing). Sorted by name.
 */
export function compareQuery(filters: Filters, selection: CompareSelection): Query<CompareRow> {
	const src = sourceOf(selection.by);
	const specs = specsOf(selection);
	const where = filterCondition(filters);
	const aggregates = specs.map((s) => `${measureSql(s.id, selection.by)} AS ${s.id}`);
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
export function compareTotalQuery(
	filters: Filters,
	selection: CompareSelection
): Query<CompareRow> {
	const src = sourceOf(selection.by);
	const specs = specsOf(selection);
	const where = filterCondition(filters);
	const aggregates = specs.map((s) => `${measureSql(s.id, selection.by)} AS ${s.id}`);
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
