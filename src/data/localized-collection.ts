import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { isLocale, localeCodes, type Locale } from '../i18n/config';
import { articlesFolder } from './checks/article-folders';
import { assertNoProblems, type ContentProblem } from './checks/problems';
import { checkTranslationPairs, type LocalizedEntry } from './checks/translation-pairs';
import { checkUniqueIds } from './checks/unique-ids';
import { checkPlaceholders } from './checks/placeholders';
import { checkWrittenDates } from './checks/written-dates';

/** Collections with one file per locale and id: an article's notes, the glossary, the timeline, the desk's pages. */
export type LocalizedCollection = 'notes' | 'glossary' | 'timeline' | 'pages';

/** One entry of such a collection, with its language, shared id and rendered body. */
export interface LocalizedItem<C extends LocalizedCollection> extends LocalizedEntry {
	entry: CollectionEntry<C>;
	Content: Awaited<ReturnType<typeof render>>['Content'];
	/** The article a note belongs to (its folder); `undefined` for site-wide collections. */
	article: string | undefined;
	/** The file as written, for checks that name a line (read once, here). */
	text: string;
}

/**
 * Where each collection's files are, and how an entry id (the path under the loader's base)
 * splits into article, locale and id.
 */
interface IdParts {
	article?: string | undefined;
	locale?: string | undefined;
	slug?: string | undefined;
}

const layouts: Record<
	LocalizedCollection,
	{ pattern: string; parse: (id: string) => IdParts | undefined }
> = {
	notes: {
		pattern: `${articlesFolder}/<article>/notes/<locale>/<id>.md`,
		parse: (id) => {
			const [article, folder, locale, slug, ...rest] = id.split('/');
			return folder === 'notes' && rest.length === 0 ? { article, locale, slug } : undefined;
		},
	},
	glossary: { pattern: 'content/glossary/<locale>/<id>.md', parse: siteWide },
	timeline: { pattern: 'content/timeline/<locale>/<id>.md', parse: siteWide },
	pages: { pattern: 'content/pages/<locale>/<id>.md', parse: siteWide },
};

function siteWide(id: string): IdParts | undefined {
	const [locale, slug, ...rest] = id.split('/');
	return rest.length === 0 ? { locale, slug } : undefined;
}

/**
 * Loads a per-locale collection, grouped by locale and sorted by id, after checking that every
 * entry sits in a locale folder, exists in every language (in the same article, for notes), and
 * has only real dates.
 */
export async function loadLocalized<C extends LocalizedCollection>(
	collection: C,
): Promise<Record<Locale, LocalizedItem<C>[]>> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	const { pattern, parse } = layouts[collection];
	const items: LocalizedItem<C>[] = [];
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const file = entry.filePath ?? entry.id;
		const parts = parse(entry.id);
		if (!parts || !isLocale(parts.locale) || !parts.slug) {
			problems.push({
				file,
				message: `must be ${pattern} with a locale of ${localeCodes.join(', ')}`,
			});
			continue;
		}
		const source = readFileSync(file, 'utf8');
		problems.push(...checkWrittenDates(file, source), ...checkPlaceholders(file, source));
		const { Content } = await render(entry);
		items.push({
			locale: parts.locale,
			slug: parts.slug,
			file,
			entry,
			Content,
			article: parts.article,
			text: source,
		});
	}
	problems.push(...checkUniqueIds(items), ...checkTranslationPairs(items, localeCodes));
	assertNoProblems(problems);
	items.sort((a, b) => a.slug.localeCompare(b.slug));
	return Object.fromEntries(
		localeCodes.map((locale) => [locale, items.filter((item) => item.locale === locale)]),
	) as Record<Locale, LocalizedItem<C>[]>;
}
