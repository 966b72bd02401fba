/**
 * Runs a page's queries (a view module's `…Queries(filters)`) once, all of them, and hands back
 * what a live page would hold when they are in: for views run in Node (tests, build time).
 */
import type { QuerySet, Results, RowsOf } from '../model/query.ts';
import type { Database } from './database.ts';

export async function runQueries<Q extends QuerySet>(
	db: Database,
	queries: Q
): Promise<Results<Q>> {
	const entries = await Promise.all(
		Object.entries(queries).map(async ([key, query]) => [key, query ? await db.query(query) : []])
	);
	return { rows: Object.fromEntries(entries) as RowsOf<Q>, loading: false, error: null };
}
