import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from './schemas/article';
import { glossarySchema } from './schemas/glossary';
import { noteSchema } from './schemas/note';
import { pageSchema } from './schemas/page';
import { sourceSchema } from './schemas/source';
import { timelineSchema } from './schemas/timeline';
import { topicSchema, topicsFile } from './schemas/topic';

/**
 * Content lives in the top-level `content/` folder, apart from code:
 * - `content/articles/<slug>/`: one folder per article, its address: `original.txt` (the text as
 *   received), `<locale>.md` for the original and each translation, and the article's notes as
 *   `notes/<locale>/<id>.md`;
 * - `content/glossary/<locale>/<id>.md` and `content/timeline/<locale>/<id>.md`: site-wide, one
 *   term or event can concern several articles;
 * - `content/pages/<locale>/<id>.md`: the desk's own pages, such as how it checks (`method`).
 * - `content/topics.yaml`: the timeline's topics, in order, each named in every language;
 * - `content/sources/<id>.yaml`: the registry, every source described once, in no language of
 *   ours (its names for each language sit inside); notes, terms and events cite it by id.
 * The same id in every locale.
 *
 * Rendering happens at page build (deferRender): a Markdown error then fails the build; rendered at
 * sync time it would only be logged, and the page built with an empty entry.
 */
const articles = defineCollection({
	loader: glob({ base: './content/articles', pattern: '*/*.md', deferRender: true }),
	schema: articleSchema,
});

const notes = defineCollection({
	loader: glob({ base: './content/articles', pattern: '*/notes/*/*.md', deferRender: true }),
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

const pages = defineCollection({
	loader: glob({ base: './content/pages', pattern: '*/*.md', deferRender: true }),
	schema: pageSchema,
});

const sources = defineCollection({
	loader: glob({ base: './content/sources', pattern: '*.yaml' }),
	schema: sourceSchema,
});

// The content store keeps entries by id, not in the file's order, which is the topics' order (the
// filter's and the time axis's lanes): each topic takes its place in the file with it.
const topics = defineCollection({
	loader: file(topicsFile, {
		parser: (text) =>
			(parseYaml(text) as Record<string, unknown>[]).map((topic, position) => ({
				...topic,
				position,
			})),
	}),
	schema: topicSchema,
});

export const collections = { articles, notes, glossary, timeline, pages, sources, topics };
