import { describe, expect, it } from 'vitest';
import { renderError, renderMarkdown } from '../../support/markdown';

const twoParagraphs = ':::p{#p1}\nالفقرة الأولى.\n:::\n\n:::p{#p2}\nالفقرة الثانية.\n:::\n';

describe('remark-article-paragraphs', () => {
	it('turns each block into a paragraph with its id and records id and text', async () => {
		const { code, metadata } = await renderMarkdown(twoParagraphs);
		expect(code).toContain('<p id="p1" data-paragraph="">');
		expect(code).toContain('<p id="p2" data-paragraph="">');
		expect(metadata.frontmatter['paragraphs']).toMatchObject([
			{ id: 'p1', text: 'الفقرة الأولى.' },
			{ id: 'p2', text: 'الفقرة الثانية.' },
		]);
	});

	it('keeps the text of a paragraph exactly, including marks and punctuation', async () => {
		const text = 'تحولاً بمقدار 180 درجة، وفشلًا آخر (سيلاك)، التي وُلدت.';
		const { metadata } = await renderMarkdown(`:::p{#p1}\n${text}\n:::\n`);
		expect(metadata.frontmatter['paragraphs']).toMatchObject([{ id: 'p1', text }]);
	});

	it('rejects text outside a block, at its line', async () => {
		const error = await renderError(':::p{#p1}\nنص.\n:::\n\nنص شارد.\n');
		expect(error.message).toMatch(/outside/);
		expect(String((error as { line?: number }).line ?? error.message)).toMatch(/5/);
	});

	it('rejects a block without an id or with a non-ASCII one', async () => {
		expect((await renderError(':::p\nنص.\n:::\n')).message).toMatch(/needs an id like \{#p4\}/);
		expect((await renderError(':::p{#الفقرة}\nنص.\n:::\n')).message).toMatch(/needs an id/);
	});

	it('rejects an id used twice and names the first line', async () => {
		const error = await renderError(':::p{#p1}\nأ.\n:::\n\n:::p{#p1}\nب.\n:::\n');
		expect(error.message).toMatch(/"p1" is used twice \(first on line 1\)/);
	});

	it('rejects a block holding more than one paragraph', async () => {
		const error = await renderError(':::p{#p1}\nأ.\n\nب.\n:::\n');
		expect(error.message).toMatch(/exactly one paragraph/);
	});

	it('leaves files outside the article collection alone', async () => {
		const { code } = await renderMarkdown('Plain text.\n', 'README.md');
		expect(code).toBe('<p>Plain text.</p>');
	});
});

describe('remark-reject-unknown-directives', () => {
	it('fails on a directive no plugin handles, naming it', async () => {
		const error = await renderError(':::p{#p1}\nنص :mystery[كلمة] هنا.\n:::\n');
		expect(error.message).toMatch(/Unsupported directive ":mystery"/);
		expect((await renderError('::embed{#x}\n', 'content/glossary/en/x.md')).message).toMatch(
			/Unsupported directive "::embed"/,
		);
	});

	it('does not mistake times or ratios for directives', async () => {
		const { metadata } = await renderMarkdown(
			':::p{#p1}\nAt 10:30, a 2:1 vote.\n:::\n',
			'content/articles/peru-integration/en.md',
		);
		expect(metadata.frontmatter['paragraphs']).toMatchObject([
			{ id: 'p1', text: 'At 10:30, a 2:1 vote.' },
		]);
	});
});

describe('rehype-paragraph-permalinks', () => {
	it('adds a numbered permalink labelled in the file language', async () => {
		const ar = await renderMarkdown(twoParagraphs, 'content/articles/peru-integration/ar.md');
		expect(ar.code).toContain(
			'<a class="paragraph-link" href="#p2" aria-label="رابط الفقرة 2" data-ui="">2</a>',
		);
		const en = await renderMarkdown(
			':::p{#p7}\nText.\n:::\n',
			'content/articles/peru-integration/en.md',
		);
		expect(en.code).toContain('aria-label="Link to paragraph 7"');
	});
});
