/**
 * Were the targets set to be met? Per indicator — the same cleaned name, or the same 二级
 * category, within a department — across projects and years: targets exceeded by a wide margin
 * year after year (指标值设置偏低), missed every year, quantitative categories given wordings
 * instead of numbers, and 100 % set and reported everywhere. Thresholds: TARGET_QUALITY.
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import { TARGET_QUALITY as T } from '../model/target-quality-rules.ts';
import type { Filters } from '../model/filters.ts';
import { filterCondition } from './filters.ts';

export type TargetGroupBy = 'name' | 'level2';

/** SQL of an indicator name cleaned for grouping: whitespace, punctuation and symbols removed. */
const cleanedName = `regexp_replace(i.name, '[\\s\\p{Z}\\p{P}\\p{S}]', '', 'g')`;

const GROUP_SQL: Record<TargetGroupBy, string> = {
	name: cleanedName,
	level2: `coalesce(i.level2, '未分类')`
};

/** A quantitative category whose target prints no number at all (稳步提高, 有效). */
const QUALITATIVE_IN_QUANTITATIVE = `(list_contains(string_split(?, chr(31)), i.level2)
	AND i.target_op IS NULL AND i.target IS NOT NULL AND trim(i.target) <> ''
	AND NOT regexp_matches(i.target, '[0-9０-９]'))`;

const FULL = `(i.target_op IN ('=', '>=') AND CAST(i.target_value AS DOUBLE) = 100
	AND i.target_unit = '%' AND CAST(i.actual_value AS DOUBLE) = 100)`;

/** `rows`: the filtered indicators with their group, and `years`: per group and year. */
function grouped(filters: Filters, by: TargetGroupBy) {
	const where = filterCondition(filters);
	return {
		sql: `WITH rows AS (
			SELECT f.department, ${GROUP_SQL[by]} AS grp, i.*, f.year, f.project_key,
				coalesce(${QUALITATIVE_IN_QUANTITATIVE}, false) AS qualitative,
				coalesce(${FULL}, false) AS full
			FROM indicator_facts i JOIN form_facts f USING (form_id)
			WHERE ${where.sql} AND f.department IS NOT NULL AND f.year IS NOT NULL
				AND i.name IS NOT NULL AND trim(i.name) <> ''
		), years AS (
			SELECT department, grp, year,
				bool_and(completion >= ?) FILTER (WHERE completion IS NOT NULL) AS exceeded,
				bool_and(completion < 1) FILTER (WHERE completion IS NOT NULL) AS missed
			FROM rows GROUP BY ALL
		), runs AS (
			SELECT department, grp, count(*) AS run
			FROM (SELECT *, year - row_number() OVER (PARTITION BY department, grp ORDER BY year) AS island
				FROM years WHERE exceeded)
			GROUP BY department, grp, island
		)`,
		params: [T.quantitativeLevel2.join('\x1f'), ...where.params, T.wideMargin]
	};
}

export interface TargetQualityRow extends Row {
	department: string;
	/** the cleaned indicator name or the 二级 category */
	grp: string;
	/** one of the names as printed */
	example: string;
	level2: string | null;
	indicators: number;
	projects: number;
	years: number;
	/** the longest run of consecutive years with every actual ≥ wideMargin × target */
	exceeded_run: number;
	exceeded: boolean;
	/** every row with a completion missed, over at least missedMinYears years */
	missed_all: boolean;
	/** rows of a quantitative category whose target prints no number */
	qualitative: number;
	/** target and actual 100 % in every row, at least fullMinRows rows */
	all_full: boolean;
}

/** The indicator groups showing at least one sign, most signs first. */
export function targetQualityQuery(
	filters: Filters,
	by: TargetGroupBy,
	limit = 500
): Query<TargetQualityRow> {
	const g = grouped(filters, by);
	return {
		sql: `${g.sql}, groups AS (
			SELECT r.department, r.grp, min(r.name) AS example, min(r.level2) AS level2,
				count(*)::INTEGER AS indicators, count(DISTINCT r.project_key)::INTEGER AS projects,
				count(DISTINCT r.year)::INTEGER AS years,
				coalesce((SELECT max(run) FROM runs u WHERE u.department = r.department AND u.grp = r.grp), 0)::INTEGER AS exceeded_run,
				(SELECT count(*) FILTER (WHERE missed) = count(*) FILTER (WHERE missed IS NOT NULL)
					AND count(*) FILTER (WHERE missed) >= ?
					FROM years y WHERE y.department = r.department AND y.grp = r.grp) AS missed_all,
				count(*) FILTER (WHERE r.qualitative)::INTEGER AS qualitative,
				bool_and(r.full) AND count(*) >= ? AS all_full
			FROM rows r GROUP BY r.department, r.grp
		)
		SELECT *, exceeded_run >= ? AS exceeded FROM groups
		WHERE exceeded_run >= ? OR missed_all OR qualitative > 0 OR all_full
		ORDER BY (exceeded_run >= ?)::INTEGER + missed_all::INTEGER + (qualitative > 0)::INTEGER
			+ all_full::INTEGER DESC, indicators DESC, department, grp
		LIMIT ?`,
		params: [
			...g.params,
			T.missedMinYears,
			T.fullMinRows,
			T.runYears,
			T.runYears,
			T.runYears,
			limit
		]
	};
}

export interface TargetIndicatorRow extends Row {
	form_id: number;
	position: number;
	project: string | null;
	year: number;
	name: string;
	target: string | null;
	actual: string | null;
	completion: string | null;
	weight: string | null;
	score: string | null;
}

/** The indicators of one group (department and cleaned name or 二级), oldest first. */
export function targetGroupIndicatorsQuery(
	filters: Filters,
	by: TargetGroupBy,
	department: string,
	group: string
): Query<TargetIndicatorRow> {
	const g = grouped(filters, by);
	return {
		sql: `${g.sql}
		SELECT r.form_id, r.position, f.project, r.year, r.name, r.target, r.actual, r.completion,
			r.weight, r.score
		FROM rows r JOIN form_facts f USING (form_id)
		WHERE r.department = ? AND r.grp = ?
		ORDER BY r.year, r.form_id, r.position`,
		params: [...g.params, department, group]
	};
}
