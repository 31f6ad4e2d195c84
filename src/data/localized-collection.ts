import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { isLocale, localeCodes, type Locale } from '../i18n/config';
import { assertNoProblems } from './checks/problems';
import { checkTranslationPairs, type LocalizedEntry } from './checks/translation-pairs';
import { checkWrittenDates } from './checks/written-dates';

/** Collections stored as `content/<collection>/<locale>/<id>.md`. */
export type LocalizedCollection = 'notes' | 'glossary' | 'timeline';

/** One entry of such a collection, with its language, shared id and rendered body. */
export interface LocalizedItem<C extends LocalizedCollection> extends LocalizedEntry {
	entry: CollectionEntry<C>;
	Content: Awaited<ReturnType<typeof render>>['Content'];
}

/**
 * Loads a per-locale collection, grouped by locale and sorted by id, after checking that every
 * entry sits in a locale folder, exists in every language, and has only real dates.
 */
export async function loadLocalized<C extends LocalizedCollection>(collection: C): Promise<Record<Locale, LocalizedItem<C>[]>> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	const items: LocalizedItem<C>[] = [];
	const problems = [];
	for (const entry of entries) {
		const [locale, slug, ...rest] = entry.id.split('/');
		const file = entry.filePath ?? `content/${collection}/${entry.id}.md`;
		if (!isLocale(locale) || !slug || rest.length > 0) {
			problems.push({ file, message: `must be content/${collection}/<locale>/<id>.md with a locale of ${localeCodes.join(', ')}` });
			continue;
		}
		problems.push(...checkWrittenDates(file, readFileSync(file, 'utf8')));
		const { Content } = await render(entry);
		items.push({ locale, slug, file, entry, Content });
	}
	problems.push(...checkTranslationPairs(collection, items, localeCodes));
	assertNoProblems(problems);
	items.sort((a, b) => a.slug.localeCompare(b.slug));
	return Object.fromEntries(localeCodes.map((locale) => [locale, items.filter((item) => item.locale === locale)])) as Record<Locale, LocalizedItem<C>[]>;
}
