import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/config';
import { previewImagePath } from '../../src/og/paths';
import type { PreviewCardRef } from '../../src/og/card';
import { distDir } from './site';

/** What should have a preview image, read from content/ (not from the build that made them). */
function expectedCards(): PreviewCardRef[] {
	const paragraphs = [...readFileSync('content/article/ar.md', 'utf8').matchAll(/^:::p\{#p(\d+)\}/gm)].map((match) => Number(match[1]));
	const slugs = (folder: string) => readdirSync(folder).filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3));
	return [
		{ kind: 'article' },
		...paragraphs.map((n) => ({ kind: 'paragraph', n }) as const),
		...slugs('content/notes/en').map((slug) => ({ kind: 'note', slug }) as const),
		...slugs('content/glossary/en').map((slug) => ({ kind: 'term', slug }) as const),
	];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
	const bytes = readFileSync(file);
	if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('preview images', () => {
	const cards = expectedCards();

	it('cover the article, every paragraph, note and term', () => {
		expect(cards.filter(({ kind }) => kind === 'paragraph').length).toBeGreaterThan(0);
	});

	it.each(localeCodes)('exist in %s, each a 1200 × 630 PNG', (locale) => {
		const problems = cards.flatMap((card) => {
			const file = join(distDir, previewImagePath(locale, card));
			if (!existsSync(file)) return [`${file} is missing`];
			const size = pngSize(file);
			return size[0] === 1200 && size[1] === 630 ? [] : [`${file} is ${size.join(' × ')}`];
		});
		expect(problems).toEqual([]);
	});
});
