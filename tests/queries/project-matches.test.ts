import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	proposedMatchesQuery,
	type ProposedMatchRow
} from '../../src/lib/queries/project-matches.ts';
import { matchProjects } from '../../src/lib/dataset/project-keys.ts';
import { toTableRows } from '../../src/lib/dataset/rows.ts';
import { PROJECT_KEY_RULES } from '../../src/lib/model/project-key-rules.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import { generateCorpus } from '../../src/lib/generate/index.ts';
import { datasetOf, type TestDataset } from '../helpers/dataset.ts';

// Enough departments and years for renames to be planted and some links to fall short.
const records = generateCorpus({
	seed: 11,
	departments: 12,
	years: [2019, 2020, 2021, 2022, 2023],
	layouts: ['shanghai']
});
const forms = records.map((record) => ({ record, origin: 'demo' as const }));

let data: TestDataset;
beforeAll(async () => {
	data = await datasetOf(forms);
}, 120_000);
afterAll(() => data?.close());

describe('proposedMatchesQuery', () => {
	let rows: ProposedMatchRow[];
	// the links the build's matcher left for a person, from the rows the build writes
	const expected = () => {
		const inputs = toTableRows(forms).forms.map((f) => ({
			form_id: f.form_id as number,
			kind: f.kind as string,
			year: f.year as number | null,
			department: f.department as string | null,
			project: f.project as string | null,
			code: f.code as string | null,
			initial: f.initial as string | null,
			adjusted: f.adjusted as string | null
		}));
		return matchProjects(inputs).links.filter((l) => !l.accepted);
	};
	beforeAll(async () => {
		rows = await data.db.query<ProposedMatchRow>(proposedMatchesQuery(NO_FILTERS));
	});

	it('lists every link not accepted, with both names and years', () => {
		const links = expected();
		expect(links.length).toBeGreaterThan(0);
		expect(rows.map((r) => `${r.form_id}>${r.other_form_id}`).sort()).toEqual(
			links.map((l) => `${l.form_id}>${l.other_form_id}`).sort()
		);
		for (const r of rows) {
			const a = records[r.form_id - 1]!;
			const b = records[r.other_form_id - 1]!;
			expect([r.year, r.project, r.other_year, r.other_project]).toEqual([
				a.year,
				a.project,
				b.year,
				b.project
			]);
		}
	});

	it('keeps each link’s evidence and a confidence between the two thresholds', () => {
		for (const r of rows) {
			expect(Number(r.confidence)).toBeGreaterThanOrEqual(PROJECT_KEY_RULES.propose);
			expect(r.evidence).toContain(`「${records[r.other_form_id - 1]!.project}」`);
		}
		expect(rows.some((r) => Number(r.confidence) < PROJECT_KEY_RULES.accept)).toBe(true);
	});

	it('orders the most confident first', () => {
		const c = rows.map((r) => Number(r.confidence));
		expect(c).toEqual([...c].sort((a, b) => b - a));
	});

	it('keeps to the filtered department', async () => {
		const department = rows[0]!.department!;
		const only = await data.db.query<ProposedMatchRow>(
			proposedMatchesQuery({ ...NO_FILTERS, departments: [department] })
		);
		expect(only.length).toBe(rows.filter((r) => r.department === department).length);
	});
});
