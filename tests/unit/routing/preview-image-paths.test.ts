import { expect, test } from 'vitest';
import { paths, previewImageName, siteUrls } from '../../../src/routing/urls';

test('preview images have one path per card, without the base', () => {
	expect(paths.previewImage('ar', { kind: 'publication' })).toBe('/ar/og/publication.png');
	expect(paths.previewImage('ar', { kind: 'article', article: 'peru-integration' })).toBe(
		'/ar/og/peru-integration/article.png',
	);
	expect(paths.previewImage('ar', { kind: 'paragraph', article: 'peru-integration', n: 4 })).toBe(
		'/ar/og/peru-integration/p/4.png',
	);
	expect(paths.previewImage('en', { kind: 'note', slug: 'turn-180' })).toBe(
		'/en/og/n/turn-180.png',
	);
	expect(paths.previewImage('en', { kind: 'term', slug: 'lima-group' })).toBe(
		'/en/og/glossary/lima-group.png',
	);
	expect(previewImageName({ kind: 'paragraph', article: 'x', n: 2 })).toBe('x/p/2');
});

test('preview images follow the base path', () => {
	expect(siteUrls('/repo/').previewImage('en', { kind: 'term', slug: 'oas' })).toBe(
		'/repo/en/og/glossary/oas.png',
	);
});
