import { describe, expect, it } from 'vitest';
import { checkArticleFolders } from '../../../src/data/checks/article-folders';
import { contentFileFromPath } from '../../../src/markdown/content-file';

const folder = (slug: string, files = ['original.txt', 'ar.md', 'en.md']) => ({
	slug,
	path: `content/articles/${slug}`,
	files,
});
const languageFiles = (slug: string) => [
	{ id: `${slug}/ar`, file: `content/articles/${slug}/ar.md`, role: 'original' as const },
	{ id: `${slug}/en`, file: `content/articles/${slug}/en.md`, role: 'translation' as const },
];

describe('checkArticleFolders', () => {
	it('accepts folders with the text as received and every language', () => {
		expect(
			checkArticleFolders(
				[folder('a'), folder('b')],
				[...languageFiles('a'), ...languageFiles('b')],
			),
		).toEqual([]);
	});

	it('names a folder without original.txt', () => {
		expect(checkArticleFolders([folder('a', ['ar.md', 'en.md'])], languageFiles('a'))).toEqual([
			{
				file: 'content/articles/a/',
				message: expect.stringMatching(
					/^has no original\.txt: paste the text exactly as received there/,
				),
			},
		]);
	});

	it('names the missing language file and a second original', () => {
		const problems = checkArticleFolders([folder('a')], [languageFiles('a')[0]!]);
		expect(problems).toContainEqual({
			file: 'content/articles/a/en.md',
			message: 'is missing: every article needs a version in every locale',
		});
		const twoOriginals = languageFiles('a').map((file) => ({ ...file, role: 'original' as const }));
		expect(checkArticleFolders([folder('a')], twoOriginals)).toEqual([
			{
				file: 'content/articles/a/',
				message: 'needs exactly one language file with role: original, found 2',
			},
		]);
	});

	it('rejects a slug that cannot be an address or takes a section’s, and two articles at one address', () => {
		const messages = (slug: string) =>
			checkArticleFolders([folder(slug)], languageFiles(slug)).map(({ message }) => message);
		expect(messages('Peru_2021')[0]).toMatch(/cannot be an address/);
		expect(messages('glossary')).toEqual([
			'"glossary" is already the address of a section of the site (/<lang>/glossary/): choose another folder name',
		]);
		const twice = checkArticleFolders([folder('a'), folder('a')], languageFiles('a'));
		expect(twice).toContainEqual({
			file: 'content/articles/a/',
			message:
				'has the same address as content/articles/a/: two articles cannot share the slug "a"',
		});
	});

	it('rejects a Markdown file outside an article folder or not named after a locale', () => {
		const stray = { id: 'a/fr', file: 'content/articles/a/fr.md', role: 'translation' as const };
		expect(checkArticleFolders([folder('a')], [...languageFiles('a'), stray])).toEqual([
			{
				file: 'content/articles/a/fr.md',
				message: 'must be content/articles/<slug>/<locale>.md, with a locale of ar, en',
			},
		]);
	});
});

describe('contentFileFromPath', () => {
	it('tells an article text, its notes and the site-wide collections apart', () => {
		expect(contentFileFromPath('/x/content/articles/peru-integration/ar.md')).toEqual({
			collection: 'article',
			locale: 'ar',
			article: 'peru-integration',
		});
		expect(contentFileFromPath('/x/content/articles/peru-integration/notes/en/leavers.md')).toEqual(
			{ collection: 'notes', locale: 'en', article: 'peru-integration' },
		);
		expect(contentFileFromPath('/x/content/glossary/en/oas.md')).toEqual({
			collection: 'glossary',
			locale: 'en',
		});
		expect(contentFileFromPath('/x/content/articles/peru-integration/README.md')).toBeUndefined();
		expect(contentFileFromPath('/x/src/pages/index.md')).toBeUndefined();
	});
});

describe('the original’s language', () => {
	it('is the site’s: an English file with role: original is refused, naming it', () => {
		const swapped = [
			{ id: 'a/ar', file: 'content/articles/a/ar.md', role: 'translation' as const },
			{ id: 'a/en', file: 'content/articles/a/en.md', role: 'original' as const },
		];
		expect(
			checkArticleFolders(
				[{ slug: 'a', path: 'content/articles/a', files: ['original.txt', 'ar.md', 'en.md'] }],
				swapped,
			),
		).toEqual([
			{
				file: 'content/articles/a/en.md',
				message:
					'is the original, but the site publishes ar originals: ar.md must have role: original, and this file role: translation',
			},
		]);
	});
});
