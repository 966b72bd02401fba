/**
 * Runs a query whenever its SQL or parameters change, and only then: a filter change
 * re-queries what depends on it, nothing else. Call during component initialisation.
 */
import type { Query, Row } from '../db/database.ts';
import { prerenderedRows } from './prerendered.ts';
import { siteData } from './site.ts';

/**
 * Results by query text and values, most recently used last. The dataset never changes once
 * loaded, so going back to a selection (the back button, a filter toggled off) shows it at
 * once, without asking DuckDB again.
 */
// Not state: nothing renders from the cache itself.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const results = new Map<string, Row[]>();
const KEEP = 200;

function remember(key: string, rows: Row[]) {
	results.delete(key);
	results.set(key, rows);
	if (results.size > KEEP) results.delete(results.keys().next().value!);
}

export interface LiveQuery<R> {
	readonly rows: R[];
	readonly loading: boolean;
	readonly error: string | null;
}

export function liveQuery<R extends Row = Row>(getQuery: () => Query | null): LiveQuery<R> {
	// The build-time rows of the bare URL, if any: shown at once (and in the prerendered HTML)
	// until DuckDB answers the same query with the same rows.
	const first = getQuery();
	const initial = first ? prerenderedRows(JSON.stringify(first), first) : undefined;
	let rows = $state.raw<R[]>((initial as R[] | undefined) ?? []);
	let loading = $state(true);
	let error = $state<string | null>(null);
	let current = '';
	$effect(() => {
		const query = getQuery();
		if (!query) return;
		const key = JSON.stringify(query);
		if (key === current) return;
		current = key;
		const known = results.get(key);
		if (known) {
			remember(key, known);
			rows = known as R[];
			error = null;
			loading = false;
			return;
		}
		loading = true;
		const started = performance.now();
		siteData()
			.then(({ db }) => db.query<R>(query))
			.then(
				(result) => {
					// Query times for the benchmark (scripts/bench-site.ts).
					performance.measure('budgetlens:query', { start: started });
					remember(key, result);
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
