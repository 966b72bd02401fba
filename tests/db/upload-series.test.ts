/**
 * seriesWithBuilt keys uploads with the built forms they can meet, part by part, exactly as the
 * matcher over every form at once: on a real DuckDB holding a generated dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/generate/index.ts';
import { matchProjects, type KeyInput } from '../../src/lib/dataset/project-keys.ts';
import { toTableRows } from '../../src/lib/dataset/rows.ts';
import { FIRST_UPLOADED_ID } from '../../src/lib/db/upload-ids.ts';
import { seriesWithBuilt, type Series } from '../../src/lib/db/upload-series.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';

const corpus = generateCorpus({
	seed: 5,
	departments: 6,
	years: [2020, 2021, 2022, 2023],
	projectsPerDepartment: [3, 5],
	layouts: ['shanghai']
});
const builtRecords = corpus.filter((r) => r.year !== 2023);
// two departments' 2023 forms uploaded
const later = corpus.filter((r) => r.year === 2023);
const departments = [...new Set(later.map((r) => r.department))].slice(0, 2);
const uploads = later.filter((r) => departments.includes(r.department));

const keyInputs = (rows: ReturnType<typeof toTableRows>, shift = 0) =>
	rows.forms.map((f) => ({ ...f, form_id: Number(f.form_id) + shift }) as unknown as KeyInput);
const built = keyInputs(toTableRows(builtRecords.map((record) => ({ record, origin: 'demo' }))));
const uploaded = keyInputs(
	toTableRows(uploads.map((record) => ({ record, origin: 'uploaded' }))),
	FIRST_UPLOADED_ID
);
const all = matchProjects([...built, ...uploaded]);

let dataset: TestDataset;
let series: Series;
beforeAll(async () => {
	dataset = await datasetOf(builtRecords.map((record) => ({ record, origin: 'demo' })));
	await dataset.db.exec('CREATE TABLE no_forms (form_id INTEGER)');
	series = await seriesWithBuilt(dataset.db, uploaded, 'no_forms');
}, 120_000);
afterAll(() => dataset?.close());

describe('seriesWithBuilt', () => {
	it('joins uploaded 2023 forms to built series (else this proves nothing)', () => {
		const builtKeys = new Set(built.map((f) => all.keys.get(f.form_id)!.project_key));
		const joined = uploaded.filter((f) => builtKeys.has(all.keys.get(f.form_id)!.project_key));
		expect(joined.length).toBeGreaterThan(0);
	});

	it('matches only the built forms of the uploads’ departments', () => {
		const inDepartments = built.filter((f) => departments.includes(f.department!));
		expect(series.built.sort((a, b) => a - b)).toEqual(inDepartments.map((f) => f.form_id));
	});

	it('gives every form it keys the key of the matcher over all forms at once', () => {
		for (const id of [...series.built, ...uploaded.map((f) => f.form_id)])
			expect({ id, key: series.keys.get(id) }).toEqual({ id, key: all.keys.get(id) });
	});

	it('finds the links the matcher finds among those forms', () => {
		const ids = new Set(series.keys.keys());
		const among = all.links.filter((l) => ids.has(l.form_id));
		const order = (links: typeof among) =>
			links.map((l) => `${l.form_id}>${l.other_form_id}`).sort();
		expect(order(series.links)).toEqual(order(among));
	});
});
