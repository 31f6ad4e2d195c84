import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shownSources, titleConflicts } from '../../scripts/checks/source-titles';
import { localeCodes } from '../../src/i18n/config';
import { listFiles } from '../../src/hosting/site-files';
import { distDir } from './site';

/** Every source shown on one language's pages, read from the built files under `dir/<locale>/`. */
function shownIn(dir: string, locale: string) {
	return listFiles(`${dir}/${locale}`)
		.filter((file) => file.endsWith('.html'))
		.flatMap((file) =>
			shownSources(`${locale}/${file}`, readFileSync(`${dir}/${locale}/${file}`, 'utf8')),
		);
}

describe('source titles', () => {
	for (const locale of localeCodes) {
		it(`every source address has one title on every ${locale} page`, () => {
			const shown = shownIn(distDir, locale);
			// The register lists every source; the gate must have them all to compare.
			expect(new Set(shown.map(({ url }) => url)).size).toBeGreaterThan(50);
			expect(titleConflicts(shown)).toEqual([]);
		});
	}

	it('flags an address shown with two titles in a broken fixture, and only that one', () => {
		expect(titleConflicts(shownIn('tests/fixtures/gates/source-titles', 'en'))).toEqual([
			'https://example.org/one: "Uno" (en/a.html) / "Uno, drifted" (en/b.html)',
		]);
	});
});
