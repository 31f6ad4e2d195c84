import { describe, expect, it } from 'vitest';
import { findExternalResources } from '../../scripts/checks/external-resources';
import { distDir, siteUrl } from './site';

describe('no request to another origin', () => {
	it('nothing in dist/ loads a script, style, font, image or frame from elsewhere', () => {
		expect(findExternalResources(distDir, siteUrl)).toEqual([]);
	});

	it('catches every kind of outside request in a fixture, and leaves links and names alone', () => {
		const found = findExternalResources(
			'tests/fixtures/gates/external-resources',
			'https://example.org/',
		);
		expect(found.map(({ from, url }) => `${from} ${url}`).sort()).toEqual([
			'_astro/app.js https://cdn.example/module.js',
			'index.html //images.example/photo.jpg',
			'index.html https://analytics.example/tag.js',
			'index.html https://api.example/data.json',
			'index.html https://cdn.example/style.css',
			'index.html https://fonts.example',
			'index.html https://icons.example/sprite.svg#x',
			'index.html https://images.example/inline.png',
			'index.html https://images.example/paper.png',
			'index.html https://images.example/photo@2x.jpg',
			'index.html https://video.example/embed/1',
			'style.css https://cdn.example/reset.css',
			'style.css https://fonts.example/x.woff2',
		]);
	});
});
