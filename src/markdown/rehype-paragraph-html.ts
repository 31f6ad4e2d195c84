import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentFileFromPath } from './content-file';
import type { ParagraphRecord } from './remark-article-paragraphs';

/**
 * Keeps each article paragraph's finished HTML on its record, so the page can lay paragraphs out
 * one by one, each beside its notes. Runs last among the site's rehype plugins.
 */
export function rehypeParagraphHtml() {
	return (tree: Root, file: VFile) => {
		if (contentFileFromPath(file.path)?.collection !== 'article') return;
		const frontmatter = (
			file.data.astro as { frontmatter?: { paragraphs?: ParagraphRecord[] } } | undefined
		)?.frontmatter;
		const records = new Map((frontmatter?.paragraphs ?? []).map((record) => [record.id, record]));
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'p' || node.properties['dataParagraph'] === undefined) return;
			const record = records.get(String(node.properties['id']));
			if (record) record.html = toHtml(node);
		});
	};
}
