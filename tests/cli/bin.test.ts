/**
 * The `budgetlens` command works straight from the repository after `npm ci`: no install step
 * writes into node_modules (npm links a package's bin only for those who install it).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
	bin: Record<string, string>;
	scripts: Record<string, string>;
	dependencies: Record<string, string>;
};

describe('the budgetlens command', () => {
	it('runs from its bin file itself (shebang, executable), printing its usage', () => {
		const file = pkg.bin.budgetlens!;
		accessSync(file, constants.X_OK);
		expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
		const run = spawnSync(`./${file}`, ['--help'], { encoding: 'utf8', timeout: 120_000 });
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('budgetlens build');
	});

	it('is what the npm scripts call, and no install script links it into node_modules', () => {
		for (const name of ['demo', 'data', 'data:e2e', 'budgetlens']) {
			expect(pkg.scripts[name]).toMatch(/^node bin\/budgetlens\.mjs\b/);
		}
		expect(pkg.scripts.postinstall).not.toContain('node_modules');
		expect(pkg.scripts.postinstall).toBe('node scripts/copy-duckdb.mjs');
	});

	it('keeps test-only packages out of the runtime dependencies', () => {
		expect(pkg.dependencies).not.toHaveProperty('iconv-lite');
	});
});
