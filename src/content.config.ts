import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

/**
 * Content lives in the top-level `content/` folder, apart from code. One file per locale:
 * `content/article/ar.md` is the original, `content/article/en.md` our translation.
 */
const article = defineCollection({
	// Rendering at page build (deferRender) makes a Markdown error fail the build; rendering at
	// sync time would only log it and carry on with an empty entry.
	loader: glob({ base: './content/article', pattern: '*.md', deferRender: true }),
	schema: articleSchema,
});

export const collections = { article };
