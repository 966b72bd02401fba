/**
 * Runs a query whenever its SQL or parameters change, and only then: a filter change
 * re-queries what depends on it, nothing else. Call during component initialisation.
 */
import type { Query, Row } from '../db/database.ts';
import { siteData } from './site.ts';

export interface LiveQuery<R> {
	readonly rows: R[];
	readonly loading: boolean;
	readonly error: string | null;
}

export function liveQuery<R extends Row = Row>(getQuery: () => Query | null): LiveQuery<R> {
	let rows = $state.raw<R[]>([]);
	let loading = $state(true);
	let error = $state<string | null>(null);
	let current = '';
	$effect(() => {
		const query = getQuery();
		if (!query) return;
		const key = JSON.stringify(query);
		if (key === current) return;
		current = key;
		loading = true;
		const started = performance.now();
		siteData()
			.then(({ db }) => db.query<R>(query))
			.then(
				(result) => {
					// Query times for the benchmark (scripts/bench-site.ts).
					performance.measure('budgetlens:query', { start: started });
					if (current !== key) return;
					rows = result;
					error = null;
					loading = false;
				},
				(e: unknown) => {
					if (current !== key) return;
					error = e instanceof Error ? e.message : String(e);
					loading = false;
				}
			);
	});
	return {
		get rows() {
			return rows;
		},
		get loading() {
			return loading;
		},
		get error() {
			return error;
		}
	};
}
