import { describe, expect, it } from 'vitest';
import { renderError, renderMarkdown } from '../../support/markdown';

const en = 'content/articles/peru-integration/en.md';
const paragraphs = (metadata: { frontmatter: Record<string, unknown> }) =>
	metadata.frontmatter['paragraphs'] as { id: string; text: string; segments: unknown[] }[];

describe('remark-segments', () => {
	it('cuts a marked paragraph into addressable spans and keeps its text unmarked', async () => {
		const { code, metadata } = await renderMarkdown(
			':::p{#p1}\n:s{#p1-s1}حققت الحكومة تحولاً، :s{#p1-s2}وأعلنت انها ضد العقوبات.\n:::\n',
		);
		expect(code).toContain('<span id="p1-s1">حققت الحكومة تحولاً،</span> <span id="p1-s2">');
		const [paragraph] = paragraphs(metadata);
		expect(paragraph?.text).toBe('حققت الحكومة تحولاً، وأعلنت انها ضد العقوبات.');
		expect(paragraph?.segments).toEqual([
			{ id: 'p1-s1', text: 'حققت الحكومة تحولاً،', space: ' ' },
			{ id: 'p1-s2', text: 'وأعلنت انها ضد العقوبات.', space: '' },
		]);
	});

	it('keeps annotations whole inside a segment', async () => {
		const { code } = await renderMarkdown(
			':::p{#p2}\n:s{#p2-s1}It left :term[the Lima Group]{#lima-group}, :s{#p2-s2}which :note[is promoted by]{#oas-promoted} the OAS.\n:::\n',
			en,
		);
		expect(code).toMatch(/<span id="p2-s1">It left <a [^>]*data-ref="lima-group"/);
		expect(code).toMatch(/<span id="p2-s2">which <a [^>]*data-ref="oas-promoted"/);
	});

	it('treats a paragraph without marks as its one segment, with no span', async () => {
		const { code, metadata } = await renderMarkdown(':::p{#p9}\nنص قصير.\n:::\n');
		expect(code).not.toContain('<span id="p9-s1"');
		expect(paragraphs(metadata)[0]?.segments).toEqual([
			{ id: 'p9-s1', text: 'نص قصير.', space: '' },
		]);
	});

	it('rejects text before the first mark, at its line', async () => {
		const error = await renderError(':::p{#p1}\nكلمات، :s{#p1-s1}ثم، :s{#p1-s2}الباقي.\n:::\n');
		expect(error.message).toMatch(/text before its first segment mark.*begin it with :s\{#p1-s1\}/);
		expect((error as { line?: number }).line).toBe(2);
	});

	it('rejects a skipped and a repeated number', async () => {
		const skipped = await renderError(':::p{#p1}\n:s{#p1-s1}أ، :s{#p1-s3}ب.\n:::\n');
		expect(skipped.message).toMatch(/:s\{#p1-s3\} skips a number.*this one is p1-s2/);
		const repeated = await renderError(':::p{#p1}\n:s{#p1-s1}أ، :s{#p1-s1}ب.\n:::\n');
		expect(repeated.message).toMatch(/:s\{#p1-s1\} repeats a number.*this one is p1-s2/);
	});

	it('rejects the id of another paragraph', async () => {
		const error = await renderError(':::p{#p2}\n:s{#p1-s1}أ، :s{#p1-s2}ب.\n:::\n');
		expect(error.message).toMatch(/is in paragraph p2: its id must begin with "p2-"/);
	});

	it('rejects a mark that cuts through an annotation, naming it', async () => {
		const error = await renderError(
			':::p{#p2}\n:s{#p2-s1}It left :term[the Lima :s{#p2-s2}Group]{#lima-group}.\n:::\n',
			en,
		);
		expect(error.message).toMatch(
			/:s\{#p2-s2\} cuts through :term\[the Lima Group\]\{#lima-group\}/,
		);
		expect((error as { line?: number }).line).toBe(2);
	});

	it('rejects a mark with words in it, and a segment with none', async () => {
		expect((await renderError(':::p{#p1}\n:s[أ]{#p1-s1}ب، :s{#p1-s2}ج.\n:::\n')).message).toMatch(
			/holds words/,
		);
		expect((await renderError(':::p{#p1}\n:s{#p1-s1}أ، :s{#p1-s2}\n:::\n')).message).toMatch(
			/Segment p1-s2 has no words/,
		);
	});

	it('rejects a lone mark: a paragraph of one segment needs none', async () => {
		const error = await renderError(':::p{#p1}\n:s{#p1-s1}نص قصير.\n:::\n');
		expect(error.message).toMatch(/has one segment mark: a paragraph of one segment needs none/);
	});

	it('keeps a space written after a mark outside the segment', async () => {
		const { code } = await renderMarkdown(':::p{#p1}\n:s{#p1-s1}أ، :s{#p1-s2} ب.\n:::\n');
		expect(code).toContain('<span id="p1-s1">أ،</span>  <span id="p1-s2">ب.</span>');
	});
});
