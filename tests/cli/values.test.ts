import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/db/dataset.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import { nodeDatabase } from '../../src/lib/db/node.ts';
import { SHIPPED_WASM } from '../helpers/engine.ts';
import type { Database } from '../../src/lib/db/database.ts';
import { SEED_FILE } from '../helpers/dataset.ts';
import { readManifest, runCli, tempDir, type CliResult } from './run.ts';

// The seed with numbers no column can hold: 1e17 and 1e30 元, a total score of 1e9, a completion
// ratio of 1e21 (a target of ≥0.000001个 against an actual of 1e15个), and a negative budget.
const dir = tempDir('values');
const out = join(dir, 'out');
let build: CliResult;
let db: Database;

beforeAll(async () => {
	const seed = readFileSync(SEED_FILE, 'utf8');
	const replace = (text: string, from: string, to: string) => {
		if (!text.includes(from)) throw new Error(`the seed no longer holds ${from}`);
		return text.replace(from, to);
	};
	let text = replace(
		seed,
		'年度资金总额 21800000.00 8285000.00 1,080,740 10 13.05% 1.3',
		'年度资金总额 99999999999999999.00 -8285000.00 1e30 10 13.05% 1.3'
	);
	text = replace(
		text,
		'宣传工作完成率\n=100% 100% 10 10',
		'宣传工作完成率\n≥0.000001个 1000000000000000个 10 10'
	);
	text = replace(text, '总分 100 91.3', '总分 100 1000000000');
	writeFileSync(join(dir, 'big.txt'), text);
	build = runCli(['build', '--out', out, join(dir, 'big.txt')]);
	db = await nodeDatabase({ wasm: SHIPPED_WASM });
	await loadDataset(
		db,
		{
			manifest: async () => readManifest(out),
			bytes: async (file) => new Uint8Array(readFileSync(join(out, file))).buffer
		},
		CREATE_FACTS
	);
}, 120_000);
afterAll(() => db?.close());

describe('budgetlens build with values out of range', () => {
	it('builds every form', () => {
		expect(build.status).toBe(0);
		expect(readManifest(out).counts.forms).toBe(2);
	});

	it('stores each value out of range as null, keeping the rest of the form', async () => {
		const rows = await db.query({
			sql: `SELECT CAST(initial AS VARCHAR) AS initial, CAST(adjusted AS VARCHAR) AS adjusted,
				CAST(executed AS VARCHAR) AS executed, CAST(total_score AS VARCHAR) AS total_score
				FROM forms ORDER BY form_id`
		});
		expect(rows[0]).toEqual({
			initial: null,
			adjusted: '-8285000.00',
			executed: null,
			total_score: null
		});
		expect(rows[1]).toMatchObject({ total_score: '94.6100' });
	});

	it('warns on the form, naming each field', async () => {
		const rows = await db.query<{ code: string; message: string }>({
			sql: `SELECT code, message FROM warnings WHERE form_id = 1
				AND code IN ('value_out_of_range', 'negative_amount')`
		});
		expect(rows.map((r) => `${r.code} ${r.message.replace(/（.*/, '')}`).sort()).toEqual([
			'negative_amount 年度资金总额全年预算数为负数',
			'value_out_of_range 年度资金总额全年执行数超出可存储范围',
			'value_out_of_range 年度资金总额年初预算数超出可存储范围',
			'value_out_of_range 总得分超出可存储范围',
			'value_out_of_range 第 5 项指标“宣传工作完成率”的完成率超出可存储范围'
		]);
	});

	it('names the file, the form and the field on stderr', () => {
		expect(build.stderr).toContain('big.txt form 1: 总得分超出可存储范围');
	});
});
