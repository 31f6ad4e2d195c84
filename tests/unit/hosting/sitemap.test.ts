import { describe, expect, it } from 'vitest';
import { parseSitemap } from '../../../scripts/checks/hosting';
import { robotsTxt, sitemapEntries, sitemapXml } from '../../../src/hosting/sitemap';

const pages = [
	'/',
	'/ar/',
	'/en/',
	'/ar/glossary/lima-group/',
	'/en/glossary/lima-group/',
	'/ar/only-arabic/',
];
const deployment = { site: 'https://reader.github.io', base: '/peru-turn/' };

describe('sitemapEntries', () => {
	it('pairs each page with its versions; x-default is / for the article, the original for the rest', () => {
		const entries = sitemapEntries(pages);
		expect(entries.find(({ path }) => path === '/en/')?.alternates).toEqual({
			ar: '/ar/',
			en: '/en/',
			'x-default': '/',
		});
		expect(entries.find(({ path }) => path === '/')?.alternates).toEqual({
			ar: '/ar/',
			en: '/en/',
			'x-default': '/',
		});
		expect(entries.find(({ path }) => path === '/en/glossary/lima-group/')?.alternates).toEqual({
			ar: '/ar/glossary/lima-group/',
			en: '/en/glossary/lima-group/',
			'x-default': '/ar/glossary/lima-group/',
		});
	});

	it('names only the versions that exist', () => {
		expect(
			sitemapEntries(pages).find(({ path }) => path === '/ar/only-arabic/')?.alternates,
		).toEqual({ ar: '/ar/only-arabic/', 'x-default': '/ar/only-arabic/' });
	});
});

describe('sitemapXml and robotsTxt', () => {
	it('write absolute URLs under the base, escaped for XML', () => {
		const xml = sitemapXml(['/ar/', '/en/', '/en/a&b/'], deployment);
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
		const urls = parseSitemap(xml);
		expect(urls.map(({ loc }) => loc)).toEqual([
			'https://reader.github.io/peru-turn/ar/',
			'https://reader.github.io/peru-turn/en/',
			'https://reader.github.io/peru-turn/en/a&amp;b/',
		]);
		expect(urls[1]?.alternates['ar']).toBe('https://reader.github.io/peru-turn/ar/');
		expect(robotsTxt(deployment)).toContain(
			'\nSitemap: https://reader.github.io/peru-turn/sitemap.xml\n',
		);
	});
});
