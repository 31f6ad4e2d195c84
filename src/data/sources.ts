import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { localeCodes, type Locale } from '../i18n/config';
import type { Citation } from '../schemas/shared';
import type { SourceEntry } from '../schemas/source';
import { loadGlossary, loadNotes } from './annotations';
import { assertNoProblems } from './checks/problems';
import { checkWrittenDates } from './checks/written-dates';
import {
	checkCitations,
	checkRegistry,
	type CitingEntry,
	type RegistryEntry,
} from './checks/source-citations';
import { loadTimeline } from './timeline';

/** What cites a source: a note, a glossary term or a timeline event, by id and in one language. */
export interface Citer {
	kind: 'note' | 'term' | 'event';
	slug: string;
	title: string;
}

/** A registry source, with what cites it in each language. */
export interface Source {
	id: string;
	file: string;
	data: SourceEntry;
	citedBy: Record<Locale, Citer[]>;
}

/** A citation resolved: the registry's source, with the citation's pinpoint. */
export interface ResolvedCitation {
	source: Source;
	pinpoint: string | undefined;
}

let registry: Promise<Map<string, Source>> | undefined;

/**
 * The source registry (`content/sources/`), checked against every note, term and event: each
 * citation names an entry (and any title written beside it is the entry's), each entry is cited,
 * one address has one entry, state media name their state, hosted copies what they copy, and an
 * outlet has one name per language. Sorted by id.
 */
export function loadSources(): Promise<Map<string, Source>> {
	registry ??= (async () => {
		const [entries, notes, glossary, timeline] = await Promise.all([
			getCollection('sources'),
			loadNotes(),
			loadGlossary(),
			loadTimeline(),
		]);
		const registered: RegistryEntry[] = entries
			.map((entry) => {
				const file = entry.filePath ?? `content/sources/${entry.id}.yaml`;
				return { id: entry.id, file, text: readFileSync(file, 'utf8'), data: entry.data };
			})
			.sort((a, b) => a.id.localeCompare(b.id));
		const byId = new Map(registered.map((entry) => [entry.id, entry]));
		const citers = localeCodes.flatMap((locale) => [
			...notes[locale].map((note) => citing(locale, note, 'note', note.entry.data.title)),
			...glossary[locale].map((term) => citing(locale, term, 'term', term.entry.data.name)),
			...timeline[locale].map((event) => citing(locale, event, 'event', event.entry.data.title)),
		]);
		const cited = new Set(citers.flatMap(({ citations }) => citations.map(({ id }) => id)));
		assertNoProblems([
			...registered.flatMap(({ file, text }) => checkWrittenDates(file, text)),
			...checkCitations(citers, byId),
			...checkRegistry(registered, cited, localeCodes),
		]);
		return new Map(
			registered.map(({ id, file, data }) => [
				id,
				{
					id,
					file,
					data,
					citedBy: Object.fromEntries(
						localeCodes.map((locale) => [
							locale,
							citers
								.filter((citer) => citer.locale === locale)
								.filter(({ citations }) => citations.some((citation) => citation.id === id))
								.map(({ citer }) => citer),
						]),
					) as Record<Locale, Citer[]>,
				},
			]),
		);
	})();
	return registry;
}

/** A list of citations, resolved against the registry (checked: every id is in it). */
export async function resolveCitations(
	citations: readonly Citation[],
): Promise<ResolvedCitation[]> {
	const sources = await loadSources();
	return citations.map(({ id, pinpoint }) => ({ source: sources.get(id)!, pinpoint }));
}

function citing(
	locale: Locale,
	item: { file: string; slug: string; text: string; entry: { data: { sources: Citation[] } } },
	kind: Citer['kind'],
	title: string,
): CitingEntry & { locale: Locale; citer: Citer } {
	return {
		locale,
		file: item.file,
		text: item.text,
		citations: item.entry.data.sources,
		citer: { kind, slug: item.slug, title },
	};
}
