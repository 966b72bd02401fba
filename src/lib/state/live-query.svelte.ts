/**
 * Runs a query whenever its SQL or parameters change, and only then: a filter change
 * re-queries what depends on it, nothing else. Call during component initialisation.
 */
import { untrack } from 'svelte';
import type { Query, QuerySet, Results, RowsOf } from '../model/query.ts';
import type { Row } from '../model/values.ts';
import { Lru } from '../db/lru.ts';
import { prerenderedRows } from './prerendered.ts';
import { siteData } from './site.ts';
import { dataChanges } from './data-changes.svelte.ts';

/**
 * Results by query text and values, most recently used last. The dataset never changes once
 * loaded, so going back to a selection (the back button, a filter toggled off) shows it at
 * once, without asking DuckDB again.
 */
// Not state: nothing renders from the cache itself.
const results = new Lru<string, Row[]>(200);

export interface LiveQuery<R> {
	readonly rows: R[];
	readonly loading: boolean;
	readonly error: string | null;
}

export function liveQuery<R extends Row>(getQuery: () => Query<R> | null): LiveQuery<R> {
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
		if (!query) {
			// nothing to ask (no form chosen): nothing shown, nothing pending
			current = '';
			rows = [];
			error = null;
			loading = false;
			return;
		}
		// forms added or removed on the 导入 and 数据 pages make every kept result stale
		const key = `${dataChanges.version}:${JSON.stringify(query)}`;
		if (key === current) return;
		current = key;
		const known = results.get(key) as R[] | undefined;
		if (known) {
			rows = known;
			error = null;
			loading = false;
			return;
		}
		loading = true;
		// Query starts and times for the benchmark (scripts/bench/measure-site.ts).
		const started = performance.now();
		performance.mark('budgetlens:query-start');
		siteData()
			.then(({ db }) => db.query(query))
			.then(
				(result) => {
					performance.measure('budgetlens:query', { start: started });
					results.set(key, result);
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

/**
 * Runs a page's queries (a view module's `…Queries(filters)`) live, each on its own: a filter
 * change re-runs those whose SQL or values changed. The set's names are read once.
 */
export function liveQueries<Q extends QuerySet>(getQueries: () => Q): Results<Q> {
	const queries = $derived(getQueries());
	const keys = Object.keys(untrack(() => queries));
	const live = Object.fromEntries(keys.map((k) => [k, liveQuery(() => queries[k] ?? null)]));
	return {
		get rows() {
			return Object.fromEntries(keys.map((k) => [k, live[k]!.rows])) as RowsOf<Q>;
		},
		get loading() {
			return keys.some((k) => live[k]!.loading);
		},
		get error() {
			return keys.map((k) => live[k]!.error).find((e) => e !== null) ?? null;
		}
	};
}
