import { expect, test } from 'vitest';
import { previewImagePath } from '../../../src/og/paths';

test('preview images have one path per card, without the base', () => {
	expect(previewImagePath('ar', { kind: 'article' })).toBe('/ar/og/article.png');
	expect(previewImagePath('ar', { kind: 'paragraph', n: 4 })).toBe('/ar/og/p/4.png');
	expect(previewImagePath('en', { kind: 'note', slug: 'turn-180' })).toBe('/en/og/n/turn-180.png');
	expect(previewImagePath('en', { kind: 'term', slug: 'lima-group' })).toBe('/en/og/glossary/lima-group.png');
});
