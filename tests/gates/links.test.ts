import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/checks/links';
import { distDir, siteUrl } from './site';

describe('no broken link', () => {
	it('every internal link, asset and #fragment in dist/ resolves', () => {
		expect(checkLinks(distDir, siteUrl)).toEqual([]);
	});

	it('catches missing pages, assets, fragments and own-origin URLs in a broken fixture', () => {
		const broken = checkLinks('tests/fixtures/gates/broken-site', 'https://example.org/');
		expect(broken.map(({ from, link }) => `${from} ${link}`).sort()).toEqual([
			'_astro/app.js /_astro/missing.js',
			'index.html /api/missing.json',
			'index.html /data/missing.json',
			'index.html /en/#p99',
			'index.html /gone/{{n}}/',
			'index.html /img/missing.png',
			'index.html /missing/',
			'index.html https://example.org/gone/',
			'robots.txt https://example.org/sitemap-missing.xml',
			'sitemap.xml https://example.org/ar/',
			'style.css /fonts/missing.woff2',
		]);
		expect(broken.find(({ link }) => link === '/en/#p99')?.reason).toBe(
			'no element with id "p99" in en/index.html',
		);
	});

	it('catches a link that leaves the base path, as a site under /repo/ would break', () => {
		const broken = checkLinks('tests/fixtures/gates/broken-site/en', 'https://example.org/en/');
		expect(broken).toEqual([
			{ from: 'index.html', link: '../', reason: "outside the site's base path /en/" },
		]);
	});
});
