import { localeCodes, type Locale } from '../i18n/config';
import { partialDateStart } from '../utils/dates';
import { loadGlossary } from './annotations';
import { loadArticles } from './articles';
import { checkEventReferences } from './checks/event-references';
import { assertNoProblems } from './checks/problems';
import { checkSharedFields } from './checks/translation-pairs';
import { loadLocalized, type LocalizedItem } from './localized-collection';
import { loadTopics } from './topics';
import { updateDates } from './update-dates';
import { citedIds } from './checks/source-citations';

export type TimelineEvent = LocalizedItem<'timeline'>;

let timeline: Promise<Record<Locale, TimelineEvent[]>> | undefined;

/**
 * The timeline in every language, checked: each event exists in every language with the same
 * dates, topics, terms, paragraphs and sources; its terms, articles and paragraphs exist; it has a
 * description. Events come in date order (an event known only to the month or year comes first
 * in its month or year), ties broken by id.
 */
export function loadTimeline(): Promise<Record<Locale, TimelineEvent[]>> {
	timeline ??= (async () => {
		const [byLocale, articles, glossary, topics] = await Promise.all([
			loadLocalized('timeline'),
			loadArticles(),
			loadGlossary(),
			loadTopics(),
		]);
		const all = localeCodes.flatMap((locale) => byLocale[locale]);
		const problems = checkSharedFields(
			all.map((event) => ({ ...event, fields: sharedFields(event) })),
			['date', 'end', 'topics', 'terms', 'concerns', 'sources', 'updates'],
		);
		for (const locale of localeCodes) {
			problems.push(
				...checkEventReferences(
					byLocale[locale].map((event) => ({
						file: event.file,
						body: event.entry.body,
						...event.entry.data,
					})),
					{
						topics: topics.map(({ id }) => id),
						terms: new Set(glossary[locale].map(({ slug }) => slug)),
						articles: new Map(
							articles.map(({ slug, versions }) => [
								slug,
								{
									file: versions[locale].file,
									paragraphs: new Set(versions[locale].paragraphs.map(({ id }) => id)),
								},
							]),
						),
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
export function groupByYear(
	events: readonly TimelineEvent[],
): { year: string; events: TimelineEvent[] }[] {
	const byYear = Map.groupBy(events, (event) => event.entry.data.date.slice(0, 4));
	return [...byYear].map(([year, inYear]) => ({ year, events: inYear }));
}

/** What an event can concern: an article, one of its paragraphs, or a glossary term. */
export type EventTarget = { article: string; paragraph?: string } | { term: string };

/** The events that concern an article, one of its paragraphs, or a glossary term. */
export function eventsConcerning(
	events: readonly TimelineEvent[],
	target: EventTarget,
): TimelineEvent[] {
	return events.filter(({ entry: { data } }) =>
		'term' in target
			? data.terms.includes(target.term)
			: data.concerns.some(
					({ article, paragraphs }) =>
						article === target.article &&
						(target.paragraph === undefined || paragraphs.includes(target.paragraph)),
				),
	);
}

function sharedFields(event: TimelineEvent) {
	const { date, end, topics, terms, concerns, sources, updates } = event.entry.data;
	return {
		updates: updateDates(updates),
		date,
		end: end ?? 'none',
		topics: [...topics].sort().join(', '),
		terms: [...terms].sort().join(', '),
		concerns: concerns
			.map(({ article, paragraphs }) => `${article}: ${[...paragraphs].sort().join(', ')}`)
			.sort()
			.join('; '),
		sources: citedIds(sources),
	};
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
	const time = (event: TimelineEvent) => partialDateStart(event.entry.data.date)?.getTime() ?? 0;
	return (
		time(a) - time(b) ||
		a.entry.data.date.length - b.entry.data.date.length ||
		a.slug.localeCompare(b.slug)
	);
}
