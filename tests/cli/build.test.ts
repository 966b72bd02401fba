import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';
import { loadDataset } from '../../src/lib/db/dataset.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import type { Database } from '../../src/lib/db/database.ts';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';
import { SEED_FILE } from '../helpers/dataset.ts';

const out = mkdtempSync(join(tmpdir(), 'budgetlens-build-'));
let manifest: Manifest;
let db: Database;

beforeAll(async () => {
	const result = spawnSync(
		process.execPath,
		['bin/budgetlens.mjs', 'build', '--out', out, SEED_FILE],
		{
			encoding: 'utf8'
		}
	);
	if (result.status !== 0) throw new Error(result.stderr);
	manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
	db = await nodeDatabase({ wasm: SHIPPED_WASM });
	await loadDataset(
		db,
		{
			manifest: async () => manifest,
			bytes: async (file) => new Uint8Array(readFileSync(join(out, file))).buffer
		},
		CREATE_FACTS
	);
});
afterAll(() => db?.close());

describe('budgetlens build on the seed', () => {
	it('counts forms, indicators, departments and years in the manifest', () => {
		expect(manifest.counts).toMatchObject({
			forms: 2,
			indicators: 21,
			departments: 1,
			years: [2021],
			by_origin: { real: 2, demo: 0 }
		});
	});

	it('lists the source file with its SHA-256, forms and origin', () => {
		const sha256 = createHash('sha256').update(readFileSync(SEED_FILE)).digest('hex');
		expect(manifest.sources).toEqual([
			{ file: 'shanghai-2021-hrss.txt', sha256, forms: 2, origin: 'real', errors: [] }
		]);
	});

	it('versions the dataset by its inputs', () => {
		expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
	});

	it('writes money to Arrow IPC as DECIMAL(18,2)', () => {
		const table = tableFromIPC(readFileSync(join(out, 'forms.arrow')));
		const adjusted = table.schema.fields.find((f) => f.name === 'adjusted');
		expect(adjusted?.type).toMatchObject({ precision: 18, scale: 2 });
		expect(String(adjusted?.type)).toMatch(/^Decimal/);
	});

	it('lists every table and the build-time aggregates in the manifest', () => {
		expect(Object.keys(manifest.tables).sort()).toEqual([
			'form_points',
			'form_texts',
			'forms',
			'funds',
			'indicators',
			'project_matches',
			'warnings'
		]);
		expect(manifest.tables.form_points).toMatchObject({ file: 'form_points.arrow', rows: 2 });
	});

	it('loads money back as DECIMAL(18,2) in 元, exact', async () => {
		const [row] = await db.query({
			sql: `SELECT any_value(typeof(adjusted)) AS type, CAST(sum(adjusted) AS VARCHAR) AS total FROM forms`
		});
		expect(row).toEqual({ type: 'DECIMAL(18,2)', total: '26845000.00' });
	});

	it('keeps every indicator with its printed score', async () => {
		const [row] = await db.query({
			sql: `SELECT count(*)::INTEGER AS n, CAST(sum(score) AS VARCHAR) AS points FROM indicators`
		});
		expect(row).toEqual({ n: 21, points: '180.0000' });
	});
});
