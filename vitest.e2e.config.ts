import { defineConfig } from 'vitest/config';

// Browser tests: headless Chromium against the built site (npm run test:e2e builds it first).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false
	}
});
