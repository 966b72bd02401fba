import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		environment: 'node',
		// the query tests run the cut wasm the site ships: write it first
		globalSetup: ['tests/setup/shipped-wasm.ts'],
		// Generous: hooks start the CLI and DuckDB, and this runs on busy 2-core machines.
		testTimeout: 120_000,
		hookTimeout: 300_000
	}
});
