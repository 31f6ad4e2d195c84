import { defineConfig } from 'vitest/config';

/** Quality gates over the built site (`dist/`): run after `npm run build`. */
export default defineConfig({
	test: {
		include: ['tests/gates/**/*.test.ts'],
	},
});
