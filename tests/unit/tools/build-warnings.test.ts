import { describe, expect, it } from 'vitest';
import { buildWarnings } from '../../../scripts/checks/build-warnings';

describe('build warnings', () => {
	it('are Astro’s and Vite’s [WARN] lines and Node’s own warnings, nothing else', () => {
		const output = [
			'17:13:40 [build] ✓ Completed in 5.55s.',
			'17:44:01 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive …',
			'17:44:02 [WARN] [router] A route collides with another',
			'(node:4242) ExperimentalWarning: something is experimental',
			'17:13:40 [close-reading:search-index] 168 records indexed (84 ar, 84 en), 471 KB in pagefind/',
			'a note body that says the word warning',
		].join('\n');
		expect(buildWarnings(output)).toEqual([
			'17:44:01 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive …',
			'17:44:02 [WARN] [router] A route collides with another',
			'(node:4242) ExperimentalWarning: something is experimental',
		]);
	});
});
