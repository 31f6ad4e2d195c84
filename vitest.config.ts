import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Content dates are calendar days; prove the formatting does not depend on the machine's zone.
		env: { TZ: 'America/Lima' },
	},
});
