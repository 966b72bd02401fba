/**
 * Runs a page's queries under a few sample filters while the browser is idle after the page
 * went live, one query at a time, and drops the answers. Why: DuckDB-WASM's code runs first as
 * V8's baseline code and is compiled again, optimised, on background threads once it is hot.
 * Without this, that compiling happened during the user's first filter changes, competing for
 * the cores with the change itself (≈ 110 ms of CPU per change over the first seven, half that
 * with it: scripts/bench-profile.ts). A click during the warm-up waits for one query at most (DuckDB's worker answers in
 * order), and the user's queries go before the rest of it.
 */
import { warmUpFilters, type Filters } from '../model/filters.ts';
import type { QuerySet } from '../model/query.ts';
import { siteData } from './site.ts';

/** Query sets warmed in this page load (by their builder: each page's once). */
const warmed = new WeakSet<object>();

const idle = () =>
	new Promise<void>((done) =>
		'requestIdleCallback' in window
			? requestIdleCallback(() => done(), { timeout: 5000 })
			: setTimeout(done, 50)
	);

/** Warms `queriesOf`'s queries once per page load, starting from `filters` (the page's). */
export async function warmUp(queriesOf: (f: Filters) => QuerySet, filters: Filters) {
	if (warmed.has(queriesOf)) return;
	warmed.add(queriesOf);
	const { db } = await siteData();
	for (const sample of warmUpFilters(filters))
		for (const query of Object.values(queriesOf(sample))) {
			if (!query) continue;
			await idle();
			await db.query(query).catch(() => {});
		}
	performance.mark('budgetlens:warmed-up');
}
