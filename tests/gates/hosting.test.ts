import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHostingFiles, parseSitemap } from '../../scripts/checks/hosting';
import { parseHeadersFile } from '../../scripts/host-rules';
import { localeCodes } from '../../src/i18n/config';
import { distDir, siteUrl } from './site';

describe('what a static host needs beside the pages', () => {
	it('dist/ has a favicon, robots.txt, a complete sitemap, the 404 pages and _headers', () => {
		expect(checkHostingFiles(distDir, siteUrl, localeCodes)).toEqual([]);
	});

	it('the sitemap lists every page in both languages, the root page as x-default of the article', () => {
		const urls = parseSitemap(readFileSync(`${distDir}/sitemap.xml`, 'utf8'));
		const home = urls.find(({ loc }) => loc === new URL('ar/', siteUrl).href);
		expect(home?.alternates).toEqual({
			ar: new URL('ar/', siteUrl).href,
			en: new URL('en/', siteUrl).href,
			'x-default': siteUrl,
		});
		const term = urls.find(({ loc }) => loc.endsWith('/en/glossary/lima-group/'));
		expect(term?.alternates['x-default']).toBe(new URL('ar/glossary/lima-group/', siteUrl).href);
	});

	it('_headers sends the security headers with every file', () => {
		const rules = parseHeadersFile(readFileSync(`${distDir}/_headers`, 'utf8'));
		const all = rules.get(`${new URL(siteUrl).pathname}*`);
		expect(all?.get('content-security-policy')).toBe(
			"frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
		);
		expect(all?.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
	});

	it('catches every missing or wrong hosting file in a broken fixture', () => {
		expect(
			checkHostingFiles('tests/fixtures/gates/broken-hosting', 'https://example.org/', localeCodes),
		).toEqual([
			'no favicon.svg or favicon.ico',
			'robots.txt does not name the sitemap at https://example.org/sitemap.xml',
			'sitemap: /ar/ has no x-default alternate',
			'sitemap lists the 404 page /404.html',
			'sitemap: https://elsewhere.example/ is not under https://example.org/',
			'sitemap: /en/ is missing',
			'no ar/404.html',
			'en/404.html is not marked noindex',
			'_headers /*: content-security-policy is "frame-ancestors *"',
			'_headers /*: strict-transport-security is missing',
			'_headers has no rule for /_astro/*',
		]);
	});

	it('rejects a _headers file whose header has no path', () => {
		expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(
			'_headers line 1: expected a path',
		);
	});
});
