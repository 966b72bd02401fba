/** The 数据 view: the manifest's facts and the warnings, each code a toggle. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { dataQueries, dataView, warningCodeOf } from '../../src/lib/views/data.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';
import { seedAndCorpus } from '../helpers/expected-facts.ts';
import { recordingNav, runQueries } from '../helpers/views.ts';

let data: TestDataset;
const manifest: Manifest = {
	version: 'v1',
	built_at: '2024-01-31T01:05:00.000Z',
	counts: {
		forms: 3,
		indicators: 0,
		warnings: 0,
		departments: 1,
		years: [],
		by_origin: { real: 3, demo: 0 }
	},
	sources: [
		{ file: 'a.txt', sha256: 'f'.repeat(64), forms: 3, origin: 'real', errors: [] },
		{ file: 'b.pdf', sha256: '0'.repeat(64), forms: 0, origin: 'real', errors: ['读不出文字'] }
	],
	superseded: [],
	tables: {}
};

beforeAll(async () => {
	data = await datasetOf(seedAndCorpus());
});
afterAll(() => data?.close());

describe('dataView', () => {
	it('reads the manifest: version, time in China, the unreadable file', async () => {
		const results = await runQueries(data.db, dataQueries(NO_FILTERS, null));
		const view = dataView(NO_FILTERS, null, manifest, null, results, recordingNav());
		expect(view.lead).toMatchObject({ version: 'v1', files: '2', forms: '3', demo: null });
		expect(view.lead.builtAt).toContain('09:05');
		expect(view.kpis[0]).toMatchObject({ value: '1', tone: 'attention' });
	});

	it('toggles a warning code: on when off, off when on', async () => {
		const nav = recordingNav();
		const results = await runQueries(data.db, dataQueries(NO_FILTERS, null));
		const [first] = dataView(NO_FILTERS, null, manifest, null, results, nav).warningCards;
		expect(first).toBeDefined();
		first!.onclick();
		const narrowed = await runQueries(data.db, dataQueries(NO_FILTERS, first!.code));
		const again = dataView(NO_FILTERS, first!.code, manifest, null, narrowed, nav);
		expect(again.warningCards[0]!.pressed).toBe(true);
		again.warningCards[0]!.onclick();
		expect(nav.applied.map((a) => a.params)).toEqual([{ code: first!.code }, { code: null }]);
	});

	it('waits for the manifest, and says why the dataset could not load', async () => {
		const results = await runQueries(data.db, dataQueries(NO_FILTERS, null));
		expect(dataView(NO_FILTERS, null, null, null, results, recordingNav()).status.kind).toBe(
			'loading'
		);
		expect(dataView(NO_FILTERS, null, null, 'HTTP 404', results, recordingNav()).status).toEqual({
			kind: 'error',
			message: 'HTTP 404'
		});
	});

	it('reads the code from the URL', () => {
		expect(warningCodeOf(new URLSearchParams('code=rate_mismatch'))).toBe('rate_mismatch');
		expect(warningCodeOf(null)).toBeNull();
	});
});
