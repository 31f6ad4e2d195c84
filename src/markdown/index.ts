import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { rehypeIsolateBidi } from './rehype-isolate-bidi';
import { rehypeParagraphPermalinks } from './rehype-paragraph-permalinks';
import { remarkArticleParagraphs } from './remark-article-paragraphs';
import { remarkLiteralColons } from './remark-literal-colons';
import { remarkRejectUnknownDirectives } from './remark-reject-unknown-directives';

/**
 * The site's Markdown pipeline, registered in one place (`astro.config.ts` and the unit tests
 * both use it). Order matters: directive handlers before the rejecter; the permalinks before bidi
 * isolation, which skips interface controls. Literal colons ("10:30") are restored before any
 * plugin reads text.
 *
 * Smart punctuation and GFM are off: neither must touch the verbatim Arabic text, and the
 * translation is written with its typographic punctuation in place.
 */
export const markdownOptions = {
	gfm: false,
	smartypants: false,
	remarkPlugins: [remarkDirective, remarkLiteralColons, remarkArticleParagraphs, remarkRejectUnknownDirectives],
	rehypePlugins: [rehypeParagraphPermalinks, rehypeIsolateBidi],
} satisfies UnifiedProcessorOptions;
