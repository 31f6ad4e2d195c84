import type { Locale } from '../i18n/config';
import type { Update } from '../schemas/shared';
import { loadGlossary, loadNotes } from './annotations';
import { loadSources } from './sources';
import { loadTimeline } from './timeline';

/** One line of the corrections log: what was corrected, when, and how. */
export interface Correction extends Update {
	item: {
		kind: 'note' | 'term' | 'event' | 'source';
		slug: string;
		title: string;
		/** The title's language, when it is not the page's (a source's title as published). */
		lang?: string;
	};
}

/**
 * Every correction in one language, of a note, term, event or source, newest first (then by what
 * was corrected).
 */
export async function loadCorrections(locale: Locale): Promise<Correction[]> {
	const [notes, glossary, timeline, sources] = await Promise.all([
		loadNotes(),
		loadGlossary(),
		loadTimeline(),
		loadSources(),
	]);
	const corrections = [
		...correctionsOf(notes[locale], 'note', (data) => data.title),
		...correctionsOf(glossary[locale], 'term', (data) => data.name),
		...correctionsOf(timeline[locale], 'event', (data) => data.title),
		// A source's entry is one for every language; its corrections are written in each.
		...[...sources.values()].flatMap(({ id, data }) =>
			data.updates.map(({ date, change }) => ({
				date,
				change: change[locale],
				item: { kind: 'source' as const, slug: id, title: data.title, lang: data.lang },
			})),
		),
	];
	return corrections.sort(
		(a, b) => b.date.localeCompare(a.date) || a.item.title.localeCompare(b.item.title),
	);
}

/** The corrections of one collection's entries, each naming its entry by kind, id and title. */
function correctionsOf<D extends { updates: Update[] }>(
	entries: readonly { slug: string; entry: { data: D } }[],
	kind: Correction['item']['kind'],
	titleOf: (data: D) => string,
): Correction[] {
	return entries.flatMap(({ slug, entry }) =>
		entry.data.updates.map((update) => ({
			...update,
			item: { kind, slug, title: titleOf(entry.data) },
		})),
	);
}
