import { defineConfig } from 'vitest/config';

/**
 * Builds of copies of the project: deliberately broken ones, each must fail and name the file;
 * and one under a base path, which must resolve everywhere.
 */
export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		// Two copies build at once, one per core: each has its own caches (scratch-project.ts).
		fileParallelism: true,
		maxWorkers: 2,
		testTimeout: 180_000,
		hookTimeout: 60_000,
	},
});
