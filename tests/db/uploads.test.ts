/**
 * Uploads laid into the lazily loaded tables (db/uploads.ts through db/dataset.ts): the
 * overview's tables open with them and without the indicators; the indicators get them when
 * they load; a replaced form is left out; points lost come from the uploads' own indicators;
 * and the figures equal those of a dataset built from the same forms. On a real DuckDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/lib/dataset/schema.ts';
import { toTableRows } from '../../src/lib/dataset/rows.ts';
import { openDataset, type Dataset } from '../../src/lib/db/dataset.ts';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { FIRST_UPLOADED_ID, UploadedForms, withUploads } from '../../src/lib/db/uploads.ts';
import { uploadedIds } from '../../src/lib/db/upload-ids.ts';
import type { StoredUpload } from '../../src/lib/model/upload.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import { summaryByYearQuery } from '../../src/lib/queries/overview.ts';
import { projectFormQuery } from '../../src/lib/queries/project.ts';
import { DEFAULT_THRESHOLDS } from '../../src/lib/model/thresholds.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { generateCorpus } from '../../src/lib/generate/index.ts';
import {
	datasetOf,
	smallCorpus,
	tableFiles,
	type TableFiles,
	type TestDataset
} from '../helpers/dataset.ts';

const built = smallCorpus();
// forms of another department over two years, as if read from two dropped files (a year each)
const other = generateCorpus({
	seed: 21,
	departments: 1,
	years: [2021, 2022],
	projectsPerDepartment: [2, 2],
	layouts: ['web']
});
const year = (y: number) => other.filter((r) => r.year === y);
const upload = (file: string, records: FormRecord[], replaces: StoredUpload['replaces'] = []) => ({
	file,
	format: 'xlsx',
	added: '2026-12-07T00:00:00Z',
	records: records.map((r, index) => ({ ...r, source: { ...r.source, file, index } })),
	replaces
});
// the second file also brings a new version of the first built form, replacing it
const uploads: StoredUpload[] = [
	upload('a.xlsx', year(2021)),
	upload(
		'b.pdf',
		[...year(2022), built[0]!],
		[{ file: built[0]!.source.file, index: built[0]!.source.index, origin: 'demo' }]
	)
];
const uploadedRecords = uploads.flatMap((u) => u.records);
let dataset: Dataset;
let layer: UploadedForms;
let expected: TestDataset;
let files: TableFiles;
let fetched: string[];

beforeAll(async () => {
	files = await tableFiles(built.map((record) => ({ record, origin: 'demo' as const })));
	fetched = files.fetched;
	layer = new UploadedForms(Promise.resolve(uploads));
	dataset = await openDataset(
		nodeDatabase(),
		{ ...files.source, loaded: layer.loaded },
		CREATE_FACTS
	);
	// what SQL gives for the same forms built into a dataset of their own
	expected = await datasetOf([
		...built.slice(1).map((record) => ({ record, origin: 'demo' as const })),
		...uploadedRecords.map((record) => ({ record, origin: 'uploaded' as const }))
	]);
}, 120_000);
afterAll(async () => {
	await dataset?.db.close();
	await expected?.close();
	files?.remove();
});

const count = async (sql: string) =>
	(await dataset.db.query<{ n: number }>({ sql: `SELECT count(*)::INTEGER AS n FROM ${sql}` }))[0]!
		.n;

describe('uploads in the lazily loaded tables', () => {
	it('opens with the forms and their aggregates only, the uploads in them', async () => {
		expect(fetched.sort()).toEqual(['form_points.arrow', 'forms.arrow']);
		expect(await count(`form_facts WHERE origin = 'uploaded'`)).toBe(5);
		expect(fetched).not.toContain('indicators.arrow');
	});

	it('gives each uploaded form its id from its file and content, above the built ones', async () => {
		const rows = await dataset.db.query<{ id: number }>({
			sql: `SELECT form_id AS id FROM forms WHERE origin = 'uploaded' ORDER BY file, form_index`
		});
		const ids = uploadedIds(uploads).flat();
		expect(rows.map((r) => r.id)).toEqual(ids);
		expect(Math.min(...ids)).toBeGreaterThanOrEqual(FIRST_UPLOADED_ID);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keys the projects as a build of the same forms does, across files and with the built ones', async () => {
		const sql = `SELECT project_key AS key FROM forms ORDER BY file, form_index`;
		const partition = (rows: { key: number }[]) => {
			const keys = rows.map((r) => r.key);
			return keys.map((k) => keys.indexOf(k));
		};
		const got = partition(await dataset.db.query<{ key: number }>({ sql }));
		expect(got).toEqual(partition(await expected.db.query<{ key: number }>({ sql })));
		expect(new Set(got).size).toBeLessThan(got.length);
	});

	it('joins the uploaded copy of a built form to that project’s built series', async () => {
		const [row] = await dataset.db.query<{ built: number }>({
			sql: `SELECT count(*)::INTEGER AS built FROM forms b JOIN forms u USING (project_key)
				WHERE u.file = 'b.pdf' AND u.project = ? AND u.year = ? AND b.origin = 'demo'`,
			params: [built[0]!.project, built[0]!.year]
		});
		const sameProject = built.filter((r) => r.project === built[0]!.project && r !== built[0]);
		expect(sameProject.length).toBeGreaterThan(0);
		expect(row!.built).toBe(sameProject.length);
	});

	it('leaves out the built form an upload replaces', async () => {
		expect(await count('forms')).toBe(built.length - 1 + 5);
		const [row] = await dataset.db.query({
			sql: `SELECT count(*)::INTEGER AS n FROM forms WHERE file = ? AND form_index = ?`,
			params: [built[0]!.source.file, built[0]!.source.index]
		});
		expect(row).toEqual({ n: 0 });
	});

	it('gives the overview the figures of a dataset built from the same forms', async () => {
		for (const origin of ['all', 'uploaded'] as const) {
			const query = summaryByYearQuery({ ...NO_FILTERS, origin });
			expect(await dataset.db.query(query)).toEqual(await expected.db.query(query));
		}
	});

	it('lays the uploads into the indicators when a query first names them', async () => {
		const indicators = (records: FormRecord[]) =>
			records.reduce((n, r) => n + r.indicators.length, 0);
		expect(await count('indicator_facts')).toBe(
			indicators(built.slice(1)) + indicators(uploadedRecords)
		);
		expect(fetched).toContain('indicators.arrow');
	});

	it('lays the uploads’ long texts into form_texts when a form is shown', async () => {
		const [form] = await dataset.db.query(
			projectFormQuery(uploadedIds(uploads)[0]![0]!, DEFAULT_THRESHOLDS)
		);
		const rows = toTableRows(uploadedRecords.map((record) => ({ record, origin: 'uploaded' })));
		expect(form).toMatchObject({
			goal_target: rows.forms[0]!.goal_target,
			goal_actual: rows.forms[0]!.goal_actual
		});
		expect(typeof form!.goal_target).toBe('string');
		expect(fetched).toContain('form_texts.arrow');
		expect(await count(`form_texts WHERE form_id >= ${FIRST_UPLOADED_ID}`)).toBe(5);
	});

	it('takes points lost of the uploads from their own indicators', async () => {
		const sql = `SELECT file, form_index, CAST(points_lost AS VARCHAR) AS lost, weak_count FROM form_facts WHERE origin = 'uploaded' ORDER BY file, form_index`;
		const got = await dataset.db.query({ sql });
		expect(got).toEqual(await expected.db.query({ sql }));
		expect(got.some((r) => Number(r.lost) > 0)).toBe(true);
	});

	it('keeps the other file’s ids when one upload is removed', async () => {
		layer.set([uploads[1]!]);
		await dataset.changed();
		const rows = await dataset.db.query<{ id: number }>({
			sql: `SELECT form_id AS id FROM forms WHERE origin = 'uploaded' ORDER BY form_index`
		});
		expect(rows.map((r) => r.id)).toEqual(uploadedIds(uploads)[1]);
	});

	it('leaves every table as shipped once none are kept, the replaced form back', async () => {
		layer.set([]);
		await dataset.changed();
		const shipped = await openDataset(nodeDatabase(), files.source, CREATE_FACTS);
		try {
			for (const table of [...TABLES.map((t) => t.name), 'form_points', 'form_facts']) {
				const sql = `SELECT * FROM ${table} ORDER BY ALL`;
				expect({ table, rows: await dataset.db.query({ sql }) }).toEqual({
					table,
					rows: await shipped.db.query({ sql })
				});
			}
			expect(await count(`forms WHERE form_id = 1`)).toBe(1);
		} finally {
			await shipped.db.close();
		}
	});
});

describe('withUploads', () => {
	it('counts the uploads and leaves out the forms they replace', () => {
		const manifest = withUploads(
			{ counts: { forms: 10, by_origin: { real: 2, demo: 8 } }, sources: [] } as never,
			uploads
		);
		expect(manifest.counts.forms).toBe(14);
		expect(manifest.counts.by_origin).toEqual({ real: 2, demo: 7, uploaded: 5 });
		expect(manifest.sources.map((s) => [s.file, s.forms, s.origin])).toEqual([
			['a.xlsx', 2, 'uploaded'],
			['b.pdf', 3, 'uploaded']
		]);
	});
});
