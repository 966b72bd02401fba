/**
 * The dataset loader: tables load when a query first names them, and the build-time
 * aggregates (dataset/derived.ts) equal the same figures computed from the indicators.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type Dataset } from '../../src/lib/db/dataset.ts';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import { smallCorpus, tableFiles, type TableFiles } from '../helpers/dataset.ts';

let files: TableFiles;
let fetched: string[];
let dataset: Dataset;

beforeAll(async () => {
	files = await tableFiles(smallCorpus().map((record) => ({ record, origin: 'demo' as const })));
	fetched = files.fetched;
	dataset = await openDataset(nodeDatabase(), files.source, CREATE_FACTS);
});
afterAll(async () => {
	await dataset?.db.close();
	files?.remove();
});

describe('openDataset', () => {
	it('opens with the forms and their aggregates only, not the indicators', () => {
		expect(fetched.sort()).toEqual(['form_points.arrow', 'forms.arrow']);
	});

	it('answers from form_facts without loading the indicators', async () => {
		const [row] = await dataset.db.query({
			sql: 'SELECT count(*)::INTEGER AS n FROM form_facts'
		});
		expect(row).toEqual({ n: smallCorpus().length });
		expect(fetched).not.toContain('indicators.arrow');
	});

	it('loads the indicators when a query names their view, then answers it', async () => {
		const [row] = await dataset.db.query({
			sql: 'SELECT count(*)::INTEGER AS n FROM indicator_facts'
		});
		const indicators = smallCorpus().reduce((n, r) => n + r.indicators.length, 0);
		expect(row).toEqual({ n: indicators });
		expect(fetched).toContain('indicators.arrow');
	});

	it('computes points lost per form at build time as the indicators give them', async () => {
		const differences = await dataset.db.query({
			sql: `SELECT f.form_id, CAST(f.points_lost AS VARCHAR) AS shipped, f.weak_count,
					CAST(coalesce(i.lost, 0) AS VARCHAR) AS computed, coalesce(i.weak, 0)::INTEGER AS weak
				FROM form_facts f LEFT JOIN (
					SELECT form_id, sum(CASE WHEN score < weight THEN weight - score ELSE 0 END) AS lost,
						count(*) FILTER (WHERE score < weight) AS weak
					FROM indicators GROUP BY form_id
				) i USING (form_id)
				WHERE f.points_lost IS DISTINCT FROM coalesce(i.lost, 0)
					OR f.weak_count IS DISTINCT FROM coalesce(i.weak, 0)`
		});
		expect(differences).toEqual([]);
		const [lost] = await dataset.db.query({
			sql: 'SELECT count(*) FILTER (WHERE points_lost > 0)::INTEGER AS n FROM form_facts'
		});
		expect(lost!.n).toBeGreaterThan(0);
	});
});
