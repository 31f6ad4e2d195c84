import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { rehypeIsolateBidi } from './rehype-isolate-bidi';
import { rehypeJoinSoftBreaks } from './rehype-join-soft-breaks';
import { rehypeParagraphHtml } from './rehype-paragraph-html';
import { rehypeParagraphPermalinks } from './rehype-paragraph-permalinks';
import { remarkAnnotations, type AnnotationOptions } from './remark-annotations';
import { remarkArticleParagraphs } from './remark-article-paragraphs';
import { remarkLiteralColons } from './remark-literal-colons';
import { remarkRejectUnknownDirectives } from './remark-reject-unknown-directives';
import { remarkSegments } from './remark-segments';

/**
 * The site's Markdown pipeline, registered in one place (`astro.config.ts` and the unit tests
 * both use it). Order matters:
 * - literal colons ("10:30") are restored before any plugin reads text;
 * - paragraphs record their text before annotations add screen-reader hints, and are cut into
 *   segments before annotations are read (a segment mark inside one fails at its line);
 * - every directive handler runs before the rejecter of unknown directives;
 * - permalinks come before bidi isolation, which skips interface controls;
 * - source line breaks become spaces before the paragraph HTML is kept, last, finished.
 *
 * Smart punctuation and GFM are off: neither must touch the verbatim Arabic text, and the
 * translation is written with its typographic punctuation in place.
 */
export function markdownOptions(options: AnnotationOptions) {
	return {
		gfm: false,
		smartypants: false,
		remarkPlugins: [
			remarkDirective,
			remarkLiteralColons,
			remarkArticleParagraphs,
			remarkSegments,
			[remarkAnnotations, options],
			remarkRejectUnknownDirectives,
		],
		rehypePlugins: [
			rehypeParagraphPermalinks,
			rehypeIsolateBidi,
			rehypeJoinSoftBreaks,
			rehypeParagraphHtml,
		],
	} satisfies UnifiedProcessorOptions;
}
