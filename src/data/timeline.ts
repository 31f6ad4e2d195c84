import { localeCodes, type Locale } from '../i18n/config';
import { localePath } from '../i18n/routing';
import { partialDateStart } from '../utils/dates';
import { loadGlossary } from './annotations';
import { loadArticles } from './article';
import { checkEventReferences } from './checks/event-references';
import { assertNoProblems } from './checks/problems';
import { checkSharedFields } from './checks/translation-pairs';
import { loadLocalized, type LocalizedItem } from './localized-collection';

export type TimelineEvent = LocalizedItem<'timeline'>;

/** The fragment of an event on the timeline page (and in the compact timeline): `e-lima-declaration`. */
export function eventAnchor(slug: string): string {
	return `e-${slug}`;
}

/** Site path of an event on its language's timeline page: `/en/timeline/#e-lima-declaration`. */
export function eventPath(locale: Locale, slug: string): string {
	return `${localePath(locale, 'timeline')}#${eventAnchor(slug)}`;
}

let timeline: Promise<Record<Locale, TimelineEvent[]>> | undefined;

/**
 * The timeline in every language, checked: each event exists in every language with the same
 * dates, topics, terms, paragraphs and source addresses; its terms and paragraphs exist; it has a
 * description. Events come in date order (an event known only to the month or year comes first
 * in its month or year), ties broken by id.
 */
export function loadTimeline(): Promise<Record<Locale, TimelineEvent[]>> {
	timeline ??= (async () => {
		const [byLocale, articles, glossary] = await Promise.all([loadLocalized('timeline'), loadArticles(), loadGlossary()]);
		const all = localeCodes.flatMap((locale) => byLocale[locale]);
		const problems = checkSharedFields(
			all.map((event) => ({ ...event, fields: sharedFields(event) })),
			['date', 'end', 'topics', 'terms', 'paragraphs', 'sources'],
		);
		for (const locale of localeCodes) {
			const article = articles[locale];
			problems.push(
				...checkEventReferences(
					byLocale[locale].map((event) => ({ file: event.file, body: event.entry.body, ...event.entry.data })),
					{
						terms: new Set(glossary[locale].map(({ slug }) => slug)),
						paragraphs: new Set(article.paragraphs.map(({ id }) => id)),
						articleFile: article.file,
					},
				),
			);
			byLocale[locale].sort(byDate);
		}
		assertNoProblems(problems);
		return byLocale;
	})();
	return timeline;
}

/** Events grouped by the year they begin in, years in order. */
export function groupByYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
	const byYear = Map.groupBy(events, (event) => event.entry.data.date.slice(0, 4));
	return [...byYear].map(([year, inYear]) => ({ year, events: inYear }));
}

/** The events that concern a paragraph or a glossary term. */
export function eventsConcerning(events: readonly TimelineEvent[], target: { paragraph: string } | { term: string }): TimelineEvent[] {
	return events.filter(({ entry: { data } }) => ('paragraph' in target ? data.paragraphs.includes(target.paragraph) : data.terms.includes(target.term)));
}

function sharedFields(event: TimelineEvent) {
	const { date, end, topics, terms, paragraphs, sources } = event.entry.data;
	return {
		date,
		end: end ?? 'none',
		topics: [...topics].sort().join(', '),
		terms: [...terms].sort().join(', '),
		paragraphs: [...paragraphs].sort().join(', '),
		sources: sources.map(({ url }) => url).join(' '),
	};
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
	const time = (event: TimelineEvent) => partialDateStart(event.entry.data.date)?.getTime() ?? 0;
	return time(a) - time(b) || a.entry.data.date.length - b.entry.data.date.length || a.slug.localeCompare(b.slug);
}
