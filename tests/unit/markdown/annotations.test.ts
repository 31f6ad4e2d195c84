import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { markdownOptions } from '../../../src/markdown';
import type { AnnotationRegistry } from '../../../src/markdown/annotation-registry';

/** A registry fixture: the plugins see exactly these ids, whatever is in content/. */
const registry: AnnotationRegistry = {
	notes: new Map([
		['claim', 'fact-check'],
		['loaded', 'framing'],
	]),
	terms: new Set(['lima-group']),
};
const processor = await createMarkdownProcessor(
	markdownOptions({ base: '/repo/', registry: () => registry }),
);
const render = (markdown: string, path = 'content/articles/peru-integration/en.md') =>
	processor.render(markdown, { fileURL: pathToFileURL(resolve(path)) });
const failure = async (markdown: string, path?: string) => {
	try {
		await render(markdown, path);
	} catch (error) {
		return error as Error & { line?: number };
	}
	throw new Error('expected the Markdown to be rejected');
};

describe('remark-annotations', () => {
	it('links a term to its glossary page under the base path, with a screen-reader hint', async () => {
		const { code } = await render(':::p{#p1}\nThe :term[Lima Group]{#lima-group} met.\n:::\n');
		expect(code).toContain(
			'<a href="/repo/en/glossary/lima-group/" class="annotation" data-kind="term" data-ref="lima-group">Lima Group<span class="sr-only" data-ui=""> (glossary)</span></a>',
		);
	});

	it('links a note to its anchor, marked with the note kind, and records the mention', async () => {
		const { code, metadata } = await render(
			':::p{#p2}\nFirst sentence. It :note[made a claim]{#claim} here.\n:::\n',
		);
		expect(code).toContain(
			'<a href="#note-claim" id="ref-claim" class="annotation" data-kind="fact-check" data-ref="claim">made a claim',
		);
		expect(metadata.frontmatter['annotations']).toEqual([
			{
				directive: 'note',
				ref: 'claim',
				paragraph: 'p2',
				text: 'made a claim',
				sentence: 'It made a claim here.',
			},
		]);
	});

	it('keeps the paragraph text free of directive markup and hints', async () => {
		const { metadata } = await render(
			':::p{#p1}\nAn :note[annotated]{#claim} word.\n:::\n',
			'content/articles/peru-integration/ar.md',
		);
		expect(metadata.frontmatter['paragraphs']).toMatchObject([
			{ id: 'p1', text: 'An annotated word.' },
		]);
	});

	it('labels hints in the file language', async () => {
		const { code } = await render(
			':::p{#p1}\n:note[كلمة]{#loaded}\n:::\n',
			'content/articles/peru-integration/ar.md',
		);
		expect(code).toContain('(ملاحظة على الصياغة)');
	});

	it('fails on an unknown term or note, naming the missing file, at the line', async () => {
		const term = await failure(
			':::p{#p1}\nText.\n\n:::\n\n:::p{#p2}\nThe :term[OAS]{#oas}.\n:::\n',
		);
		expect(term.message).toMatch(
			/Unknown glossary term "oas": there is no content\/glossary\/en\/oas\.md/,
		);
		expect(term.line).toBe(7);
		const note = await failure(':::p{#p1}\nA :note[claim]{#nope}.\n:::\n');
		expect(note.message).toMatch(
			/Unknown note "nope": there is no content\/articles\/peru-integration\/notes\/en\/nope\.md/,
		);
	});

	it('fails on a missing or malformed id, an empty span, nesting, and a note anchored twice', async () => {
		expect((await failure(':::p{#p1}\nA :term[word].\n:::\n')).message).toMatch(/needs an id/);
		expect((await failure(':::p{#p1}\nA :term[word]{#Lima_Group}.\n:::\n')).message).toMatch(
			/needs an id/,
		);
		expect((await failure(':::p{#p1}\nA :note[]{#claim}.\n:::\n')).message).toMatch(
			/no words to annotate/,
		);
		expect(
			(await failure(':::p{#p1}\nA :note[the :term[Lima Group]{#lima-group}]{#claim}.\n:::\n'))
				.message,
		).toMatch(/cannot be nested/);
		expect(
			(await failure(':::p{#p1}\n:note[a]{#claim} and :note[b]{#claim}.\n:::\n')).message,
		).toMatch(/anchored twice \(first on line 2\)/);
	});
});
