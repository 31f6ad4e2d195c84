import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { PreviewCard } from '../../../src/og/card';
import { cachedPreviewImage, previewCacheKey } from '../../../src/og/preview-cache';

const card: PreviewCard = {
	locale: 'en',
	kicker: 'Paragraph 4',
	title: 'The decision is a new blow to the bloc',
	quoted: 'title',
	siteName: 'Close Reading',
};

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A cache in a fresh folder, with a renderer that counts its calls. */
function countingCache() {
	const dir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
	dirs.push(dir);
	const drawn: PreviewCard[] = [];
	const render = (drawnCard: PreviewCard) => {
		drawn.push(drawnCard);
		return Promise.resolve(Buffer.from(`png of ${drawnCard.title}`));
	};
	return { dir, drawn, get: (c: PreviewCard) => cachedPreviewImage(c, { dir, render }) };
}

describe('the preview-image cache', () => {
	test('draws a card once, then serves the same bytes from the cache', async () => {
		const cache = countingCache();
		const first = await cache.get(card);
		const second = await cache.get({ ...card });
		expect(cache.drawn).toHaveLength(1);
		expect(second.equals(first)).toBe(true);
	});

	test('draws again when any text of the card changes, and only that card', async () => {
		const cache = countingCache();
		const other: PreviewCard = { ...card, kicker: 'Paragraph 5' };
		await cache.get(card);
		await cache.get(other);
		await cache.get({ ...card, body: 'A new line under the title' });
		await cache.get(card);
		await cache.get(other);
		expect(cache.drawn.map(({ kicker, body }) => [kicker, body])).toEqual([
			['Paragraph 4', undefined],
			['Paragraph 5', undefined],
			['Paragraph 4', 'A new line under the title'],
		]);
	});

	test('is safe to delete: the next request draws the card again', async () => {
		const cache = countingCache();
		await cache.get(card);
		rmSync(cache.dir, { recursive: true });
		await cache.get(card);
		expect(cache.drawn).toHaveLength(2);
		expect(readdirSync(cache.dir)).toEqual([`${previewCacheKey(card)}.png`]);
		expect(existsSync(join(cache.dir, `${previewCacheKey(card)}.png`))).toBe(true);
	});

	test('keys follow the renderer: the same card under another renderer gets another key', () => {
		expect(previewCacheKey(card, 'renderer a')).not.toBe(previewCacheKey(card, 'renderer b'));
		expect(previewCacheKey(card, 'renderer a')).toBe(
			previewCacheKey(
				{
					siteName: card.siteName,
					quoted: 'title',
					title: card.title,
					kicker: card.kicker,
					locale: card.locale,
				},
				'renderer a',
			),
		);
	});

	test('with the real renderer, a key is a SHA-256 that the same card always gets', () => {
		expect(previewCacheKey(card)).toMatch(/^[0-9a-f]{64}$/);
		expect(previewCacheKey(card)).toBe(previewCacheKey({ ...card }));
	});
});
