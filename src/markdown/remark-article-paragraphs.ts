// Adds `hName`/`hProperties` to mdast node data: how a node asks to become a given HTML element.
import type {} from 'mdast-util-to-hast';
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { AnnotationMention } from '../content-model/annotation-ids';
import { contentFileFromPath } from './content-file';
import type { SegmentRecord } from './remark-segments';
import { paragraphDirective, paragraphIdPattern } from '../content-model/paragraph-ids';

/** One paragraph as the plugin saw it: its id and its plain text (directive markup removed). */
export interface ParagraphRecord {
	id: string;
	text: string;
	/** Its segments, in order, added by `remarkSegments` (one, `pN-s1`, if none is marked). */
	segments: SegmentRecord[];
	/** The paragraph's finished HTML, added by `rehypeParagraphHtml`. */
	html?: string;
}

/** Where the plugin leaves its findings for the page (Astro exposes it as `remarkPluginFrontmatter`). */
export interface ArticleFrontmatterData {
	paragraphs: ParagraphRecord[];
	/** Every annotated span, added by `remarkAnnotations`. */
	annotations: AnnotationMention[];
}

/**
 * Turns the article's `:::p{#p4}` blocks into `<p id="p4" data-paragraph>` and records each
 * paragraph's id and plain text, so the build can check both languages against each other and
 * the Arabic against the text as received.
 *
 * The article is nothing but such blocks: text outside one, a block without a valid id, a block
 * holding anything but one paragraph, or an id used twice fails the build at that line.
 */
export function remarkArticleParagraphs() {
	return (tree: Root, file: VFile) => {
		if (contentFileFromPath(file.path)?.collection !== 'article') return;
		const paragraphs: ParagraphRecord[] = [];
		const seen = new Map<string, number>();

		for (const node of tree.children) {
			if (node.type !== 'containerDirective' || node.name !== paragraphDirective) {
				file.fail(
					`Article text must sit inside a ":::${paragraphDirective}{#pN}" block; found a ${describe(node)} outside one`,
					node,
				);
			}
			const directive = node;
			const id = directive.attributes?.id ?? '';
			if (!paragraphIdPattern.test(id)) {
				file.fail(
					`Paragraph block needs an id like {#p4}; got ${id ? `"${id}"` : 'none'}`,
					directive,
				);
			}
			const firstLine = seen.get(id);
			if (firstLine !== undefined) {
				file.fail(`Paragraph id "${id}" is used twice (first on line ${firstLine})`, directive);
			}
			seen.set(id, directive.position?.start.line ?? 0);
			const paragraph = onlyParagraph(directive, file);
			paragraphs.push({ id, text: toString(paragraph), segments: [] });
			directive.data = { hName: 'p', hProperties: { id, dataParagraph: '' } };
			directive.children = paragraph.children as ContainerDirective['children'];
		}

		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter = {
			...astro.frontmatter,
			paragraphs,
		} satisfies Partial<ArticleFrontmatterData>;
	};
}

function onlyParagraph(directive: ContainerDirective, file: VFile): Paragraph {
	const [first, ...rest] = directive.children;
	if (!first) {
		const id = directive.attributes?.id ?? '';
		file.fail(
			`Paragraph block "${id}" is empty: write the text of paragraph ${id.slice(1)} (line ${id.slice(1)} of original.txt, in this file's language) between ":::p{#${id}}" and ":::"`,
			directive,
		);
	}
	if (first.type !== 'paragraph' || rest.length > 0) {
		file.fail(
			`Paragraph block "${directive.attributes?.id}" must hold exactly one paragraph of text`,
			directive,
		);
	}
	return first;
}

function describe(node: { type: string; name?: string }): string {
	return node.name ? `${node.type} "${node.name}"` : node.type;
}
