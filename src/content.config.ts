import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { glossarySchema } from './schemas/glossary';
import { noteSchema } from './schemas/note';
import { timelineSchema } from './schemas/timeline';

/**
 * Content lives in the top-level `content/` folder, apart from code, one file per locale:
 * `content/article/ar.md` (the original) and `en.md` (our translation); notes, glossary terms and timeline
 * events as `content/<collection>/<locale>/<id>.md`, the same id in every locale.
 *
 * Rendering happens at page build (deferRender): a Markdown error then fails the build; rendered at
 * sync time it would only be logged, and the page built with an empty entry.
 */
const article = defineCollection({
	loader: glob({ base: './content/article', pattern: '*.md', deferRender: true }),
	schema: articleSchema,
});

const notes = defineCollection({
	loader: glob({ base: './content/notes', pattern: '*/*.md', deferRender: true }),
	schema: noteSchema,
});

const glossary = defineCollection({
	loader: glob({ base: './content/glossary', pattern: '*/*.md', deferRender: true }),
	schema: glossarySchema,
});

const timeline = defineCollection({
	loader: glob({ base: './content/timeline', pattern: '*/*.md', deferRender: true }),
	schema: timelineSchema,
});

export const collections = { article, notes, glossary, timeline };
