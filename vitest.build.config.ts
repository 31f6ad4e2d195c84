import { defineConfig } from 'vitest/config';

/** Builds of deliberately broken copies of the project: each must fail and name the file. */
export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		testTimeout: 180_000,
		hookTimeout: 60_000,
	},
});
