import { defineConfig } from 'vitest/config';

// Browser tests: headless Chromium against the built site (npm run test:e2e builds it first).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		// Generous: Chromium and DuckDB-WASM start in hooks, on busy 2-core machines.
		testTimeout: 180_000,
		hookTimeout: 300_000,
		// expect.poll waits for the page: 1 s (the default) is too short when the machine is busy
		expect: { poll: { timeout: 60_000 } },
		fileParallelism: false
	}
});
