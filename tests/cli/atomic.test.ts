import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';
import { loadDataset } from '../../src/lib/db/dataset.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';
import { SEED_FILE } from '../helpers/dataset.ts';
import { canRunUnprivileged, readManifest, runCli, startCli, tempDir } from './run.ts';

const dir = tempDir('atomic');
const parent = join(dir, 'site');
const out = join(parent, 'data');
const generated = join(dir, 'generated');
let previous: Manifest;

/** The dataset in `folder` loaded into DuckDB as the site loads it: forms counted in SQL. */
async function formsInDataset(folder: string): Promise<number> {
	const db = await nodeDatabase({ wasm: SHIPPED_WASM });
	try {
		await loadDataset(
			db,
			{
				manifest: async () => readManifest(folder),
				bytes: async (file) => new Uint8Array(readFileSync(join(folder, file))).buffer
			},
			CREATE_FACTS
		);
		const [row] = await db.query<{ n: number }>({
			sql: 'SELECT count(*)::INTEGER AS n FROM forms'
		});
		return row!.n;
	} finally {
		await db.close();
	}
}

const leftovers = () => readdirSync(parent).filter((name) => name !== 'data');

beforeAll(() => {
	mkdirSync(parent);
	expect(runCli(['build', '--out', out, SEED_FILE]).status).toBe(0);
	previous = readManifest(out);
	// enough forms that writing the tables takes a while
	expect(runCli(['generate', '--out', generated, '--departments', '30']).status).toBe(0);
}, 180_000);

describe('budgetlens build killed while it writes', () => {
	let sawTables = false;
	beforeAll(async () => {
		const child = startCli(['build', '--out', out, '--demo', generated]);
		const exited = new Promise((done) => child.once('exit', done));
		for (let i = 0; i < 6000 && child.exitCode === null; i++) {
			const temp = leftovers().find((name) => name.startsWith('.data.building-'));
			if (temp && readdirSync(join(parent, temp)).some((f) => f.endsWith('.arrow'))) {
				sawTables = true;
				break;
			}
			await sleep(10);
		}
		child.kill('SIGKILL');
		await exited;
	}, 180_000);

	it('was killed with its tables half written beside the dataset', () => {
		expect(sawTables).toBe(true);
	});

	it('leaves the previous dataset in place, readable, its tables matching its manifest', async () => {
		expect(readManifest(out)).toEqual(previous);
		expect(await formsInDataset(out)).toBe(previous.counts.forms);
	});

	it('leaves nothing the next build does not clear away', () => {
		expect(runCli(['build', '--out', out, SEED_FILE]).status).toBe(0);
		expect(leftovers()).toEqual([]);
	}, 120_000);
});

describe('budgetlens build that fails', () => {
	it.skipIf(!canRunUnprivileged())(
		'says why, exits 1, and leaves the previous dataset untouched',
		async () => {
			const before = readManifest(out);
			chmodSync(parent, 0o555); // no temporary folder can be made beside the dataset
			try {
				const result = runCli(['build', '--out', out, SEED_FILE], true);
				expect(result.status).toBe(1);
				expect(result.stderr).toMatch(/build failed, .*data left as it was: .*EACCES/);
			} finally {
				chmodSync(parent, 0o755);
			}
			expect(readManifest(out)).toEqual(before);
			expect(await formsInDataset(out)).toBe(before.counts.forms);
			expect(existsSync(join(out, 'forms.arrow'))).toBe(true);
		},
		120_000
	);
});
