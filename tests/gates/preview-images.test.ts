import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/config';
import { keptCopies } from '../../src/routing/former-addresses';
import { paths, type PreviewImageRef } from '../../src/routing/urls';
import { distDir } from './site';

/** What should have a preview image, read from content/ (not from the build that made them). */
function expectedCards(): PreviewImageRef[] {
	const articles = readdirSync('content/articles');
	const paragraphs = (article: string) =>
		[
			...readFileSync(`content/articles/${article}/ar.md`, 'utf8').matchAll(/^:::p\{#p(\d+)\}/gm),
		].map((match) => Number(match[1]));
	// Segment m of paragraph n, for every paragraph the original cuts into more than one.
	const segments = (article: string) =>
		[...readFileSync(`content/articles/${article}/ar.md`, 'utf8').matchAll(/:s\{#p(\d+)-s(\d+)\}/g)]
			.map((match) => ({ n: Number(match[1]), s: Number(match[2]) }))
			.filter(({ n }, _, all) => all.filter((other) => other.n === n).length > 1);
	const slugs = (folder: string) =>
		readdirSync(folder)
			.filter((file) => file.endsWith('.md'))
			.map((file) => file.slice(0, -3));
	return [
		{ kind: 'publication' },
		...articles.flatMap((article) => [
			{ kind: 'article', article } as const,
			...paragraphs(article).map((n) => ({ kind: 'paragraph', article, n }) as const),
			...segments(article).map(({ n, s }) => ({ kind: 'segment', article, n, s }) as const),
			...slugs(`content/articles/${article}/notes/en`).map(
				(slug) => ({ kind: 'note', slug }) as const,
			),
		]),
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

	it('cover the publication, every article, paragraph, segment, note and term', () => {
		expect(cards.filter(({ kind }) => kind === 'paragraph').length).toBeGreaterThan(0);
		expect(cards.filter(({ kind }) => kind === 'segment').length).toBeGreaterThan(0);
	});

	it('stay at the addresses the first article published them at, with the same picture', () => {
		const problems = keptCopies()
			.filter(({ from }) => from.endsWith('.png'))
			.filter(
				({ from, copyOf }) =>
					!existsSync(join(distDir, from)) ||
					!readFileSync(join(distDir, from)).equals(readFileSync(join(distDir, copyOf))),
			)
			.map(({ from }) => from);
		expect(problems).toEqual([]);
	});

	it.each(localeCodes)('exist in %s, each a 1200 × 630 PNG', (locale) => {
		const problems = cards.flatMap((card) => {
			const file = join(distDir, paths.previewImage(locale, card));
			if (!existsSync(file)) return [`${file} is missing`];
			const size = pngSize(file);
			return size[0] === 1200 && size[1] === 630 ? [] : [`${file} is ${size.join(' × ')}`];
		});
		expect(problems).toEqual([]);
	});
});
