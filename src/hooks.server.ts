/**
 * The first paint, computed at build time: while a page is prerendered, its own queries (the
 * same code and SQL the browser runs) are answered by DuckDB over the dataset the site ships,
 * and the results go into the page: KPI numbers in the HTML, charts as SVG, and the rows as
 * JSON for the browser to start from (state/prerendered.ts). A render asks for queries it has
 * no rows for; they are run and the page rendered again, until it asks for nothing new.
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import type { Query } from '$lib/model/query.ts';
import type { Row } from '$lib/model/values.ts';
import { setSvgRenderer } from '$lib/charts/ssr-svg.ts';
import {
	PRERENDERED_ID,
	setPrerenderLookup,
	type PrerenderedData
} from '$lib/state/prerendered.ts';
import { buildDatabase } from '$lib/server/build-database.ts';
import { renderChartSvg } from '$lib/server/chart-svg.ts';

/** Renders per page at most: queries built from other queries' rows need one more each. */
const MAX_PASSES = 5;

/** JSON safe inside a <script> element (no `</script>` or `<!--` can end it). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export const handle: Handle = async ({ event, resolve }) => {
	if (!building || event.isDataRequest) return resolve(event);
	const data = await buildDatabase();
	if (!data) return resolve(event);
	const db = data.db;
	const known = new Map<string, Row[]>();
	setSvgRenderer(renderChartSvg);
	try {
		for (let pass = 1; ; pass++) {
			const missing = new Map<string, Query>();
			const used = new Map<string, Row[]>();
			let manifestUsed = false;
			// Prerendering renders one page at a time (SvelteKit's default concurrency): the
			// lookup is this page's while it renders.
			setPrerenderLookup({
				rows(key, query) {
					const rows = known.get(key);
					if (rows) used.set(key, rows);
					else missing.set(key, query);
					return rows;
				},
				manifest() {
					manifestUsed = true;
					return data.manifest;
				}
			});
			const response = await resolve(event, {
				transformPageChunk: ({ html }) => {
					const page: PrerenderedData = {
						results: [...used],
						manifest: manifestUsed ? data.manifest : null
					};
					const script = `<script type="application/json" id="${PRERENDERED_ID}">${scriptJson(page)}</script>`;
					return html.replace('</body>', `${script}</body>`);
				}
			});
			if (missing.size === 0 || pass === MAX_PASSES) return response;
			for (const [key, query] of missing) known.set(key, await db.query(query));
		}
	} finally {
		setPrerenderLookup(null);
		setSvgRenderer(null);
	}
};
