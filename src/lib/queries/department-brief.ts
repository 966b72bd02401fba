/**
 * What a department's one-page brief needs beyond the 部门 page's queries: per year, the shares
 * its traffic lights judge (projects below the watch threshold, lost points with no reason, full
 * marks on a missed target), and the projects that left the most money unspent, each with the
 * causes its notes give (model/reason-causes.ts). The department is bound like every filter.
 */
import type { Query } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import { forDepartment, type Filters } from '../model/filters.ts';
import { FORM_KIND_LABELS, type RateBand } from '../model/rules.ts';
import { filterCondition, rateBandSql } from './filters.ts';
import { INFLATED } from './indicators.ts';
import { causesTable } from './reasons.ts';
import { divRound } from './sql.ts';

export interface SignalYearRow extends Row {
	year: number;
	/** forms with an execution rate */
	rated: number;
	/** … of which below the filters' watch threshold */
	below_watch: number;
	/** below_watch / rated, fraction, 4 decimals */
	below_share: string | null;
	/** indicators with a weight above 0 and a score */
	scored: number;
	/** full marks while the actual misses the target */
	inflated: number;
	/** inflated / scored, fraction, 4 decimals */
	inflated_share: string | null;
	/** Σ (weight − score) over the indicators that lost points */
	points_lost: string;
	/** … over those whose 偏差原因 is blank */
	unexplained_points: string;
	/**
	 * unexplained_points / points_lost, fraction, 4 decimals; 0 when nothing was lost, null
	 * when nothing was scored (transfer payments print no scores: nothing to judge)
	 */
	unexplained_share: string | null;
}

/** The department's judged shares per year, oldest first (forms without a year left out). */
export function departmentSignalYearsQuery(
	department: string,
	filters: Filters
): Query<SignalYearRow> {
	const where = filterCondition(forDepartment(filters, department));
	const share = (n: string, d: string) => divRound(n, d, 4);
	return {
		sql: `WITH chosen AS (
			SELECT * FROM form_facts f WHERE ${where.sql} AND f.year IS NOT NULL
		), frm AS (
			SELECT year, count(rate)::INTEGER AS rated,
				count(*) FILTER (WHERE rate < CAST(? AS DECIMAL(10,6)))::INTEGER AS below_watch
			FROM chosen GROUP BY year
		), ind AS (
			SELECT f.year,
				count(*) FILTER (WHERE i.weight > 0 AND i.score IS NOT NULL)::INTEGER AS scored,
				count(*) FILTER (WHERE ${INFLATED})::INTEGER AS inflated,
				coalesce(sum(i.points_lost) FILTER (WHERE i.lost_points), 0) AS points_lost,
				coalesce(sum(i.points_lost) FILTER (WHERE i.lost_points AND i.no_reason), 0)
					AS unexplained_points
			FROM indicator_facts i JOIN chosen f USING (form_id) GROUP BY f.year
		)
		SELECT frm.year, frm.rated, frm.below_watch, ${share('frm.below_watch', 'frm.rated')} AS below_share,
			coalesce(ind.scored, 0) AS scored, coalesce(ind.inflated, 0) AS inflated,
			${share('ind.inflated', 'ind.scored')} AS inflated_share,
			coalesce(ind.points_lost, 0) AS points_lost,
			coalesce(ind.unexplained_points, 0) AS unexplained_points,
			CASE WHEN coalesce(ind.scored, 0) = 0 THEN NULL WHEN ind.points_lost = 0 THEN 0
				ELSE ${share('ind.unexplained_points', 'ind.points_lost')} END AS unexplained_share
		FROM frm LEFT JOIN ind USING (year) ORDER BY frm.year`,
		params: [...where.params, filters.thresholds.watch]
	};
}

export interface UnderspentFormRow extends Row {
	form_id: number;
	project: string;
	year: number | null;
	adjusted: string | null;
	executed: string | null;
	/** adjusted − executed, 元 */
	unspent: string;
	rate: string | null;
	rate_band: RateBand | null;
	/** the cause ids its notes give, comma-separated ('other' when none matches); null: no note */
	causes: string | null;
}

/**
 * The department's forms that left the most money unspent (adjusted − executed > 0), most
 * first, with the causes their indicators' notes give.
 */
export function departmentUnderspentQuery(
	department: string,
	filters: Filters,
	limit = 5
): Query<UnderspentFormRow> {
	const where = filterCondition(forDepartment(filters, department));
	const band = rateBandSql('f.rate', filters.thresholds);
	const causes = causesTable();
	return {
		sql: `WITH ${causes.sql}, top AS (
			SELECT f.form_id, coalesce(f.project, '${FORM_KIND_LABELS.department}') AS project, f.year,
				f.adjusted, f.executed, f.unspent, f.rate, ${band.sql} AS rate_band
			FROM form_facts f WHERE ${where.sql} AND f.unspent > 0
			ORDER BY f.unspent DESC, f.form_id LIMIT ?
		), notes AS (
			SELECT i.form_id, i.note FROM indicators i JOIN top USING (form_id)
			WHERE i.note IS NOT NULL AND trim(i.note) <> ''
		), tagged AS (
			SELECT DISTINCT n.form_id, c.cause FROM notes n JOIN causes c
				ON regexp_matches(n.note, c.pattern)
		)
		SELECT t.*, CASE WHEN t.form_id NOT IN (SELECT form_id FROM notes) THEN NULL
				ELSE coalesce((SELECT string_agg(g.cause, ',' ORDER BY g.cause) FROM tagged g
					WHERE g.form_id = t.form_id), 'other') END AS causes
		FROM top t ORDER BY t.unspent DESC, t.form_id`,
		params: [...causes.params, ...band.params, ...where.params, limit]
	};
}
