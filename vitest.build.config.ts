import { defineConfig } from 'vitest/config';

/**
 * Builds of copies of the project: deliberately broken ones, each must fail and name the file;
 * and one under a base path, which must resolve everywhere.
 */
export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		// One build at a time: the copies share node_modules, and with it Vite's dependency cache.
		fileParallelism: false,
		testTimeout: 180_000,
		hookTimeout: 60_000,
	},
});
