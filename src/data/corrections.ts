import type { Locale } from '../i18n/config';
import type { Update } from '../schemas/shared';
import { loadGlossary, loadNotes } from './annotations';
import { loadTimeline } from './timeline';

/** One line of the corrections log: what was corrected, when, and how. */
export interface Correction extends Update {
	item: { kind: 'note' | 'term' | 'event'; slug: string; title: string };
}

/** Every correction in one language, newest first (then by what was corrected). */
export async function loadCorrections(locale: Locale): Promise<Correction[]> {
	const [notes, glossary, timeline] = await Promise.all([
		loadNotes(),
		loadGlossary(),
		loadTimeline(),
	]);
	const corrections = [
		...correctionsOf(notes[locale], 'note', (data) => data.title),
		...correctionsOf(glossary[locale], 'term', (data) => data.name),
		...correctionsOf(timeline[locale], 'event', (data) => data.title),
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
