import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/config';
import { checkVerbatim } from '../../../src/data/checks/verbatim';
import { articleSchema, provenanceSchema } from '../../../src/schemas/article';
import { reservedArticleSlugs } from '../../../src/routing/reserved-slugs';
import {
	articleMarkdown,
	OriginalTextError,
	originalMarkdown,
	slugProblem,
	splitParagraphs,
	stripFinalNewline,
	translationMarkdown,
} from '../../../scripts/new-article/scaffold';
import { renderMarkdown } from '../../support/markdown';

const arabic =
	'قال الوزير: «لن نعود إلى ما تسمى مجموعة ليما»، وأضاف (في الساعة 10:30)؛ أليس كذلك؟!';
const english = 'Peru’s new government — a “180-degree turn”, it says.';
const received = `${arabic}\n${english}\nالفقرة الثالثة والأخيرة.\n`;

/** The `:::p` blocks of a generated file, in order: id and the lines between the fences. */
function blocks(markdown: string): { id: string; body: string }[] {
	return [...markdown.matchAll(/^:::p\{#(p\d+)\}\n([\s\S]*?)^:::$/gm)].map(([, id, body]) => ({
		id: id!,
		body: body!.replace(/\n$/, ''),
	}));
}

function frontMatterOf(markdown: string): Record<string, unknown> {
	const end = markdown.indexOf('\n---\n', 4);
	return parse(markdown.slice(4, end)) as Record<string, unknown>;
}

function bodyOf(markdown: string): string {
	return markdown.slice(markdown.indexOf('\n---\n', 4) + 5);
}

describe('new-article: slugs', () => {
	it('accepts lower-case ASCII words joined by hyphens', () => {
		expect(slugProblem('peru-integration')).toBeUndefined();
		expect(slugProblem('cop30-2025')).toBeUndefined();
	});

	it('rejects a slug that is not lower-case ASCII words joined by hyphens', () => {
		for (const slug of [
			'Peru',
			'peru_integration',
			'peru--integration',
			'-peru',
			'peru-',
			'بيرو',
			'peru integration',
			'',
		]) {
			expect(slugProblem(slug)).toMatch(/not a valid slug/);
		}
	});

	it('rejects the name of a site section beside the articles', () => {
		expect(slugProblem('glossary')).toMatch(/site section/);
		expect(slugProblem('n')).toMatch(/site section/);
		for (const slug of reservedArticleSlugs) expect(slugProblem(slug)).toBeDefined();
	});
});

describe('new-article: the text as received', () => {
	it('strips one trailing newline at the very end, and nothing else', () => {
		expect(stripFinalNewline(received)).toBe(`${arabic}\n${english}\nالفقرة الثالثة والأخيرة.`);
		expect(stripFinalNewline('a\nb')).toBe('a\nb');
		expect(stripFinalNewline('  a \nb\n')).toBe('  a \nb');
		expect(stripFinalNewline('\n')).toBe('');
		expect(stripFinalNewline('a\n\n')).toBe('a\n');
	});

	it('splits into one paragraph per line, exactly as written', () => {
		expect(splitParagraphs(stripFinalNewline(received))).toEqual([
			arabic,
			english,
			'الفقرة الثالثة والأخيرة.',
		]);
		expect(splitParagraphs('')).toEqual([]);
	});

	it('rejects blank lines between paragraphs, naming them', () => {
		expect(() => splitParagraphs('أ\n\nب')).toThrow(OriginalTextError);
		expect(() => splitParagraphs('أ\n\nب\n   \nج')).toThrow(/Lines 2, 4 are empty/);
		// Two newlines at the end: only one is stripped, the other leaves an empty last line.
		expect(() => splitParagraphs(stripFinalNewline('أ\nب\n\n'))).toThrow(/Line 3 is empty/);
	});

	it('rejects Windows line ends rather than changing them', () => {
		expect(() => splitParagraphs(stripFinalNewline('أ\r\nب\r\n'))).toThrow(/carriage return/);
	});
});

describe('new-article: the Markdown files', () => {
	const paragraphs = splitParagraphs(stripFinalNewline(received));

	it('puts each line of the original, verbatim, in its own block p1, p2, …', () => {
		const markdown = originalMarkdown('ar', paragraphs);
		expect(blocks(markdown)).toEqual([
			{ id: 'p1', body: arabic },
			{ id: 'p2', body: english },
			{ id: 'p3', body: 'الفقرة الثالثة والأخيرة.' },
		]);
		expect(markdown).toContain(`\n\n:::p{#p1}\n${arabic}\n:::\n\n:::p{#p2}\n`);
		expect(markdown.endsWith(':::\n')).toBe(true);
	});

	it('gives the original text the build reads back as equal to original.txt', async () => {
		const markdown = originalMarkdown('ar', paragraphs);
		const { metadata } = await renderMarkdown(
			bodyOf(markdown),
			'content/articles/new-article-test/ar.md',
		);
		const rendered = metadata.frontmatter['paragraphs'] as { id: string; text: string }[];
		expect(rendered.map(({ id }) => id)).toEqual(['p1', 'p2', 'p3']);
		expect(checkVerbatim('ar.md', rendered, 'original.txt', stripFinalNewline(received))).toEqual(
			[],
		);
	});

	it('leaves every translation block empty, with the same ids', () => {
		const markdown = translationMarkdown('en', 'ar', paragraphs);
		expect(blocks(markdown)).toEqual([
			{ id: 'p1', body: '' },
			{ id: 'p2', body: '' },
			{ id: 'p3', body: '' },
		]);
		expect(markdown).toContain('\n\n:::p{#p1}\n:::\n\n:::p{#p2}\n:::\n\n:::p{#p3}\n:::\n');
		expect(markdown).not.toContain(arabic);
	});

	it('writes one file per locale: the chosen original, every other a translation', () => {
		const files = articleMarkdown('ar', paragraphs);
		expect(Object.keys(files)).toEqual(localeCodes);
		expect(frontMatterOf(files.ar)['role']).toBe('original');
		expect(frontMatterOf(files.en)['role']).toBe('translation');
		const flipped = articleMarkdown('en', paragraphs);
		expect(frontMatterOf(flipped.en)['role']).toBe('original');
		expect(blocks(flipped.en).map(({ body }) => body)).toEqual(paragraphs);
		expect(blocks(flipped.ar).every(({ body }) => body === '')).toBe(true);
	});

	it('has every front matter field of the schema, each a TODO to fill', () => {
		const data = frontMatterOf(originalMarkdown('ar', paragraphs));
		expect(Object.keys(data)).toEqual(Object.keys(articleSchema.shape));
		const provenance = data['provenance'] as Record<string, unknown>;
		expect(Object.keys(provenance)).toEqual(Object.keys(provenanceSchema.shape));
		expect(Object.keys(provenance['published'] as object)).toEqual(
			Object.keys(provenanceSchema.shape.published.shape),
		);
		expect(data['title']).toBe('TODO');
		expect(articleSchema.safeParse(data).success).toBe(false);
	});
});
