// @ts-check
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * A small rule set, each rule for a mistake the type checker lets through; style is Prettier's.
 * TypeScript itself (strictest, `astro check`) already rejects unused locals and parameters, and
 * `knip` (knip.jsonc) finds unused files and exports.
 */
export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'content/',
			'tests/fixtures/',
			'test-results/',
			'playwright-report/',
			'screenshots/',
		],
	},
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.base],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// A promise nobody awaits fails silently: a build step that never finishes, a test that
			// passes before its check ran. Await it, return it, or mark it `void` on purpose.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			// `!` or `as` where the type already says so hides the place a real assertion is needed.
			'@typescript-eslint/no-unnecessary-type-assertion': 'error',
			// A `!` the types cannot prove (an index the logic keeps in range, an element the page's
			// own markup has) is allowed: each is a claim the code makes, and a wrong one fails where
			// it is made. The rule above removes the ones the types already prove, which hide where a
			// real assertion is needed.
		},
	},
	// .astro components: Astro's own recommended rules (no unused directives, valid `set:html`, …).
	...astro.configs.recommended,
	// The same promise rules over the components' front matter and scripts, with type information
	// (Astro's parser takes `project`, not the project service).
	{
		files: ['**/*.astro'],
		plugins: { '@typescript-eslint': tseslint.plugin },
		languageOptions: {
			parserOptions: {
				project: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
		},
	},
);
