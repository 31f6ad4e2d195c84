import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { markdownOptions } from '../../src/markdown';

const processor = await createMarkdownProcessor(markdownOptions({ base: '/' }));

/**
 * Renders Markdown through the site's real pipeline, as if it were the file at `path`
 * (relative to the project root): plugins decide what to do from the path.
 */
export async function renderMarkdown(
	markdown: string,
	path = 'content/articles/peru-integration/ar.md',
) {
	return processor.render(markdown, { fileURL: pathToFileURL(resolve(path)) });
}

/** Renders and returns the error the pipeline raised, or fails the test if there was none. */
export async function renderError(
	markdown: string,
	path = 'content/articles/peru-integration/ar.md',
): Promise<Error> {
	try {
		await renderMarkdown(markdown, path);
	} catch (error) {
		return error as Error;
	}
	throw new Error('Expected the Markdown to be rejected, but it rendered');
}
