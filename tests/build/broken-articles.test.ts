import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/project-copy';
import { buildBroken } from './scratch-project';

/**
 * Bad article content must stop the build with a message that names the file and the problem.
 * Each build breaks a copy of the project for real; problems one check reports together share a
 * build (the build lists every problem of a check, not only the first).
 */
const buildTimeout = 180_000;
describe('a build with a broken article fails and says where', () => {
	describe('one build: an article folder without the text as received, named like a section of the site; a second article without its translation', () => {
		const fixture = 'tests/fixtures/articles/test-harbour-notice';
		let result: BuildResult;
		beforeAll(async () => {
			result = await buildBroken((p) => {
				cpSync(fixture, join(p.dir, 'content/articles/glossary'), { recursive: true });
				p.remove('content/articles/glossary/original.txt');
				// The synthetic second article (second-article.test.ts), its translation removed.
				cpSync(fixture, join(p.dir, 'content/articles/test-harbour-notice'), { recursive: true });
				p.remove('content/articles/test-harbour-notice/en.md');
			});
		}, buildTimeout);

		it('fails', () => expect(result.code).not.toBe(0));
		it('names a folder that takes a section’s address', () =>
			expect(result.output).toContain(
				'content/articles/glossary/: "glossary" is already the address of a section of the site (/<lang>/glossary/): choose another folder name',
			));
		it('names a folder without original.txt, and says what to put there', () =>
			expect(result.output).toContain(
				'content/articles/glossary/: has no original.txt: paste the text exactly as received there',
			));
		it('names the translation an article lacks', () =>
			expect(result.output).toContain(
				'content/articles/test-harbour-notice/en.md: is missing: every article needs a version in every locale',
			));
	});

	describe('one build: a note on a paragraph its article does not have, and a note whose quote is not in the text', () => {
		const onParagraph = 'content/articles/peru-integration/notes/ar/leavers.md';
		const withQuote = 'content/articles/peru-integration/notes/en/withdrawal.md';
		let result: BuildResult;
		beforeAll(async () => {
			result = await buildBroken((p) => {
				p.edit(onParagraph, (text) => text.replace('paragraph: p5', 'paragraph: p15'));
				p.edit(withQuote, (text) =>
					text.replace(/^quote: .*$/m, 'quote: words the article never says'),
				);
			});
		}, buildTimeout);

		it('fails', () => expect(result.code).not.toBe(0));
		it('names the note and the paragraph its article lacks', () =>
			expect(result.output).toContain(
				`${onParagraph}: paragraph "p15" does not exist in content/articles/peru-integration/ar.md`,
			));
		it('names the note whose quote is not in its paragraph', () =>
			expect(result.output).toContain(
				`${withQuote}: quote "words the article never says" is not in paragraph p2 of content/articles/peru-integration/en.md`,
			));
	});
});
