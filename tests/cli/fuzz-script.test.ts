import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run fuzz', () => {
	it('runs as many inputs as FUZZ_RUNS asks for', () => {
		const result = spawnSync('npm', ['run', 'fuzz'], {
			encoding: 'utf8',
			env: { ...process.env, FUZZ_RUNS: '7' },
			timeout: 120_000
		});
		expect(result.status).toBe(0);
		expect(result.stdout + result.stderr).toContain('fuzz: 7 inputs');
	}, 150_000);
});
