/**
 * A query as a value: its SQL, its bound values, and (in the type only) the rows it returns.
 * Builders in queries/ write them, db/ runs them, state/ runs them live, views/ read the rows.
 */
import type { Param, Row } from './values.ts';

/**
 * A statement and its bound values, typed by the rows it returns: the builder that writes the
 * SQL names `R` once, and `Database.query` hands rows of that type to the caller. (`R` only
 * lives in the type: the object holds nothing but `sql` and `params`.)
 */
export interface Query<R extends Row = Row> {
	sql: string;
	params?: readonly Param[];
	/** never set: carries the row type */
	readonly rows?: R;
}

/** The queries of a page by name; null for one that does not apply (no form chosen yet). */
export type QuerySet = Record<string, Query | null>;

/** The row type of a query. */
export type RowOf<Q> = Q extends Query<infer R> ? R : never;

/** The rows of each query of a set, by the same names. */
export type RowsOf<Q extends QuerySet> = { [K in keyof Q]: RowOf<NonNullable<Q[K]>>[] };

/** What a page has of its queries: rows so far (empty until loaded), and whether all are in. */
export interface Results<Q extends QuerySet> {
	rows: RowsOf<Q>;
	/** some query is still running (its rows are the previous ones, or empty) */
	loading: boolean;
	/** the first error, if a query failed */
	error: string | null;
}
